package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.Rejection;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.SurveyResponse;

class SurveyReaderTest {
  private static final SurveyReader SCORE = SurveyReader.builder().scoreColumn("score").build();

  private static NpsReport read(SurveyReader reader, String text) {
    return reader.read(new StringReader(text));
  }

  @Test
  void numbersRecordsByThePhysicalLineTheyStartOnWithEveryKindOfLineBreak() {
    String csv =
        "id,comment,score\r\n"
            + "1,\"two\rlines\",ten\n"
            + "2,\"crlf\r\ninside\",x\r"
            + "3,plain,y\r\n"
            + "\n"
            + "4,\"lf\ninside\",z";
    NpsReport report = read(SCORE, csv);
    assertThat(report.rejected().examples())
        .extracting(Rejection::line, Rejection::value)
        .containsExactly(tuple(2L, "ten"), tuple(4L, "x"), tuple(6L, "y"), tuple(8L, "z"));
  }

  @Test
  void keepsARecordWhoseQuotedLastFieldHoldsALoneCrInAnLfFile() {
    String csv = "score,comment\n9,\"a\rb\"\n10,\"c\r\"\n7,d\n";
    NpsReport report = read(SCORE, csv);
    assertThat(report.overall().responses()).isEqualTo(3);
    assertThat(report.overall().promoters()).isEqualTo(2);
  }

  @Test
  void stripsAByteOrderMarkAndReadsOtherDelimiters() {
    byte[] bytes = "\uFEFFscore;country\n9;\"A;B\"\n".getBytes(StandardCharsets.UTF_8);
    NpsReport report =
        SurveyReader.builder()
            .scoreColumn("score")
            .segmentColumns("country")
            .delimiter(';')
            .build()
            .read(new ByteArrayInputStream(bytes));
    assertThat(report.segments()).hasSize(1);
    assertThat(report.segments().get(0).key()).containsEntry("country", "A;B");
  }

  @Test
  void unquotesDoubledQuotesAndKeepsTextAfterAClosingQuote() {
    String csv = "seg,score\n\"a \"\"b\"\"\",9\n\"x\"y,9\nq\"r,9\n";
    NpsReport report =
        read(SurveyReader.builder().scoreColumn("score").segmentColumns("seg").build(), csv);
    assertThat(report.segments())
        .extracting(s -> s.key().get("seg"))
        .containsExactly("a \"b\"", "q\"r", "xy");
  }

  @Test
  void rejectsRaggedRowsWithTheirFieldCount() {
    NpsReport report = read(SCORE, "a,score\n1\n1,9,3\n1,9\n");
    assertThat(report.rejected().examples())
        .containsExactly(
            new Rejection(2, "", "1 fields, expected 2", RejectionReason.RAGGED_ROW),
            new Rejection(3, "", "3 fields, expected 2", RejectionReason.RAGGED_ROW));
    assertThat(report.overall().responses()).isEqualTo(1);
    assertThat(report.dataRows()).isEqualTo(3);
  }

  @Test
  void countsRejectionsByReasonAndKeepsTheFirstExamplesInFileOrder() {
    StringBuilder csv = new StringBuilder("score\n");
    for (int i = 0; i < 30; i++) {
      csv.append(i % 3 == 0 ? "N/A" : i % 3 == 1 ? "9.5" : "11").append('\n');
    }
    NpsReport report =
        read(SurveyReader.builder().scoreColumn("score").maxExamples(4).build(), csv.toString());
    assertThat(report.rejected().count()).isEqualTo(30);
    assertThat(report.rejected().count(RejectionReason.BLANK)).isEqualTo(10);
    assertThat(report.rejected().count(RejectionReason.NOT_AN_INTEGER)).isEqualTo(10);
    assertThat(report.rejected().count(RejectionReason.OUT_OF_RANGE)).isEqualTo(10);
    assertThat(report.rejected().examples())
        .extracting(Rejection::line)
        .containsExactly(2L, 3L, 4L, 5L);
  }

  @Test
  void failsOnAnUnterminatedQuoteWithTheLineTheRecordStarted() {
    String csv = "score,comment\n9,ok\n9,\"never\nclosed\n10,x\n";
    assertThatThrownBy(() -> read(SCORE, csv))
        .isInstanceOfSatisfying(
            SurveyFormatException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo("comment");
            })
        .hasMessage(
            "unterminated quoted field: the record starting at line 3 opens a quote on line 3 in"
                + " field 2 (column \"comment\") that is not closed before the end of the input");
  }

  @Test
  void failsOnAMissingColumnListingTheHeadersFound() {
    assertThatThrownBy(
            () -> read(SurveyReader.builder().scoreColumn("NPS").build(), "id,Score 1\n1,9\n"))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "score column \"NPS\" not found in the header on line 1; headers found: \"id\", \"Score 1\"");
  }

  @Test
  void failsOnInvalidUtf8NamingTheByteOffset() {
    byte[] bytes = {'s', 'c', 'o', 'r', 'e', '\n', '9', '\n', (byte) 0xC3, '(', '\n'};
    assertThatThrownBy(() -> SCORE.read(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(
            SurveyEncodingException.class,
            e -> {
              assertThat(e.byteOffset()).isEqualTo(8);
              assertThat(e.line()).isEqualTo(3);
            })
        .hasMessage(
            "invalid UTF-8 bytes 0xC3 at byte offset 8 (line 3): re-export the file as UTF-8 or"
                + " set the reader's charset to the one it was written in");
  }

  @Test
  void namesTheLineOfInvalidBytesFarBeyondTheFirstBuffer() {
    StringBuilder csv = new StringBuilder("score\n");
    for (int i = 0; i < 50_000; i++) {
      csv.append("9\n");
    }
    byte[] text = csv.append("9\n").toString().getBytes(StandardCharsets.UTF_8);
    text[text.length - 2] = (byte) 0x80;
    assertThatThrownBy(() -> SCORE.read(new ByteArrayInputStream(text)))
        .isInstanceOfSatisfying(
            SurveyEncodingException.class,
            e -> {
              assertThat(e.byteOffset()).isEqualTo(text.length - 2);
              assertThat(e.line()).isEqualTo(50_002);
            });
  }

  @Test
  void failsOnInvalidUtf8InJsonLinesNamingTheLine() {
    byte[] bytes = "{\"score\": 9}\n{\"score\": \"\u00e9\"}\n".getBytes(StandardCharsets.UTF_8);
    bytes[24] = (byte) 0xFF; // the first byte of the two-byte é
    bytes[25] = 'x';
    SurveyReader reader =
        SurveyReader.builder().format(SurveyFormat.JSON_LINES).scoreColumn("score").build();
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(
            SurveyEncodingException.class,
            e -> {
              assertThat(e.byteOffset()).isEqualTo(24);
              assertThat(e.line()).isEqualTo(2);
            })
        .hasMessageStartingWith("invalid UTF-8 bytes 0xFF at byte offset 24 (line 2)");
  }

  @Test
  void keepsItsSettingsThroughToBuilder() {
    SurveyReader reader =
        SurveyReader.builder().scoreColumn("s").segmentColumns("c").delimiter(';').build();
    NpsReport report = reader.toBuilder().build().read(new StringReader("c;s\nx;9\n"));
    assertThat(report.segments().get(0).key()).containsEntry("c", "x");
  }

  @Test
  void readsOtherCharsetsWhenConfigured() {
    byte[] bytes = "pa\u00eds,score\nEspa\u00f1a,9\n".getBytes(StandardCharsets.ISO_8859_1);
    NpsReport report =
        SurveyReader.builder()
            .scoreColumn("score")
            .segmentColumns("pa\u00eds")
            .charset(StandardCharsets.ISO_8859_1)
            .build()
            .read(new ByteArrayInputStream(bytes));
    assertThat(report.segments().get(0).key()).containsEntry("pa\u00eds", "Espa\u00f1a");
  }

  @Test
  void groupsByIsoWeekStartingMonday() {
    String csv =
        "at,score\n2026-11-16T00:30:00Z,10\n2026-11-22 23:59:59,0\n2026-11-23,9\n2026-11-15,9\n";
    NpsReport report =
        read(
            SurveyReader.builder()
                .scoreColumn("score")
                .timestampColumn("at")
                .period(PeriodUnit.ISO_WEEK)
                .build(),
            csv);
    assertThat(report.periods())
        .extracting(p -> p.period(), p -> p.start(), p -> p.result().responses())
        .containsExactly(
            tuple("2026-W46", LocalDate.of(2026, 11, 9), 1L),
            tuple("2026-W47", LocalDate.of(2026, 11, 16), 2L),
            tuple("2026-W48", LocalDate.of(2026, 11, 23), 1L));
    assertThat(report.periods().get(0).changeFromPrevious()).isEmpty();
    assertThat(report.periods().get(1).changeFromPrevious().get().difference()).isEqualTo(-100.0);
  }

  @Test
  void rejectsTimestampsThatDoNotParse() {
    NpsReport report =
        read(
            SurveyReader.builder().scoreColumn("score").timestampColumn("at").build(),
            "at,score\nyesterday,9\n1700000000,9\n");
    assertThat(report.rejected().examples())
        .containsExactly(
            new Rejection(2, "at", "yesterday", RejectionReason.BAD_TIMESTAMP),
            new Rejection(3, "at", "1700000000", RejectionReason.BAD_TIMESTAMP));
  }

  @Test
  void keepsTheLatestResponsePerRespondentPerPeriodAndCountsDuplicates() {
    String csv =
        "id,at,score\n"
            + "a,2026-01-05T10:00:00Z,0\n"
            + "a,2026-01-06T10:00:00Z,10\n"
            + "a,2026-01-05T09:00:00Z,3\n"
            + "b,2026-01-05T10:00:00Z,8\n"
            + "a,2026-02-01T10:00:00Z,5\n"
            + ",2026-01-05T10:00:00Z,9\n"
            + ",2026-01-05T10:00:00Z,9\n";
    NpsReport report =
        read(
            SurveyReader.builder()
                .scoreColumn("score")
                .respondentColumn("id")
                .timestampColumn("at")
                .period(PeriodUnit.MONTH)
                .deduplicate(true)
                .build(),
            csv);
    assertThat(report.duplicates()).isEqualTo(2);
    assertThat(report.overall().responses()).isEqualTo(5);
    assertThat(report.overall().promoters()).isEqualTo(3);
    assertThat(report.periods()).extracting(p -> p.period()).containsExactly("2026-01", "2026-02");
    assertThat(report.dataRows()).isEqualTo(7);
  }

  @Test
  void weighsResponsesAndRejectsBadWeights() {
    NpsReport report =
        read(
            SurveyReader.builder().scoreColumn("score").weightColumn("w").build(),
            "score,w\n10,3\n0,1\n9,-1\n9,abc\n9,\n");
    assertThat(report.overall().nps()).isEqualTo(50.0);
    assertThat(report.rejected().count(RejectionReason.BAD_WEIGHT)).isEqualTo(3);
  }

  @Test
  void weightedNpsIsNeverNanWhenWeightsAreZeroHugeOrIdsThatLookLikeNumbers() {
    // given weights a host would never mean: 0, an id that parses as 5e300, 1e308, just over 1e6
    NpsReport report =
        read(
            SurveyReader.builder().scoreColumn("score").weightColumn("w").build(),
            "score,w\n10,0\n0,5e300\n9,1e308\n0,1000000.5\n10,1e6\n3,0.000001\n");
    // then those rows are rejected as BAD_WEIGHT with their value, the rest counted
    assertThat(report.rejected().count(RejectionReason.BAD_WEIGHT)).isEqualTo(4);
    assertThat(report.rejected().examples())
        .extracting(Rejection::line, Rejection::column, Rejection::value)
        .containsExactly(
            tuple(2L, "w", "0"),
            tuple(3L, "w", "5e300"),
            tuple(4L, "w", "1e308"),
            tuple(5L, "w", "1000000.5"));
    assertThat(report.overall().responses()).isEqualTo(2);
    assertThat(report.overall().nps())
        .isCloseTo(100.0, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(report.overall().standardError()).isFinite();
    assertThat(report.overall().smallSample()).isTrue();
  }

  @Test
  void onlyZeroWeightsGiveAnEmptyResultWithEveryRowRejected() {
    NpsReport report =
        read(
            SurveyReader.builder().scoreColumn("score").weightColumn("w").build(),
            "score,w\n10,0\n0,0\n");
    assertThat(report.overall().responses()).isZero();
    assertThat(report.rejected().count(RejectionReason.BAD_WEIGHT)).isEqualTo(2);
  }

  @Test
  void qualtricsPresetFailsInsteadOfSwallowingTheOnlyDataRowOfALegacyExport(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String legacy =
        "\uFEFFV1,V8,Q1,\r\nResponseID,StartDate,How likely?,\r\nR_1,2017-07-18 08:28:09,2,\r\n";
    SurveyReader reader =
        SurveyReader.builder().preset(SurveyPreset.QUALTRICS).scoreColumn("Q1").build();
    String message =
        "expected the Qualtrics ImportId row ({\"ImportId\":…}) on line 3 but found"
            + " \"R_1,2017-07-18 08:28:09,2,\"; for a legacy export (V1, V2, … header) use the"
            + " QUALTRICS_LEGACY preset, for an export without that row set headerRows(2)";
    assertThatThrownBy(() -> read(reader, legacy))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(message)
        .extracting(e -> ((SurveyFormatException) e).line())
        .isEqualTo(3L);
    // the parallel file path gives the same failure
    java.nio.file.Path file = dir.resolve("legacy.csv");
    java.nio.file.Files.writeString(file, legacy);
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(message);
  }

  @Test
  void qualtricsPresetAcceptsTheImportIdRow() {
    String current =
        "Q1,ResponseId\nHow likely?,Response ID\n"
            + "\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\"\n"
            + "9,R_1\n";
    NpsReport report =
        read(
            SurveyReader.builder().preset(SurveyPreset.QUALTRICS).scoreColumn("Q1").build(),
            current);
    assertThat(report.overall().promoters()).isEqualTo(1);
    assertThat(report.dataRows()).isEqualTo(1);
  }

  @Test
  void presetWithExtraHeaderRowsFailsWhenThatRowHoldsAScore() {
    assertThatThrownBy(
            () ->
                read(
                    SurveyReader.builder()
                        .preset(SurveyPreset.SURVEYMONKEY)
                        .scoreColumn("score")
                        .build(),
                    "Respondent ID,score\n1,9\n2,7\n"))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "expected header row 2 of the SURVEYMONKEY preset on line 2 but found a score \"9\""
                + " in column \"score\", so it looks like data: check the preset, or set"
                + " headerRows(1) for an export with fewer header rows");
  }

  @Test
  void readsJsonLinesWithNumbersAndStrings() {
    String jsonl =
        "{\"score\": 9, \"person\": \"p1\", \"created_at\": 1713418460}\n"
            + "\r\n"
            + "{\"score\": \"10\", \"person\": \"p2\", \"created_at\": 1713418461}\r\n"
            + "{\"score\": 9.5}\n"
            + "{\"score\": null}\n"
            + "[1,2]\n"
            + "{broken\n"
            + "{\"score\": 1E+20}\n";
    List<SurveyResponse> seen = new ArrayList<>();
    NpsReport report =
        read(
            SurveyReader.builder().preset(SurveyPreset.DELIGHTED).onResponse(seen::add).build(),
            jsonl);
    assertThat(report.overall().promoters()).isEqualTo(2);
    assertThat(report.rejected().examples())
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(
            tuple(4L, RejectionReason.NOT_AN_INTEGER),
            tuple(5L, RejectionReason.BLANK),
            tuple(6L, RejectionReason.MALFORMED_RECORD),
            tuple(7L, RejectionReason.MALFORMED_RECORD),
            tuple(8L, RejectionReason.OUT_OF_RANGE));
    assertThat(seen).extracting(r -> r.respondentId().orElseThrow()).containsExactly("p1", "p2");
    assertThat(seen.get(0).submittedAt().orElseThrow().getEpochSecond()).isEqualTo(1713418460L);
  }

  @Test
  void namesSurveyMonkeyColumnsFromBothHeaderRows() {
    String csv =
        "Respondent ID,End Date,How likely?,Which?,\n"
            + ",,Response,Red,Blue\n"
            + "1,11/16/2026 10:15:32 AM,9,Red,\n";
    NpsReport report =
        read(
            SurveyReader.builder()
                .preset(SurveyPreset.SURVEYMONKEY)
                .scoreColumn("How likely?")
                .segmentColumns("Which? / Blue")
                .period(PeriodUnit.DAY)
                .build(),
            csv);
    assertThat(report.overall().promoters()).isEqualTo(1);
    assertThat(report.periods().get(0).period()).isEqualTo("2026-11-16");
  }

  @Test
  void refusesPeriodsWithoutATimestampColumn() {
    assertThatThrownBy(() -> SurveyReader.builder().scoreColumn("s").period(PeriodUnit.DAY).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("period DAY needs a timestampColumn, but none is set");
  }
}
