package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

  private final StringWriter text = new StringWriter();
  private final AtomicLong clock = new AtomicLong(1_000_000_000L);

  @Test
  void showsBytesThroughputAndPercentOnOneRewrittenLine() {
    var meter = new ProgressMeter(new PrintWriter(text), 200_000_000L, clock::get);

    clock.addAndGet(2_000_000_000L);
    meter.update(50_000_000L);

    assertThat(text.toString()).isEqualTo("\r50.0 MB  25.0 MB/s  25%  ");
  }

  @Test
  void updatesAtMostFourTimesASecond() {
    var meter = new ProgressMeter(new PrintWriter(text), 100_000_000, clock::get);

    clock.addAndGet(300_000_000L);
    meter.update(10_000_000);
    clock.addAndGet(100_000_000L);
    meter.update(20_000_000);

    assertThat(text.toString()).contains("\r10.0 MB ").doesNotContain("20.0 MB");
  }

  @Test
  void leavesNothingBehindWhenTheReadWasTooQuickToShow() {
    var meter = new ProgressMeter(new PrintWriter(text), 100, clock::get);

    meter.update(100);
    meter.finish();

    assertThat(text.toString()).isEmpty();
  }
}
