package org.recovery.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code recovery demo}: the whole story on sample data shipped in the jar. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run the whole story on sample data shipped in the jar: six complaints (broken item,",
      "wrong size, usage difficulty, poor quality, a customer's third incident, an angry",
      "one-star review), their plans and letters, then the NPS report of a 2,000-row survey",
      "export with its recovery-impact table."
    })
final class DemoCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnusableInputException(
        "demo needs the policy engine, the letters and recovery-nps, which this build does not"
            + " include yet");
  }
}
