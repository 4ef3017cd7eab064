package org.recovery.examples.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code recovery decide}: prints the recovery plan for a complaint, as JSON. */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Decide what to do about a complaint; print the plan as JSON.",
    description = {
      "Decide what to do about a complaint and print the plan as JSON:",
      "actions, respond-by deadline, tone, ownership, goodwill, account status and reasons."
    })
final class DecideCommand implements Callable<Integer> {

  @Mixin DecisionOptions decision = new DecisionOptions();

  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    var out = Objects.requireNonNull(spec, "spec").commandLine().getOut();
    out.print(decision.decide().planJson());
    return RecoveryCommand.OK;
  }
}
