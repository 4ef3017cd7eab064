package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsReport;

/**
 * Timestamps too far from 1970 for nanoseconds in a long still order duplicates: the far future
 * after the far past.
 */
class FarTimestampsTest {

  private static NpsReport read(String csv) {
    return SurveyReader.builder()
        .scoreColumn("score")
        .respondentColumn("id")
        .timestampColumn("at")
        .deduplicate(true)
        .build()
        .read(new StringReader(csv));
  }

  @Test
  void theFarFutureResponseIsKeptOverTheFarPastOneWhateverTheirOrder() {
    NpsReport futureFirst = read("id,at,score\na,2500-01-01,10\na,1500-01-01,0\n");
    NpsReport futureLast = read("id,at,score\na,1500-01-01,0\na,2500-01-01,10\n");

    assertThat(futureFirst.overall().promoters()).isEqualTo(1);
    assertThat(futureLast.overall().promoters()).isEqualTo(1);
    assertThat(futureFirst.duplicates()).isEqualTo(1);
  }
}
