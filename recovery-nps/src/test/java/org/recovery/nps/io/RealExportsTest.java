package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsReport;

class RealExportsTest {
  @Test
  void readsAThreeRowQualtricsHeader() {
    String csv =
        "StartDate,ResponseId,Q1\r\n"
            + "Start Date,Response ID,\"How likely,\nreally?\"\r\n"
            + "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\"\r\n"
            + "2017-07-18 08:28:09,R_1,9\r\n"
            + "2017-07-18 08:28:09,R_2,n/a\r\n";
    NpsReport report =
        SurveyReader.builder()
            .preset(SurveyPreset.QUALTRICS)
            .scoreColumn("Q1")
            .build()
            .read(new StringReader(csv));
    assertThat(report.overall().promoters()).isEqualTo(1);
    assertThat(report.rejected().examples().get(0).line()).isEqualTo(6);
    assertThat(report.overall().nps()).isCloseTo(100, within(1e-9));
  }
}
