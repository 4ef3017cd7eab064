package org.recovery.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code recovery decide}: prints the recovery plan for a complaint, as JSON. */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Decide what to do about a complaint and print the plan as JSON:",
      "actions, respond-by deadline, tone, ownership, goodwill, account status and reasons."
    })
final class DecideCommand implements Callable<Integer> {

  @Mixin DecisionOptions decision = new DecisionOptions();

  @Override
  public Integer call() {
    throw new UnusableInputException(
        "decide needs the policy engine and the JSON contract of recovery-core, which this build"
            + " does not include yet");
  }
}
