package org.recovery.examples.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.recovery.examples.cli.SurveyOptions;
import org.recovery.nps.NpsException;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.SurveyFormat;
import org.recovery.nps.io.SurveyFormatException;
import org.recovery.nps.io.SurveyHeader;
import org.recovery.nps.io.SurveyPreset;
import org.recovery.nps.io.SurveyReader;

/**
 * {@code POST /v1/nps?score=…&by=…&timestamp=…&period=week&preset=…}: streams a CSV or JSON Lines
 * export to the survey reader as it arrives, never holding it whole, and answers the report as
 * {@code recovery nps --format json} prints it. Takes every {@code recovery nps} option that
 * applies to one upload, checked and applied by the same {@link SurveyOptions} as the command line.
 */
final class NpsEndpoint implements Endpoint {

  private static final List<String> MEDIA_TYPES = List.of("text/csv", "application/x-ndjson");

  /**
   * How much of an upload is looked at to guess the score column from its header when none is
   * named: the header has to lie within it. Only this prefix is ever held.
   */
  static final int HEADER_PEEK = 1 << 20;

  @Override
  public Set<String> parameters() {
    return Set.of(
        "score",
        "by",
        "timestamp",
        "timestamp-format",
        "zone",
        "id",
        "dedupe",
        "weight",
        "delimiter",
        "charset",
        "level",
        "period",
        "preset");
  }

  @Override
  public Reply answer(Incoming request) {
    SurveyOptions options = options(request);
    String mediaType =
        options.charset() == null
            ? request.open(MEDIA_TYPES, true)
            : request.open(MEDIA_TYPES, true, options.charset(), " (the charset parameter)");
    SurveyFormat format = mediaType.equals("text/csv") ? SurveyFormat.CSV : SurveyFormat.JSON_LINES;
    SurveyPreset preset = options.preset();
    if (preset != SurveyPreset.GENERIC && preset.format() != format) {
      throw new ProblemException(
          ProblemKind.UNSUPPORTED_MEDIA_TYPE,
          "preset "
              + preset.name().toLowerCase(Locale.ROOT)
              + " exports "
              + (preset.format() == SurveyFormat.CSV ? "text/csv" : "application/x-ndjson")
              + " but Content-Type was "
              + mediaType);
    }
    InputStream body = request.body();
    String score;
    if (options.knownScore().isPresent()) {
      score = options.knownScore().get();
    } else {
      body = new BufferedInputStream(body, 1 << 16);
      score = guessScore(request, options, format, (BufferedInputStream) body);
    }
    SurveyReader reader = build(() -> options.reader(format, score).build());
    InputStream upload = body;
    NpsReport report = read(request, () -> reader.read(upload));
    return Reply.json(report.toJson() + "\n");
  }

  private static SurveyOptions options(Incoming request) {
    try {
      return new SurveyOptions(
          SurveyOptions.Spelling.QUERY,
          request.parameter("preset").map(NpsEndpoint::preset).orElse(SurveyPreset.GENERIC),
          request.parameter("score").orElse(null),
          request
              .parameter("by")
              .map(by -> Arrays.stream(by.split(",")).map(String::strip).toList())
              .orElse(List.of()),
          request.parameter("timestamp").orElse(null),
          request.parameter("timestamp-format").orElse(null),
          request.zone().orElse(ZoneOffset.UTC),
          request.parameter("id").orElse(null),
          request.parameter("dedupe").map(NpsEndpoint::dedupe).orElse(false),
          request.parameter("weight").orElse(null),
          request.parameter("delimiter").orElse(null),
          request.parameter("charset").map(NpsEndpoint::charset).orElse(null),
          request.parameter("level").map(NpsEndpoint::level).orElse(0.95),
          request.parameter("period").map(NpsEndpoint::period).orElse(null));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(ProblemKind.INVALID_PARAMETER, e.getMessage());
    }
  }

  /**
   * Guesses the score column from the upload's header, as the command line does from a file's. The
   * header is read from a bounded prefix of the stream, copied to a private temporary file for the
   * reader and deleted at once; the stream is then rewound, so the report reads every byte.
   */
  private static String guessScore(
      Incoming request, SurveyOptions options, SurveyFormat format, BufferedInputStream body) {
    SurveyReader layout = build(() -> options.headerReader(format).build());
    byte[] prefix;
    try {
      body.mark(HEADER_PEEK);
      prefix = body.readNBytes(HEADER_PEEK);
      body.reset();
    } catch (IOException e) {
      if (request.bodyExceeded()) {
        throw Incoming.tooLarge(request.limits().maxUpload());
      }
      throw new UncheckedIOException(e);
    }
    SurveyHeader header =
        read(
            request,
            () -> {
              try {
                Path copy = Files.createTempFile("recovery-serve-header-", ".export");
                try {
                  Files.write(copy, prefix);
                  return layout.header(copy);
                } finally {
                  Files.deleteIfExists(copy);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try {
      return options.guessScore("the body", header);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(ProblemKind.INVALID_PARAMETER, e.getMessage());
    }
  }

  private static SurveyReader build(Supplier<SurveyReader> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ProblemException(ProblemKind.INVALID_PARAMETER, e.getMessage());
    }
  }

  /** Reads the upload, turning what is wrong with it into a problem. */
  private static <T> T read(Incoming request, Supplier<T> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      if (request.bodyExceeded()) {
        throw Incoming.tooLarge(request.limits().maxUpload());
      }
      if (e instanceof SurveyFormatException bad) {
        throw new ProblemException(
            ProblemKind.INVALID_BODY, "line " + bad.line() + ": " + bad.getMessage());
      }
      if (e instanceof NpsException nps) {
        throw new ProblemException(ProblemKind.INVALID_BODY, nps.getMessage());
      }
      throw e;
    }
  }

  private static SurveyPreset preset(String value) {
    for (SurveyPreset p : SurveyPreset.values()) {
      if (p.name().equalsIgnoreCase(value)) {
        return p;
      }
    }
    throw new ProblemException(
        ProblemKind.INVALID_PARAMETER,
        "preset: expected one of "
            + String.join(
                ", ",
                Arrays.stream(SurveyPreset.values())
                    .map(p -> p.name().toLowerCase(Locale.ROOT))
                    .toList())
            + " but was '"
            + value
            + "'");
  }

  private static PeriodUnit period(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "day" -> PeriodUnit.DAY;
      case "week" -> PeriodUnit.ISO_WEEK;
      case "month" -> PeriodUnit.MONTH;
      case "quarter" -> PeriodUnit.QUARTER;
      default ->
          throw new ProblemException(
              ProblemKind.INVALID_PARAMETER,
              "period: expected day, week, month or quarter but was '" + value + "'");
    };
  }

  private static boolean dedupe(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "", "true" -> true;
      case "false" -> false;
      default ->
          throw new ProblemException(
              ProblemKind.INVALID_PARAMETER,
              "dedupe: expected true or false but was '" + value + "'");
    };
  }

  private static Charset charset(String value) {
    try {
      return Charset.forName(value);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ProblemException(
          ProblemKind.INVALID_PARAMETER,
          "charset: expected a character set such as utf-8 or windows-1252 but was '"
              + value
              + "'");
    }
  }

  private static double level(String value) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new ProblemException(
          ProblemKind.INVALID_PARAMETER,
          "level: expected a number between 0 and 1 (exclusive) but was '" + value + "'");
    }
  }
}
