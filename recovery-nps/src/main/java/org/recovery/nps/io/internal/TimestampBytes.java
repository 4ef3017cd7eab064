package org.recovery.nps.io.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.jspecify.annotations.Nullable;

/**
 * Reads canonical ISO-8601 timestamps in place and returns their local epoch day in a zone, without
 * allocating: {@code yyyy-MM-ddTHH:mm}, optional {@code :ss} and then an optional fraction of 1-9
 * digits, and an optional {@code Z} or {@code +HH:MM} offset; a space may stand for the {@code T};
 * a date alone is that day. A timestamp without an offset is local to the zone, read here only when
 * the zone has a fixed offset. Anything else is left to {@link ValueRules}. Confined to one thread
 * (it caches the zone offset).
 */
final class TimestampBytes {

  private final ZoneRules rules;
  private final boolean fixed;
  private final int fixedOffset;
  private long windowFrom = Long.MAX_VALUE;
  private long windowTo = Long.MIN_VALUE;
  private int windowOffset;
  private long lastHead;
  private int lastTail = -1;
  private long lastDate;

  TimestampBytes(ZoneId zone) {
    this.rules = zone.getRules();
    this.fixed = rules.isFixedOffset();
    this.fixedOffset = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
  }

  /**
   * Forgets the last date read. The scan calls it at the start of each chunk, so that the JIT's
   * profile sees a new date read in full before it compiles the scan: in an export in time order
   * the date otherwise changes only after that, and the first new day would meet a branch the JIT
   * compiled as a trap that throws the compiled scan away.
   */
  void forgetLastDate() {
    lastTail = -1;
  }

  /**
   * Returns the local epoch day of the timestamp in {@code b[from, to)}, or {@link
   * ValueRules#NO_DAY} when it is not in the canonical form this class reads.
   */
  long epochDay(byte[] b, int from, int to) {
    int len = to - from;
    if (len == 10) {
      return date(b, from);
    }
    if (len < 16
        || b[from + 4] != '-'
        || b[from + 7] != '-'
        || (b[from + 10] != 'T' && b[from + 10] != ' ')
        || b[from + 13] != ':') {
      return ValueRules.NO_DAY;
    }
    long date = date(b, from);
    int hour = digits(b, from + 11, 2);
    int minute = digits(b, from + 14, 2);
    int second = 0;
    int i = from + 16;
    if (i < to && b[i] == ':') {
      if (i + 3 > to) {
        return ValueRules.NO_DAY;
      }
      second = digits(b, i + 1, 2);
      i += 3;
      if (i < to && b[i] == '.') {
        int digitsFrom = ++i;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
          i++;
        }
        if (i == digitsFrom || i - digitsFrom > 9) {
          return ValueRules.NO_DAY;
        }
      }
    }
    if (date == ValueRules.NO_DAY
        || (hour | minute | second) < 0
        || hour > 23
        || minute > 59
        || second > 59) {
      return ValueRules.NO_DAY;
    }
    if (i == to) {
      // A local time in a zone with transitions may fall in a gap that moves it to another day.
      return fixed ? date : ValueRules.NO_DAY;
    }
    int offset;
    if (b[i] == 'Z' && i + 1 == to) {
      offset = 0;
    } else if ((b[i] == '+' || b[i] == '-') && i + 6 == to && b[i + 3] == ':') {
      int oh = digits(b, i + 1, 2);
      int om = digits(b, i + 4, 2);
      if ((oh | om) < 0 || oh > 17 || om > 59) {
        return ValueRules.NO_DAY;
      }
      offset = (oh * 3600 + om * 60) * (b[i] == '-' ? -1 : 1);
      if (offset == 0 && b[i] == '-') {
        return ValueRules.NO_DAY;
      }
    } else {
      return ValueRules.NO_DAY;
    }
    long epochSecond = date * 86400 + hour * 3600 + minute * 60 + second - offset;
    return Math.floorDiv(epochSecond + zoneOffset(epochSecond), 86400);
  }

  /**
   * Returns the epoch day of the {@code yyyy-MM-dd} at {@code from}, or {@link ValueRules#NO_DAY};
   * exports are mostly in time order, so the last date read is kept and compared as two words.
   */
  private long date(byte[] b, int from) {
    long head = ByteLanes.word(b, from);
    int tail = (b[from + 8] & 0xFF) | (b[from + 9] & 0xFF) << 8;
    // One test, not one per word: the month changes too rarely for the JIT's profile to see it.
    if (((head ^ lastHead) | (tail ^ lastTail)) == 0) {
      return lastDate;
    }
    if (b[from + 4] != '-' || b[from + 7] != '-') {
      return ValueRules.NO_DAY;
    }
    int year = digits(b, from, 4);
    int month = digits(b, from + 5, 2);
    int day = digits(b, from + 8, 2);
    if ((year | month | day) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > CivilDays.lengthOfMonth(year, month)) {
      return ValueRules.NO_DAY;
    }
    lastHead = head;
    lastTail = tail;
    lastDate = CivilDays.epochDay(year, month, day);
    return lastDate;
  }

  private int zoneOffset(long epochSecond) {
    if (fixed) {
      return fixedOffset;
    }
    if (epochSecond < windowFrom || epochSecond >= windowTo) {
      Instant instant = Instant.ofEpochSecond(epochSecond);
      windowOffset = rules.getOffset(instant).getTotalSeconds();
      @Nullable ZoneOffsetTransition previous = rules.previousTransition(instant);
      @Nullable ZoneOffsetTransition next = rules.nextTransition(instant);
      windowFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
      windowTo = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    }
    return windowOffset;
  }

  private static int digits(byte[] b, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }
}
