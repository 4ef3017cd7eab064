package org.recovery.nps.io.internal;

import static org.recovery.nps.io.internal.ByteLanes.HIGH_BITS;
import static org.recovery.nps.io.internal.ByteLanes.LAST_LANE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.recovery.nps.RejectionReason;

/**
 * Scans one chunk of a delimited export, eight bytes per step, and counts it into a {@link
 * ChunkTally}.
 *
 * <p>The chunk is read with positional reads into one reused window; only the record in progress is
 * kept when the window slides, so memory is flat in the file size. Each eight-byte word is
 * classified at once: lane masks for quotes, delimiters, CR and LF; a prefix parity of the quote
 * lanes (carried from word to word) marks the lanes inside quoted fields, so delimiters and line
 * breaks there are not structural; the set structural lanes are then visited one by one. A word
 * wholly inside a quoted field is passed over after its quote test. Line breaks are not counted
 * here: a rejected row keeps the offset of its record, and {@link LineBreaks} numbers the few rows
 * a report shows. Fields that are not needed are never decoded; the score is read in place when it
 * is one or two ASCII digits, timestamps in canonical ISO form are read in place, and segment cells
 * are interned as byte slices. Words with a byte above 0x7F are validated as strict UTF-8.
 *
 * <p>A record belongs to the chunk where it starts; the scan finishes the last such record past the
 * chunk end and stops at the first record starting at or after it ({@link ChunkTally#stop}).
 * Quoting this scan does not understand (a quote inside an unquoted field, text after a closing
 * quote), malformed UTF-8 and an unterminated quote abort the chunk ({@link ChunkTally#abort}); the
 * caller then lets the reference reader decide. Confined to one thread; reusable.
 */
final class ChunkScanner {
  private static final int RAW_BYTES = 4 * 1025;

  /** Bytes readable past the current word: the LF of a CR LF pair and a UTF-8 tail. */
  private static final int LOOKAHEAD = 4;

  /** Zero bytes kept after the data so a partial last word reads as no match. */
  private static final int SLACK = 16;

  private static final long QUOTES = ByteLanes.broadcast((byte) '"');
  private static final long CRS = ByteLanes.broadcast((byte) '\r');
  private static final long LFS = ByteLanes.broadcast((byte) '\n');
  private static final long SEVENS = ByteLanes.broadcast((byte) 0x07);
  private static final long FIFTEENS = ByteLanes.broadcast((byte) 0x0F);

  private final FileChannel channel;
  private final long fileSize;
  private final ScanLayout layout;
  private final long delimiters;
  private final byte delimiter;
  private final int fieldCount;
  private final int[] roles;

  /**
   * For each field index, the first field at or after it that is read ({@code MAX_VALUE}: none).
   */
  private final int[] nextRoles;

  private final int[] fieldFrom;
  private final int[] fieldTo;
  private final int segmentDepth;
  private final int scoreMin;
  private final int scoreMax;

  /** The group of each score index (score minus the scale's lowest): its category's ordinal. */
  private final int[] groups;

  /** 0 when 10 is on the scale, else 1. */
  private final int tenOffScale;

  private final boolean timestamped;
  private final boolean isoTimestamps;
  private final TimestampBytes timestamps;
  private byte[] buf;
  private int limit;
  private long base;
  private boolean eof;

  /** The last word start whose lookahead bytes are in the window (or are the zero-padded tail). */
  private int safeEnd;

  /** Where the zero-padded tail starts, or out of reach before the end of the file. */
  private int tailStart;

  private byte[] scratch = new byte[64];

  /** The short score cells the rules have read, and their answers by cell id. */
  private final SliceTable memoCells = new SliceTable();

  private int[] memoCodes = new int[16];

  /** The longest score cell whose answer is kept: longer cells are free text, each one new. */
  private static final int MEMO_CELL = 16;

  /** How many answers are kept before they are forgotten, bounding the memory they take. */
  private static final int MEMO_SIZE = 1024;

  /** Where {@link #words} goes on: the next word, and the state of the record it is in. */
  private int at;

  private int recordStart;
  private int fieldStart;
  private int col;
  private int validatedTo;
  private boolean inQuote;
  private boolean prevEndOk;
  private boolean pendingClose;
  private int nextRole;

  /**
   * How many bytes one call of {@link #words} scans at most: {@link #MIN_STEP} for the first {@link
   * #SMALL_CALLS} calls, then twice as many each call up to {@link #MAX_STEP}; in a file of at most
   * {@link #SMALL_FILE} bytes, {@link #MAX_STEP} from the first call.
   */
  private int step;

  private int calls;

  /**
   * The bytes each of the first calls scans. The JIT compiles a method with C1 after about 100
   * calls and with C2 after 600 to 1,024 (profiled code looks every 1,024 calls), but compiles a
   * loop on its own, by on-stack replacement, after about 40,000 iterations in one method. Calls
   * this short reach the count of calls first, so the scan is compiled once, as a method.
   */
  private static final int MIN_STEP = 32;

  private static final int SMALL_CALLS = 1024;

  /**
   * A file this small is scanned before the short calls have the scan compiled early, and the
   * calls, most of them interpreted, only cost time: 3–6 ms in exports of 29 KB and 300 KB, against
   * 10 ms gained in one of 900 KB.
   */
  private static final long SMALL_FILE = 512 << 10;

  private static final int MAX_STEP = 64 << 10;

  /** The smallest read of a chunk read in pieces. */
  private static final int MIN_FILL = 4 << 10;

  /** The read while looking for a line break: records are short, and chunks may be too. */
  private static final int GUESS_FILL = 16 << 10;

  /** The code of an empty score cell, blank under any rules. */
  private static final int EMPTY_SCORE = ValueRules.code(RejectionReason.BLANK);

  /** Role of a field: not read. */
  private static final int SKIP = 0;

  /** Role of a field: the score. */
  private static final int SCORE = 1;

  /** Role of a field: the timestamp. */
  private static final int TIME = 2;

  /** Role of the first segment field; segment {@code k} has role {@code SEGMENT + k}. */
  private static final int SEGMENT = 3;

  ChunkScanner(FileChannel channel, long fileSize, ScanLayout layout, int window) {
    this.channel = channel;
    this.fileSize = fileSize;
    this.layout = layout;
    this.delimiter = layout.delimiter();
    this.delimiters = ByteLanes.broadcast(delimiter);
    this.fieldCount = layout.fieldCount();
    this.segmentDepth = layout.segmentColumns().size();
    this.roles = new int[fieldCount];
    roles[layout.scoreColumn()] = SCORE;
    this.timestamped = layout.timestampColumn() >= 0;
    this.isoTimestamps = layout.isoTimestamps();
    if (timestamped) {
      roles[layout.timestampColumn()] = TIME;
    }
    for (int k = 0; k < segmentDepth; k++) {
      roles[layout.segmentColumns().get(k)] = SEGMENT + k;
    }
    this.nextRoles = new int[fieldCount + 1];
    nextRoles[fieldCount] = Integer.MAX_VALUE;
    for (int c = fieldCount - 1; c >= 0; c--) {
      nextRoles[c] = roles[c] != SKIP ? c : nextRoles[c + 1];
    }
    this.fieldFrom = new int[SEGMENT + segmentDepth];
    this.fieldTo = new int[SEGMENT + segmentDepth];
    this.scoreMin = layout.scoreMin();
    this.scoreMax = layout.scoreMax();
    this.tenOffScale = scoreMin <= 10 && scoreMax >= 10 ? 0 : 1;
    this.groups = new int[layout.scoreWidth()];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = layout.scale().categorize(scoreMin + i).ordinal();
    }
    this.timestamps = new TimestampBytes(layout.zone());
    this.buf = new byte[Math.max(window, 16) + SLACK];
    this.step = fileSize > SMALL_FILE ? MIN_STEP : MAX_STEP;
  }

  /**
   * Scans the records starting in {@code [start, end)}, {@code start} being a record start.
   *
   * @param overshoot how far past {@code end} the last record may run before the scan gives up;
   *     bounds the cost of a wrong speculative start (a quoted span read as data)
   */
  void scan(long start, long end, long overshoot, ChunkTally t) throws IOException {
    timestamps.forgetLastDate();
    t.start = start;
    base = start;
    limit = 0;
    eof = false;
    // A chunk much smaller than the window (the first chunks of a parallel scan) is read in
    // quarters, so that while the JIT profiles the loop it sees the window slide as well as the
    // chunk end; a branch it never saw taken would be compiled as a trap that discards the code.
    long span = end - start;
    int fill =
        span < (buf.length - SLACK) / 4 ? (int) Math.max(MIN_FILL, span / 4) : Integer.MAX_VALUE;
    fill(fill);
    at = 0;
    recordStart = 0;
    fieldStart = 0;
    col = 0;
    validatedTo = 0;
    inQuote = false;
    prevEndOk = true;
    pendingClose = false;
    nextRole = nextRoles[0];
    while (!words(t, end)) {
      if (at <= safeEnd) {
        continue;
      }
      if (eof) {
        finish(t);
        return;
      }
      int keep = Math.min(recordStart, at);
      if (base + at - end > overshoot) {
        t.abort = "record starting before offset " + end + " runs past " + (end + overshoot);
        return;
      }
      slide(keep);
      at -= keep;
      recordStart -= keep;
      fieldStart -= keep;
      validatedTo = Math.max(0, validatedTo - keep);
      for (int r = 0; r < fieldFrom.length; r++) {
        fieldFrom[r] -= keep;
        fieldTo[r] -= keep;
      }
      fill(fill);
    }
  }

  /**
   * Scans the words of the window from {@link #at}, at most {@link #step} bytes' worth, keeps where
   * it stopped in the fields and returns false; or returns true, as soon as the chunk is done: its
   * last record is counted ({@link ChunkTally#stop}) or the scan gave up ({@link
   * ChunkTally#abort}).
   *
   * <p>The loop is a method called once per run of words, not once per chunk, for the JIT: it
   * compiles a method called often without the on-stack replacement a long loop needs, which had
   * the scan interpreted for its first half megabyte and then compiled twice, once for the loop and
   * once for the method.
   */
  private boolean words(ChunkTally t, long end) {
    int b = at;
    int recordStart = this.recordStart;
    int fieldStart = this.fieldStart;
    int col = this.col;
    int validatedTo = this.validatedTo;
    boolean inQuote = this.inQuote;
    boolean prevEndOk = this.prevEndOk;
    boolean pendingClose = this.pendingClose;
    int nextRole = this.nextRole;
    final long delims = delimiters;
    final byte delim = delimiter;
    final int[] roles = this.roles;
    final int[] nextRoles = this.nextRoles;
    final int[] from = fieldFrom;
    final int[] to = fieldTo;
    final byte[] buf = this.buf;
    final int tailFrom = tailStart;
    // Words up to here have their lookahead bytes in the window (or are the zero-padded tail).
    final int last = (int) Math.min(safeEnd, (long) b + step);
    if (++calls >= SMALL_CALLS && step < MAX_STEP) {
      step <<= 1;
    }
    // Written as a difference, not {@code b <= last}: C2 made that a counted loop with a limit
    // check that failed on the first call of the compiled method, which it then compiled again.
    while (b - last <= 0) {
      long w = ByteLanes.word(buf, b);
      if ((w & HIGH_BITS) != 0 && b + 8 > validatedTo) {
        int v = Utf8Sequences.validate(buf, Math.max(b, validatedTo), Math.min(b + 8, limit));
        if (v < 0) {
          t.abort = "malformed UTF-8 at byte offset " + (base + (-1 - v));
          return true;
        }
        validatedTo = v;
      }
      long qm = ByteLanes.equal(w, QUOTES);
      if (qm == 0 && inQuote) {
        // Wholly inside a quoted field: nothing here is structural.
        prevEndOk = false;
        b += 8;
        continue;
      }
      // 0x08-0x0F all become 0x0F: one test finds every word that may hold a CR or LF.
      long crm = 0;
      long lfm = 0;
      if (ByteLanes.equal(w | SEVENS, FIFTEENS) != 0) {
        crm = ByteLanes.equal(w, CRS);
        lfm = ByteLanes.equal(w, LFS);
      }
      long sm;
      if (qm == 0) {
        long dm = ByteLanes.equal(w, delims);
        sm = dm | crm | lfm;
        if (pendingClose && (sm & 0x80L) == 0) {
          t.abort = "text after a closing quote at byte offset " + (base + b);
          return true;
        }
        pendingClose = false;
        prevEndOk = sm < 0;
        if ((crm | lfm) == 0) {
          // Delimiters only: skip them by count unless one ends a field that is read.
          int n = Long.bitCount(dm);
          if (col + n <= nextRole) {
            col += n;
            // A select rather than a branch: about a third of the words hold no delimiter.
            int lastDelimiter = b + ((63 - Long.numberOfLeadingZeros(dm)) >> 3) + 1;
            fieldStart = n != 0 ? lastDelimiter : fieldStart;
            b += 8;
            continue;
          }
        }
      } else {
        long dm = ByteLanes.equal(w, delims);
        long p = ByteLanes.prefixParity(qm);
        if (inQuote) {
          p ^= HIGH_BITS;
        }
        inQuote = p < 0;
        sm = (dm | crm | lfm) & ~p;
        long open = qm & p;
        long close = qm & ~p;
        long before = ((sm | close) << 8) | (prevEndOk ? 0x80L : 0L);
        if ((open & ~before) != 0) {
          t.abort =
              "quote inside an unquoted field at byte offset "
                  + (base + b + ByteLanes.lowestLane(open & ~before));
          return true;
        }
        long tail = ~ByteLanes.lanesBelow(tailFrom - b);
        long after = (sm | open | tail) >>> 8;
        if ((close & ~after & ~LAST_LANE) != 0 || (pendingClose && ((sm | open) & 0x80L) == 0)) {
          t.abort = "text after a closing quote near byte offset " + (base + b);
          return true;
        }
        pendingClose = close < 0;
        prevEndOk = (sm | close) < 0;
      }
      while (sm != 0) {
        int pos = b + ByteLanes.lowestLane(sm);
        sm &= sm - 1;
        if (pos < fieldStart) {
          continue;
        }
        if (col == nextRole) {
          int role = roles[col];
          from[role] = fieldStart;
          to[role] = pos;
          nextRole = nextRoles[col + 1];
        }
        byte c = buf[pos];
        if (c == delim) {
          col++;
          fieldStart = pos + 1;
          continue;
        }
        int next = pos + 1;
        if (c == '\r' && buf[next] == '\n') {
          next++;
        }
        if (pos != recordStart || col != 0) {
          record(t, col + 1, recordStart, pos);
        }
        recordStart = next;
        fieldStart = next;
        col = 0;
        nextRole = nextRoles[0];
        if (base + next >= end) {
          t.stop = base + next;
          return true;
        }
      }
      b += 8;
    }
    at = b;
    this.recordStart = recordStart;
    this.fieldStart = fieldStart;
    this.col = col;
    this.validatedTo = validatedTo;
    this.inQuote = inQuote;
    this.prevEndOk = prevEndOk;
    this.pendingClose = pendingClose;
    this.nextRole = nextRole;
    return false;
  }

  /** Counts the last record of the file, which no line break ends. */
  private void finish(ChunkTally t) {
    if (inQuote) {
      t.abort = "unterminated quote in the record at byte offset " + (base + recordStart);
      return;
    }
    if (recordStart < limit) {
      if (col < fieldCount && roles[col] != SKIP) {
        fieldFrom[roles[col]] = fieldStart;
        fieldTo[roles[col]] = limit;
      }
      record(t, col + 1, recordStart, limit);
    }
    t.stop = fileSize;
  }

  private void record(ChunkTally t, int fields, int start, int end) {
    t.rows++;
    long offset = base + start;
    if (fields != fieldCount) {
      // The record as it stands in the file, like the reference reader's example of a ragged row;
      // 4 bytes per character at most, so this holds more than the example keeps.
      t.reject(
          RejectionReason.RAGGED_ROW,
          offset,
          -1,
          offset,
          offset + Math.min(end - start, RAW_BYTES));
      return;
    }
    int score = score(fieldFrom[SCORE], fieldTo[SCORE]);
    if (score < 0) {
      t.reject(
          ValueRules.reason(score),
          offset,
          layout.scoreColumn(),
          base + fieldFrom[SCORE],
          base + fieldTo[SCORE]);
      return;
    }
    int day = -1;
    if (timestamped) {
      long epochDay =
          isoTimestamps
              ? timestamps.epochDay(buf, fieldFrom[TIME], fieldTo[TIME])
              : ValueRules.NO_DAY;
      if (epochDay == ValueRules.NO_DAY) {
        epochDay = layout.rules().epochDay(decode(fieldFrom[TIME], fieldTo[TIME]));
      }
      if (epochDay == ValueRules.NO_DAY) {
        t.reject(
            RejectionReason.BAD_TIMESTAMP,
            offset,
            layout.timestampColumn(),
            base + fieldFrom[TIME],
            base + fieldTo[TIME]);
        return;
      }
      day = t.days.intern(epochDay);
    }
    int index = score - scoreMin;
    t.overall[index]++;
    if (day >= 0) {
      t.countDay(day, index);
    }
    if (segmentDepth > 0) {
      int combo = t.segmentValues[0].intern(buf, fieldFrom[SEGMENT], fieldTo[SEGMENT]);
      for (int k = 1; k < segmentDepth; k++) {
        int value = t.segmentValues[k].intern(buf, fieldFrom[SEGMENT + k], fieldTo[SEGMENT + k]);
        combo = t.combos[k].intern((long) combo << 32 | value);
      }
      t.countSegment(combo, groups[index]);
    }
  }

  private int score(int from, int to) {
    int len = to - from;
    int d = buf[from] - '0';
    // One branch per test, and each is taken and not taken in any export: a rare cell (an "11", an
    // "x") must not meet a branch the JIT never saw taken, which it compiles as a trap that throws
    // the compiled scan away in the middle of a run.
    int oneDigit = (len ^ 1) | ((d | (9 - d) | (d - scoreMin) | (scoreMax - d)) >>> 31);
    if (oneDigit == 0) {
      return d;
    }
    if (((len ^ 2) | (d ^ 1) | (buf[from + 1] ^ '0') | tenOffScale) == 0) {
      return 10;
    }
    if (len == 0) {
      // Nine in ten rejected scores: left to the rules, they made the rules' parser hot enough
      // to be compiled by C2 in the middle of a run, on a CPU the scan needs.
      return EMPTY_SCORE;
    }
    return len <= MEMO_CELL ? memoScore(from, to) : layout.rules().score(decode(from, to));
  }

  /**
   * Returns the rules' answer for a short score cell the in-place tests do not read, asking the
   * rules once per distinct cell. The few such cells of an export repeat (an {@code N/A}, a {@code
   * 7.5}, an {@code 11}): asked each time, the rules' parser and the decoding before it became hot
   * enough to be compiled by C2 in the middle of a run, on a CPU the scan needs.
   */
  private int memoScore(int from, int to) {
    int known = memoCells.size();
    int id = memoCells.intern(buf, from, to);
    return id < known ? memoCodes[id] : askRules(id, from, to);
  }

  /**
   * Asks the rules about a cell new to {@link #memoCells}, with id {@code id}, and keeps the
   * answer; past {@link #MEMO_SIZE} cells forgets them all instead. Rare, so kept out of the
   * inlined path.
   */
  private int askRules(int id, int from, int to) {
    int code = layout.rules().score(decode(from, to));
    if (id >= MEMO_SIZE) {
      memoCells.clear();
    } else {
      if (id == memoCodes.length) {
        memoCodes = Arrays.copyOf(memoCodes, id * 2);
      }
      memoCodes[id] = code;
    }
    return code;
  }

  /**
   * Guesses the first record start in {@code [nominal, end)}: the position just after the first
   * line break at or after {@code nominal - 1} that {@link RecordStart} finds plausible in the
   * first read, else just after the first line break, as if no quoted field spanned the nominal
   * start. Returns {@code end} when there is no line break; the caller checks every guess.
   */
  long guessStart(long nominal, long end) throws IOException {
    base = nominal - 1;
    limit = 0;
    eof = false;
    long first = -1;
    for (boolean firstRead = true; ; firstRead = false) {
      fill(GUESS_FILL);
      for (int i = 0; i < limit; i++) {
        int next = afterLineBreak(i);
        if (next < 0) {
          continue;
        }
        long at = base + next;
        if (at >= end) {
          return first >= 0 ? first : end;
        }
        if (!firstRead) {
          return at;
        }
        if (first < 0) {
          first = at;
        }
        if (RecordStart.plausible(buf, next, limit, eof, delimiter, fieldCount)) {
          return at;
        }
      }
      if (first >= 0) {
        return first;
      }
      if (eof) {
        return end;
      }
      // No line break yet: read on, keeping the last byte (a CR whose LF may follow).
      base += limit - 1;
      limit = 0;
    }
  }

  /**
   * Returns the position after the line break at {@code i} (LF, lone CR, or the LF of CR LF), or -1
   * when there is none there.
   */
  private int afterLineBreak(int i) {
    byte c = buf[i];
    return c == '\n' || (c == '\r' && (i + 1 < limit ? buf[i + 1] != '\n' : eof)) ? i + 1 : -1;
  }

  /**
   * Reads back the value of a rejection a tally kept ({@link ChunkTally#reject}): the bytes {@code
   * [from, to)} of the file, as a cell, or as they stand when {@code column} is -1 (the whole
   * record). Reads apart from the scan window, so it may be called between scans.
   */
  String value(int column, long from, long to) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate((int) (to - from));
    readAt(bytes, from);
    int n = bytes.position();
    return column < 0
        ? new String(bytes.array(), 0, n, StandardCharsets.UTF_8)
        : cell(bytes.array(), 0, n);
  }

  /** Decodes a raw cell: strips the enclosing quotes and undoubles inner ones. */
  String decode(int from, int to) {
    return cell(buf, from, to);
  }

  private String cell(byte[] b, int from, int to) {
    if (to - from < 2 || b[from] != '"') {
      return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
    if (scratch.length < to - from) {
      scratch = new byte[to - from];
    }
    int n = 0;
    for (int i = from + 1; i < to - 1; i++) {
      scratch[n++] = b[i];
      if (b[i] == '"') {
        i++;
      }
    }
    return new String(scratch, 0, n, StandardCharsets.UTF_8);
  }

  /** Decodes a raw cell kept in a slice table. */
  String decode(SliceTable table, int id) {
    return cell(table.arena(), table.offset(id), table.offset(id) + table.length(id));
  }

  private void slide(int keep) {
    System.arraycopy(buf, keep, buf, 0, limit - keep);
    limit -= keep;
    base += keep;
    if (limit + SLACK + 8 + LOOKAHEAD >= buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
  }

  /**
   * Reads into {@code target} until it is full or the file ends, position {@code p} of the buffer
   * taking the file's byte at {@code origin + p}. Returns true when the file ended.
   */
  private boolean readAt(ByteBuffer target, long origin) throws IOException {
    boolean ended = false;
    while (target.hasRemaining() && !ended) {
      ended = channel.read(target, origin + target.position()) < 0;
    }
    return ended;
  }

  /** Reads up to {@code most} bytes past the end of the window, as far as its free space allows. */
  private void fill(int most) throws IOException {
    ByteBuffer target = ByteBuffer.wrap(buf, limit, Math.min(most, buf.length - SLACK - limit));
    boolean ended = readAt(target, base);
    limit = target.position();
    eof = ended || base + limit >= fileSize;
    if (eof) {
      limit = (int) Math.min(limit, fileSize - base);
      Arrays.fill(buf, limit, Math.min(buf.length, limit + SLACK), (byte) 0);
    }
    // Computed here rather than by testing eof in the scan loop, where a test never true until the
    // last window would be compiled as a trap that discards the compiled loop at the end of a run.
    safeEnd = eof ? limit - 1 : limit - 8 - LOOKAHEAD;
    tailStart = eof ? limit : Integer.MAX_VALUE;
  }
}
