package org.recovery.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Signals hold counts from one and probabilities from zero to one, both ends included. */
class MonitorSignalBoundsTest {
  private static final VolumeKey KEY = VolumeKey.sku("KETTLE");
  private static final Instant AT = Instant.parse("2026-03-10T09:00:00Z");

  @Test
  void aVolumeAlertTakesTheEdgesOfEachRange() {
    assertThat(new VolumeAlert(KEY, AT, 1, 0.0, 0.0).observed()).isEqualTo(1);
    assertThat(new VolumeAlert(KEY, AT, 1, 0.0, 1.0).pValue()).isEqualTo(1.0);
  }

  @Test
  void aVolumeAlertRefusesValuesJustPastThem() {
    assertThatThrownBy(() -> new VolumeAlert(KEY, AT, 0, 1.0, 0.5))
        .hasMessage("observed must be >= 1 but was 0");
    assertThatThrownBy(() -> new VolumeAlert(KEY, AT, 1, -Double.MIN_VALUE, 0.5))
        .hasMessageStartingWith("expected must be >= 0");
    assertThatThrownBy(() -> new VolumeAlert(KEY, AT, 1, 1.0, Math.nextUp(1.0)))
        .hasMessageStartingWith("pValue must be between 0 and 1");
    assertThatThrownBy(() -> new VolumeAlert(KEY, AT, 1, 1.0, -Double.MIN_VALUE))
        .hasMessageStartingWith("pValue must be between 0 and 1");
  }

  @Test
  void aStopSaleRecommendationNeedsOneComplaintAndOneUnitSold() {
    assertThat(new StopSaleRecommendation("KETTLE", AT, 1, 1, 1.0).complaints()).isEqualTo(1);
    assertThatThrownBy(() -> new StopSaleRecommendation("KETTLE", AT, 0, 5, 0.0))
        .hasMessage("complaints and unitsSold must be >= 1 but were 0 and 5");
    assertThatThrownBy(() -> new StopSaleRecommendation("KETTLE", AT, 5, 0, 0.0))
        .hasMessage("complaints and unitsSold must be >= 1 but were 5 and 0");
  }
}
