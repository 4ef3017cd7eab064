package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderInspectionTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static SurveyReader reader(SurveyPreset preset) {
    return SurveyReader.builder().preset(preset).scoreColumn("score").build();
  }

  @Test
  void genericNamesAreTrimmedWithoutTheByteOrderMark() throws IOException {
    Path export = file("e.csv", "\uFEFF id ,\"How likely, 0-10?\",\tcountry \r\n1,9,US\r\n");

    SurveyHeader header = reader(SurveyPreset.GENERIC).header(export);

    assertThat(header.names()).containsExactly("id", "How likely, 0-10?", "country");
    assertThat(header.rows()).containsExactly(List.of("id", "How likely, 0-10?", "country"));
  }

  @Test
  void surveyMonkeyNamesMergeTheQuestionWithItsAnswerLabels() throws IOException {
    Path export =
        file(
            "monkey.csv",
            "Respondent ID,How likely are you to recommend us?,Which features?,\n"
                + ",Response,Search,Export\n"
                + "1,9,Search,\n");

    SurveyHeader header = reader(SurveyPreset.SURVEYMONKEY).header(export);

    assertThat(header.names())
        .containsExactly(
            "Respondent ID",
            "How likely are you to recommend us?",
            "Which features?",
            "Which features? / Export");
    assertThat(header.rows()).hasSize(2);
  }

  @Test
  void qualtricsNamesAreTheExportTagsWithTheQuestionTextInRowTwo() {
    Path export = write("qualtrics.csv", ExportFixtures.qualtrics());

    SurveyHeader header = reader(SurveyPreset.QUALTRICS).header(export);

    assertThat(header.rows()).hasSize(3);
    assertThat(header.names()).isEqualTo(header.rows().get(0)).contains("ResponseId");
  }

  @Test
  void qualtricsLegacyNamesAreTheFirstOfTwoRows() {
    Path export = write("legacy.csv", ExportFixtures.qualtricsLegacy());

    SurveyHeader header = reader(SurveyPreset.QUALTRICS_LEGACY).header(export);

    assertThat(header.rows()).hasSize(2);
    assertThat(header.names()).startsWith("V1").isEqualTo(header.rows().get(0));
  }

  @Test
  void typeformHasOneHeaderRow() throws IOException {
    Path export = file("typeform.csv", "#,NPS,Submit Date (UTC)\nabc,9,2026-11-16 09:00:00\n");

    SurveyHeader header = reader(SurveyPreset.TYPEFORM).header(export);

    assertThat(header.names()).containsExactly("#", "NPS", "Submit Date (UTC)");
    assertThat(header.rows()).hasSize(1);
  }

  @Test
  void delightedNamesAreTheKeysOfTheFirstObject() throws IOException {
    Path export =
        file("delighted.jsonl", "\n{\"person\": \"p1\", \"score\": 9, \"created_at\": 1}\n");

    SurveyHeader header = reader(SurveyPreset.DELIGHTED).header(export);

    assertThat(header.names()).containsExactly("person", "score", "created_at");
    assertThat(header.rows()).containsExactly(List.of("person", "score", "created_at"));
  }

  @Test
  void tooFewHeaderRecordsIsAFormatError() throws IOException {
    Path export = file("short.csv", "Respondent ID,NPS\n");

    assertThatThrownBy(() -> reader(SurveyPreset.SURVEYMONKEY).header(export))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage("the export has 1 record(s) but needs 2 header row(s) before the data");
  }

  @Test
  void aJsonLinesExportThatDoesNotStartWithAnObjectIsAFormatError() throws IOException {
    Path export = file("bad.jsonl", "[1, 2]\n");

    assertThatThrownBy(() -> reader(SurveyPreset.DELIGHTED).header(export))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage("expected a JSON object on line 1 to name the columns but found \"[1, 2]\"");
  }

  private Path write(String name, String text) {
    try {
      return file(name, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
