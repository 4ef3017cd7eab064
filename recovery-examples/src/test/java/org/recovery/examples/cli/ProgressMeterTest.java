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
  void showsRowsThroughputAndPercentOnOneRewrittenLine() {
    var meter = new ProgressMeter(new PrintWriter(text), 200_000_000L, clock::get);

    clock.addAndGet(2_000_000_000L);
    meter.update(50_000_000L, 123_456);

    assertThat(text.toString()).isEqualTo("\r123,456 rows  25.0 MB/s  25%  ");
  }

  @Test
  void updatesAtMostFourTimesASecond() {
    var meter = new ProgressMeter(new PrintWriter(text), 100, clock::get);

    clock.addAndGet(300_000_000L);
    meter.update(10, 1);
    clock.addAndGet(100_000_000L);
    meter.update(20, 2);

    assertThat(text.toString()).contains("1 rows").doesNotContain("2 rows");
  }

  @Test
  void leavesNothingBehindWhenTheReadWasTooQuickToShow() {
    var meter = new ProgressMeter(new PrintWriter(text), 100, clock::get);

    meter.update(100, 10);
    meter.finish();

    assertThat(text.toString()).isEmpty();
  }
}
