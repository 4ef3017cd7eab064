package org.recovery.core.monitor;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Each monitor setting is accepted up to its bound, inclusive, and refused just past it by name.
 */
class ComplaintMonitorBuilderTest {

  @Test
  void bucketsAreWholePositiveSeconds() {
    assertThatCode(() -> ComplaintMonitor.builder().bucket(Duration.ofSeconds(1)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ComplaintMonitor.builder().bucket(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bucket");
    assertThatThrownBy(() -> ComplaintMonitor.builder().bucket(Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bucket");
  }

  @Test
  void windowsHoldOneToAThousandBuckets() {
    assertThatCode(() -> ComplaintMonitor.builder().windowBuckets(1)).doesNotThrowAnyException();
    assertThatCode(() -> ComplaintMonitor.builder().windowBuckets(1_000))
        .doesNotThrowAnyException();
    for (int refused : new int[] {0, 1_001}) {
      assertThatThrownBy(() -> ComplaintMonitor.builder().windowBuckets(refused))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("windowBuckets")
          .hasMessageContaining(Integer.toString(refused));
    }
  }

  @Test
  void theFloorIsAnyFinitePositiveNumber() {
    assertThatCode(() -> ComplaintMonitor.builder().floor(Double.MIN_VALUE))
        .doesNotThrowAnyException();
    for (double refused : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> ComplaintMonitor.builder().floor(refused))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("floor must be > 0");
    }
  }

  @Test
  void alphaLiesStrictlyBetweenZeroAndOne() {
    assertThatCode(() -> ComplaintMonitor.builder().alpha(Double.MIN_VALUE))
        .doesNotThrowAnyException();
    assertThatCode(() -> ComplaintMonitor.builder().alpha(Math.nextDown(1.0)))
        .doesNotThrowAnyException();
    for (double refused : new double[] {0.0, 1.0, Double.NaN}) {
      assertThatThrownBy(() -> ComplaintMonitor.builder().alpha(refused))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("alpha must be between 0 and 1");
    }
  }

  @Test
  void theStopSaleRateLiesAboveZeroUpToOne() {
    assertThatCode(() -> ComplaintMonitor.builder().stopSaleRate(1.0)).doesNotThrowAnyException();
    assertThatCode(() -> ComplaintMonitor.builder().stopSaleRate(Double.MIN_VALUE))
        .doesNotThrowAnyException();
    for (double refused : new double[] {0.0, Math.nextUp(1.0), Double.NaN}) {
      assertThatThrownBy(() -> ComplaintMonitor.builder().stopSaleRate(refused))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("stopSaleRate must be in (0, 1]");
    }
  }

  @Test
  void countsStartAtOne() {
    assertThatCode(
            () ->
                ComplaintMonitor.builder().minCount(1).stopSaleMinComplaints(1).maxKeys(1).build())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ComplaintMonitor.builder().minCount(0))
        .hasMessage("minCount must be >= 1 but was 0");
    assertThatThrownBy(() -> ComplaintMonitor.builder().stopSaleMinComplaints(0))
        .hasMessage("stopSaleMinComplaints must be >= 1 but was 0");
    assertThatThrownBy(() -> ComplaintMonitor.builder().maxKeys(0))
        .hasMessage("maxKeys must be >= 1 but was 0");
  }

  @Test
  void theHalfLifeMayEqualTheBucketButNotBeShorter() {
    Duration bucket = Duration.ofHours(1);
    assertThatCode(() -> ComplaintMonitor.builder().bucket(bucket).halfLife(bucket).build())
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                ComplaintMonitor.builder().bucket(bucket).halfLife(bucket.minusSeconds(1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("halfLife");
  }
}
