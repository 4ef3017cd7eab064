package org.recovery.core;

import java.time.Duration;
import java.util.Arrays;

/**
 * How soon after a complaint is received the customer must hear from us: one duration per channel,
 * severity and mood. Read a policy's table with {@code
 * policy.settings().respondBy().table().within(channel, severity, mood)}; change a cell with {@link
 * RecoveryPolicyBuilder#respondWithin(Channel, Severity, Mood, Duration)}.
 *
 * <p>By default a calm customer with a moderate problem hears from us within the channel's base
 * time (email and web form 8 hours, survey 24 hours, phone callback 2 hours, chat 30 minutes, app
 * review 4 hours, social media 2 hours); a minor problem allows half as long again; a major one at
 * most 2 hours, a critical one at most 1 hour. A frustrated customer gets half the time; an angry
 * one half the time and at most 30 minutes, and 15 minutes when the problem is critical.
 *
 * <p>Immutable and thread-safe; two tables are equal when every cell is. The cells are kept in a
 * flat array so a decision finds its cell with one multiply-add.
 */
public final class RespondByTable {
  private static final int CHANNELS = Channel.values().length;
  private static final int SEVERITIES = Severity.values().length;
  private static final int MOODS = Mood.values().length;

  static final int SIZE = CHANNELS * SEVERITIES * MOODS;
  static final RespondByTable DEFAULTS = new RespondByTable(defaultCells());

  private final Duration[] cells;

  private RespondByTable(Duration[] cells) {
    this.cells = cells;
  }

  /**
   * Returns one cell.
   *
   * @param channel where the complaint arrived
   * @param severity how bad it is
   * @param mood how the customer feels
   * @return how soon after receipt the customer must hear from us; positive
   */
  public Duration within(Channel channel, Severity severity, Mood mood) {
    return cells[index(channel, severity, mood)];
  }

  /** Returns a copy with one cell changed, refusing a duration that is not positive. */
  RespondByTable withCell(Channel channel, Severity severity, Mood mood, Duration within) {
    Duration[] changed = cells.clone();
    changed[index(channel, severity, mood)] =
        SettingBounds.positive(
            within, "respondWithin[" + channel + "][" + severity + "][" + mood + "]");
    return new RespondByTable(changed);
  }

  /** Returns the cell at an {@link #index}, for the engine's own flat copy. */
  Duration cell(int index) {
    return cells[index];
  }

  static int index(Channel channel, Severity severity, Mood mood) {
    return (channel.ordinal() * SEVERITIES + severity.ordinal()) * MOODS + mood.ordinal();
  }

  /** Compares every cell. */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof RespondByTable t && Arrays.equals(cells, t.cells));
  }

  /** Hashes every cell, consistently with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Arrays.hashCode(cells);
  }

  /** Lists the cells that differ from the defaults, for logs and test failures. */
  @Override
  public String toString() {
    var s = new StringBuilder("RespondByTable[");
    String sep = "";
    for (Channel c : Channel.values()) {
      for (Severity v : Severity.values()) {
        for (Mood m : Mood.values()) {
          Duration d = within(c, v, m);
          if (!d.equals(defaultFor(c, v, m))) {
            s.append(sep).append(c).append('/').append(v).append('/').append(m).append('=');
            s.append(d);
            sep = ", ";
          }
        }
      }
    }
    return s.append(sep.isEmpty() ? "defaults]" : "]").toString();
  }

  private static Duration[] defaultCells() {
    Duration[] table = new Duration[SIZE];
    for (Channel channel : Channel.values()) {
      for (Severity severity : Severity.values()) {
        for (Mood mood : Mood.values()) {
          table[index(channel, severity, mood)] = defaultFor(channel, severity, mood);
        }
      }
    }
    return table;
  }

  private static Duration defaultFor(Channel channel, Severity severity, Mood mood) {
    long minutes =
        switch (channel) {
          case EMAIL, WEB_FORM -> 8 * 60;
          case SURVEY -> 24 * 60;
          case PHONE, SOCIAL_MEDIA -> 2 * 60;
          case CHAT -> 30;
          case APP_REVIEW -> 4 * 60;
        };
    minutes =
        switch (severity) {
          case MINOR -> minutes * 3 / 2;
          case MODERATE -> minutes;
          case MAJOR -> Math.min(minutes, 2 * 60);
          case CRITICAL -> Math.min(minutes, 60);
        };
    minutes =
        switch (mood) {
          case CALM -> minutes;
          case FRUSTRATED -> minutes / 2;
          case ANGRY -> Math.min(minutes / 2, severity == Severity.CRITICAL ? 15 : 30);
        };
    return Duration.ofMinutes(minutes);
  }
}
