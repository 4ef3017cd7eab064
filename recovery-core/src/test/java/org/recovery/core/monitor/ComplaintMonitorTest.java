package org.recovery.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recovery.core.Cause;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.OrderLine;
import org.recovery.core.action.StopSaleReview;

class ComplaintMonitorTest {
  private static final Customer CUSTOMER =
      Customer.of("c-1", "Ana Ruiz", "ana@example.com", Locale.forLanguageTag("es-ES"));

  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
  private int ids;

  private Complaint complaint(Instant at, IssueKind kind, String sku, String lot) {
    return Complaint.builder()
        .id("m-" + ids++)
        .customer(CUSTOMER)
        .receivedAt(at)
        .kind(kind)
        .cause(Cause.PRODUCT_DEFECT)
        .line(OrderLine.of(sku, "Kettle", lot, 1, Money.of("30.00", "USD")))
        .build();
  }

  /** Feeds one DAMAGED complaint a day about KETTLE lot A for the given number of days. */
  private List<MonitorSignal> steady(ComplaintMonitor monitor, int days) {
    var signals = new ArrayList<MonitorSignal>();
    for (int d = 0; d < days; d++) {
      signals.addAll(
          monitor.observe(
              complaint(T0.plus(Duration.ofDays(d)), IssueKind.DAMAGED, "KETTLE", "A")));
    }
    return signals;
  }

  @Test
  void steadyVolumeRaisesNoAlert() {
    ComplaintMonitor monitor = ComplaintMonitor.defaults();

    assertThat(steady(monitor, 60)).isEmpty();
    assertThat(monitor.inWindow(VolumeKey.sku("KETTLE"))).isEqualTo(7);
  }

  @Test
  void spikeAboveTheBaselineRaisesOneAlertPerKey() {
    ComplaintMonitor monitor = ComplaintMonitor.defaults();
    steady(monitor, 60);
    Instant spike = T0.plus(Duration.ofDays(60));

    var signals = new ArrayList<MonitorSignal>();
    for (int i = 0; i < 12; i++) {
      signals.addAll(
          monitor.observe(complaint(spike.plusSeconds(60L * i), IssueKind.DAMAGED, "KETTLE", "B")));
    }

    assertThat(signals)
        .filteredOn(s -> s instanceof VolumeAlert)
        .extracting(s -> ((VolumeAlert) s).key())
        .containsExactlyInAnyOrder(
            VolumeKey.kind(IssueKind.DAMAGED),
            VolumeKey.sku("KETTLE"),
            VolumeKey.lot("KETTLE", "B"));
    VolumeAlert sku =
        signals.stream()
            .map(VolumeAlert.class::cast)
            .filter(a -> a.key().equals(VolumeKey.sku("KETTLE")))
            .findFirst()
            .orElseThrow();
    assertThat(sku.expected()).isCloseTo(7.0, within(0.5));
    assertThat(sku.pValue()).isLessThanOrEqualTo(0.001);
    assertThat(sku.observed()).isGreaterThan(7);
  }

  @Test
  void newLotWithFiveComplaintsInADayIsFlaggedAgainstTheFloor() {
    ComplaintMonitor monitor = ComplaintMonitor.defaults();

    var signals = new ArrayList<MonitorSignal>();
    for (int i = 0; i < 5; i++) {
      signals.addAll(
          monitor.observe(
              complaint(T0.plusSeconds(600L * i), IssueKind.POOR_QUALITY, "TOASTER", "Z9")));
    }

    // no baseline yet: the day's 5 complaints against the floor of 0.1, P(N >= 5 | 0.1) ~ 8e-8
    assertThat(signals)
        .filteredOn(s -> s instanceof VolumeAlert)
        .extracting(s -> ((VolumeAlert) s).key())
        .contains(VolumeKey.lot("TOASTER", "Z9"));
    assertThat(signals.get(0).at()).isEqualTo(T0.plusSeconds(2400));
  }

  @Test
  void fourComplaintsAreBelowTheMinimumCount() {
    ComplaintMonitor monitor = ComplaintMonitor.defaults();

    var signals = new ArrayList<MonitorSignal>();
    for (int i = 0; i < 4; i++) {
      signals.addAll(
          monitor.observe(
              complaint(T0.plusSeconds(600L * i), IssueKind.POOR_QUALITY, "TOASTER", "Z9")));
    }

    assertThat(signals).isEmpty();
  }

  @Test
  void windowSlidesAndOldComplaintsLeaveIt() {
    ComplaintMonitor monitor = ComplaintMonitor.defaults();
    monitor.observe(complaint(T0, IssueKind.DAMAGED, "KETTLE", "A"));
    monitor.observe(complaint(T0.plus(Duration.ofDays(3)), IssueKind.DAMAGED, "KETTLE", "A"));

    monitor.observe(complaint(T0.plus(Duration.ofDays(8)), IssueKind.DAMAGED, "KETTLE", "A"));

    assertThat(monitor.inWindow(VolumeKey.sku("KETTLE"))).isEqualTo(2);
    monitor.observe(complaint(T0.plus(Duration.ofDays(400)), IssueKind.DAMAGED, "KETTLE", "A"));
    assertThat(monitor.inWindow(VolumeKey.sku("KETTLE"))).isEqualTo(1);
  }

  @Test
  void stopSaleIsRecommendedOnceWhenTheRatePerUnitSoldPassesTheThreshold() {
    ComplaintMonitor monitor = ComplaintMonitor.defaults();
    monitor.recordUnitsSold("KETTLE", 250);

    var signals = new ArrayList<MonitorSignal>();
    for (int i = 0; i < 8; i++) {
      signals.addAll(
          monitor.observe(
              complaint(T0.plus(Duration.ofDays(3L * i)), IssueKind.DAMAGED, "KETTLE", "A")));
    }

    // 5 complaints per 250 units is exactly 2%
    assertThat(signals)
        .filteredOn(s -> s instanceof StopSaleRecommendation)
        .containsExactly(
            new StopSaleRecommendation("KETTLE", T0.plus(Duration.ofDays(12)), 5, 250, 0.02));
    assertThat(
            ((StopSaleRecommendation)
                    signals.stream()
                        .filter(s -> s instanceof StopSaleRecommendation)
                        .findFirst()
                        .orElseThrow())
                .toAction())
        .isEqualTo(new StopSaleReview("KETTLE", "5 complaints per 250 units sold (2.0%)"));
  }

  @Test
  void complaintsThatAreNotProductFaultsDoNotCountTowardsStopSale() {
    ComplaintMonitor monitor =
        ComplaintMonitor.builder().stopSaleKinds(Set.of(IssueKind.POOR_QUALITY)).build();
    monitor.recordUnitsSold("KETTLE", 10);

    var signals = new ArrayList<MonitorSignal>();
    for (int i = 0; i < 8; i++) {
      signals.addAll(
          monitor.observe(
              complaint(T0.plus(Duration.ofDays(3L * i)), IssueKind.LATE_DELIVERY, "KETTLE", "A")));
    }

    assertThat(signals).noneMatch(s -> s instanceof StopSaleRecommendation);
  }

  @Test
  void productWithoutUnitsSoldGetsNoStopSaleRecommendation() {
    ComplaintMonitor monitor = ComplaintMonitor.defaults();

    var signals = new ArrayList<MonitorSignal>();
    for (int i = 0; i < 20; i++) {
      signals.addAll(
          monitor.observe(
              complaint(T0.plus(Duration.ofDays(3L * i)), IssueKind.DAMAGED, "KETTLE", "A")));
    }

    assertThat(signals).noneMatch(s -> s instanceof StopSaleRecommendation);
  }

  @Test
  void memoryIsBoundedByKeysNotComplaints() {
    ComplaintMonitor monitor = ComplaintMonitor.defaults();

    steady(monitor, 2_000);

    assertThat(monitor.trackedKeys()).isEqualTo(3);
  }

  @Test
  void keysBeyondTheLimitAreCountedNotSilentlyDropped() {
    ComplaintMonitor monitor = ComplaintMonitor.builder().maxKeys(3).build();
    monitor.observe(complaint(T0, IssueKind.DAMAGED, "KETTLE", "A"));

    monitor.observe(complaint(T0.plusSeconds(1), IssueKind.DAMAGED, "TOASTER", "B"));

    assertThat(monitor.trackedKeys()).isEqualTo(3);
    assertThat(monitor.untrackedKeys()).isEqualTo(2);
  }

  @Test
  void complaintsOutOfTimeOrderAreRefusedWithBothInstants() {
    ComplaintMonitor monitor = ComplaintMonitor.defaults();
    monitor.observe(complaint(T0.plusSeconds(60), IssueKind.DAMAGED, "KETTLE", "A"));

    assertThatThrownBy(() -> monitor.observe(complaint(T0, IssueKind.DAMAGED, "KETTLE", "A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "complaint m-1 was received at 2026-01-01T10:00:00Z, before the previous complaint at"
                + " 2026-01-01T10:01:00Z: feed complaints in time order");
  }

  @Test
  void badSettingsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> ComplaintMonitor.builder().alpha(0))
        .hasMessage("alpha must be between 0 and 1 but was 0.0");
    assertThatThrownBy(() -> ComplaintMonitor.builder().halfLife(Duration.ofHours(1)).build())
        .hasMessage("halfLife must be >= bucket (PT24H) but was PT1H");
  }

  @Test
  void eightThreadsFeedingOneMonitorLoseNoComplaint() throws Exception {
    ComplaintMonitor monitor = ComplaintMonitor.builder().minCount(1_000_000).build();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      var futures = new ArrayList<java.util.concurrent.Future<?>>();
      for (int t = 0; t < 8; t++) {
        String sku = "SKU-" + t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 500; i++) {
                    monitor.observe(
                        Complaint.builder()
                            .id(sku + "-" + i)
                            .customer(CUSTOMER)
                            .receivedAt(T0)
                            .kind(IssueKind.DAMAGED)
                            .cause(Cause.PRODUCT_DEFECT)
                            .line(OrderLine.of(sku, "Kettle", "A", 1, Money.of("30.00", "USD")))
                            .build());
                  }
                  return null;
                }));
      }
      start.countDown();
      for (var f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(monitor.inWindow(VolumeKey.kind(IssueKind.DAMAGED))).isEqualTo(4_000);
    for (int t = 0; t < 8; t++) {
      assertThat(monitor.inWindow(VolumeKey.sku("SKU-" + t))).isEqualTo(500);
    }
    assertThat(monitor.trackedKeys()).isEqualTo(17);
  }
}
