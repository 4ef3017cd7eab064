package org.recovery.examples.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recovery.nps.NpsException;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.SurveyFormat;
import org.recovery.nps.io.SurveyFormatException;
import org.recovery.nps.io.SurveyPreset;
import org.recovery.nps.io.SurveyReader;

/**
 * {@code POST /v1/nps?score=…&by=…&timestamp=…&period=week&preset=…}: streams a CSV or JSON Lines
 * export to the survey reader as it arrives, never holding it whole, and answers the report as
 * {@code recovery nps --format json} prints it.
 */
final class NpsEndpoint implements Endpoint {

  private static final List<String> MEDIA_TYPES = List.of("text/csv", "application/x-ndjson");

  @Override
  public Set<String> parameters() {
    return Set.of("score", "by", "timestamp", "period", "preset");
  }

  @Override
  public Reply answer(Incoming request) {
    SurveyPreset preset =
        request.parameter("preset").map(NpsEndpoint::preset).orElse(SurveyPreset.GENERIC);
    var builder = SurveyReader.builder().preset(preset);
    String score =
        request
            .parameter("score")
            .or(preset::scoreColumn)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemKind.INVALID_PARAMETER,
                        "score: required, the name of the 0-10 score column (preset "
                            + preset.name().toLowerCase(Locale.ROOT)
                            + " has none of its own)"));
    builder.scoreColumn(score);
    request
        .parameter("by")
        .ifPresent(
            by -> builder.segmentColumns(Arrays.stream(by.split(",")).map(String::strip).toList()));
    request.parameter("timestamp").ifPresent(builder::timestampColumn);
    request.parameter("period").ifPresent(period -> builder.period(period(period)));
    if (request.parameter("period").isPresent() && request.parameter("timestamp").isEmpty()) {
      throw new ProblemException(
          ProblemKind.INVALID_PARAMETER,
          "period needs timestamp=COLUMN to know when each response was given");
    }
    String mediaType = request.open(MEDIA_TYPES, true);
    SurveyFormat format = mediaType.equals("text/csv") ? SurveyFormat.CSV : SurveyFormat.JSON_LINES;
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
    builder.format(format);
    SurveyReader reader;
    try {
      reader = builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ProblemException(ProblemKind.INVALID_PARAMETER, e.getMessage());
    }
    NpsReport report;
    try {
      report = reader.read(request.body());
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
    return Reply.json(report.toJson() + "\n");
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
}
