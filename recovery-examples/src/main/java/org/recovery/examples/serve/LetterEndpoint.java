package org.recovery.examples.serve;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.recovery.core.RecoveryPolicy;
import org.recovery.examples.cli.LetterFormat;
import org.recovery.templates.Letter;

/**
 * {@code POST /v1/letter?lang=es&also=en&format=text|html|md|json&zone=Europe/Madrid}: decides,
 * then answers the letter as {@code recovery letter} prints it, in the format's media type, with
 * each warning in a {@code Warning} header.
 */
final class LetterEndpoint implements Endpoint {

  private final RecoveryPolicy policy;

  LetterEndpoint(RecoveryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Set<String> parameters() {
    return Set.of("lang", "also", "format", "zone");
  }

  @Override
  public Reply answer(Incoming request) {
    Optional<Locale> lang = request.parameter("lang").map(v -> locale("lang", v));
    Optional<Locale> also = request.parameter("also").map(v -> locale("also", v));
    Optional<ZoneId> zone = request.zone();
    LetterFormat format =
        request.parameter("format").map(LetterEndpoint::format).orElse(LetterFormat.text);
    Letter letter = DecideEndpoint.decide(policy, request).letter(lang, also, zone);
    return new Reply(
        format.mediaType(),
        format.render(letter).getBytes(StandardCharsets.UTF_8),
        letter.warnings());
  }

  /**
   * Reads a language tag parameter, as {@code recovery letter --lang} does.
   *
   * @param name the parameter, for the message
   * @param value e.g. {@code es} or {@code pt-BR}
   * @return the locale
   * @throws ProblemException naming the parameter and value
   */
  static Locale locale(String name, String value) {
    Locale locale = Locale.forLanguageTag(value.replace('_', '-'));
    if (locale.getLanguage().isEmpty()) {
      throw new ProblemException(
          ProblemKind.INVALID_PARAMETER,
          name + ": expected a language tag like es or pt-BR but was '" + value + "'");
    }
    return locale;
  }

  private static LetterFormat format(String value) {
    for (LetterFormat f : LetterFormat.values()) {
      if (f.name().equalsIgnoreCase(value)) {
        return f;
      }
    }
    throw new ProblemException(
        ProblemKind.INVALID_PARAMETER,
        "format: expected text, html, md or json but was '" + value + "'");
  }
}
