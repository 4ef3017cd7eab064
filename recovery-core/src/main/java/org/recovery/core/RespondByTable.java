package org.recovery.core;

import java.time.Duration;

/**
 * The layout and the defaults of the respond-by table: one duration per channel, severity and mood,
 * kept in a flat array so a decision finds its cell with one multiply-add.
 */
final class RespondByTable {
  private static final int CHANNELS = Channel.values().length;
  private static final int SEVERITIES = Severity.values().length;
  private static final int MOODS = Mood.values().length;

  static final int SIZE = CHANNELS * SEVERITIES * MOODS;

  private RespondByTable() {}

  static int index(Channel channel, Severity severity, Mood mood) {
    return (channel.ordinal() * SEVERITIES + severity.ordinal()) * MOODS + mood.ordinal();
  }

  /**
   * Fills the defaults. A calm customer with a moderate problem hears from us within the channel's
   * base time (email and web form 8 hours, survey 24 hours, phone callback 2 hours, chat 30
   * minutes, app review 4 hours, social media 2 hours); a minor problem allows half as long again;
   * a major one at most 2 hours, a critical one at most 1 hour. A frustrated customer gets half the
   * time; an angry one at most 30 minutes, and 15 minutes when the problem is critical.
   */
  static void fillDefaults(Duration[] table) {
    for (Channel channel : Channel.values()) {
      for (Severity severity : Severity.values()) {
        for (Mood mood : Mood.values()) {
          table[index(channel, severity, mood)] = defaultFor(channel, severity, mood);
        }
      }
    }
  }

  static Duration defaultFor(Channel channel, Severity severity, Mood mood) {
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
