package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;

/**
 * Files the parallel scan reads give the reference reader's answer for the settings it has to
 * honour cell by cell: scores it does not read in place, timestamp patterns, missing columns.
 */
class ParallelScanSettingsTest {
  @TempDir Path dir;

  private NpsReport both(SurveyReader reader, String csv) throws IOException {
    assertThat(reader.scansInParallel()).isTrue();
    Path file = Files.writeString(dir.resolve("export.csv"), csv);
    NpsReport reference = reader.read(new StringReader(csv));
    assertThat(ParallelCsvRead.read(reader, file, 1 << 20, 64)).contains(reference);
    assertThat(reader.read(file)).isEqualTo(reference);
    return reference;
  }

  @Test
  void aZeroWrittenWithAFractionOrSpacesIsADetractor() throws IOException {
    NpsReport report =
        both(SurveyReader.builder().scoreColumn("score").build(), "score,c\n0.0,a\n 0 ,b\n10,c\n");
    assertThat(report.overall().detractors()).isEqualTo(2);
    assertThat(report.overall().promoters()).isEqualTo(1);
  }

  @Test
  void timestampsOfAPatternArePlacedInTheirPeriod() throws IOException {
    SurveyReader reader =
        SurveyReader.builder()
            .scoreColumn("score")
            .timestampColumn("at")
            .timestampFormat(TimestampFormat.pattern("dd/MM/yyyy"))
            .period(PeriodUnit.MONTH)
            .build();
    NpsReport report = both(reader, "at,score\n03/05/2026,10\n04/06/2026,0\n");
    assertThat(report.periods()).hasSize(2);
    assertThat(report.rejected().count()).isZero();
  }

  @Test
  void aMissingRespondentColumnIsReportedAsTheReferenceReaderReportsIt() throws IOException {
    SurveyReader reader =
        SurveyReader.builder().scoreColumn("score").respondentColumn("id").build();
    Path file = Files.writeString(dir.resolve("export.csv"), "score\n9\n");
    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("respondent column \"id\" not found");
  }
}
