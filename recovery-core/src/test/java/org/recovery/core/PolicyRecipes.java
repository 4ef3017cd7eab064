package org.recovery.core;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.recovery.core.action.Guidance;

/**
 * QuickTheories generators of policy settings: a recipe is a list of builder calls that together
 * keep the rules {@link RecoveryPolicyBuilder#build()} checks, so every recipe builds. Each group
 * of settings is either left at its defaults or set as a whole, so defaults and changes mix.
 */
public final class PolicyRecipes {
  private PolicyRecipes() {}

  /**
   * One builder call, printed as {@code name=value} when a property fails.
   *
   * @param name the setter
   * @param value its argument
   * @param apply the call
   */
  public record Step(String name, Object value, Consumer<RecoveryPolicyBuilder> apply) {
    @Override
    public String toString() {
      return name + "=" + value;
    }
  }

  /**
   * A list of builder calls.
   *
   * @param steps the calls, applied in order
   */
  public record Recipe(List<Step> steps) {
    /**
     * Applies every call to a new builder and builds.
     *
     * @return the policy
     */
    public RecoveryPolicy build() {
      var b = RecoveryPolicy.builder();
      for (Step step : steps) {
        step.apply().accept(b);
      }
      return b.build();
    }

    @Override
    public String toString() {
      return steps.toString();
    }
  }

  /** Recipes that touch every group of settings, each with probability one half. */
  public static Gen<Recipe> recipes() {
    return in -> {
      var steps = new ArrayList<Step>();
      if (coin(in)) {
        for (IssueKind kind : IssueKind.values()) {
          if (coin(in)) {
            Remedy r = Generate.enumValues(Remedy.class).generate(in);
            steps.add(new Step("remedy[" + kind + "]", r, b -> b.remedy(kind, r)));
          }
        }
      }
      if (coin(in)) {
        repeats(in, steps);
      }
      if (coin(in)) {
        add(steps, "firstFailureGoodwill", fraction(in), (b, v) -> b.firstFailureGoodwill(v));
        add(steps, "repeatDecay", fraction(in), (b, v) -> b.repeatDecay(v));
        add(steps, "sameKindDecay", fraction(in), (b, v) -> b.sameKindDecay(v));
        add(steps, "recentDecay", fraction(in), (b, v) -> b.recentDecay(v));
      }
      if (coin(in)) {
        int serious = integers().between(0, 40).generate(in);
        int repeat = integers().between(Math.max(1, serious), 70).generate(in);
        int escalated = integers().between(repeat, 100).generate(in);
        add(steps, "seriousFirstCreditPercent", serious, (b, v) -> b.seriousFirstCreditPercent(v));
        add(steps, "repeatCreditPercent", repeat, (b, v) -> b.repeatCreditPercent(v));
        add(steps, "escalatedCreditPercent", escalated, (b, v) -> b.escalatedCreditPercent(v));
        add(steps, "creditValidFor", duration(in), (b, v) -> b.creditValidFor(v));
      }
      if (coin(in)) {
        refunds(in, steps);
      }
      if (coin(in)) {
        add(steps, "shipWithin", duration(in), (b, v) -> b.shipWithin(v));
        add(steps, "guidanceFollowUpAfter", duration(in), (b, v) -> b.guidanceFollowUpAfter(v));
        add(steps, "arrivalFollowUpAfter", duration(in), (b, v) -> b.arrivalFollowUpAfter(v));
        Guidance.Fallback fallback = Generate.enumValues(Guidance.Fallback.class).generate(in);
        add(steps, "guidanceFallback", fallback, (b, v) -> b.guidanceFallback(v));
        add(steps, "askForItemBack", coin(in), (b, v) -> b.askForItemBack(v));
        add(steps, "investigateLots", coin(in), (b, v) -> b.investigateLots(v));
      }
      if (coin(in)) {
        add(steps, "staffConductOwner", name(in), (b, v) -> b.staffConductOwner(v));
        add(steps, "severeHarmOwner", name(in), (b, v) -> b.severeHarmOwner(v));
        add(steps, "publicComplaintOwner", name(in), (b, v) -> b.publicComplaintOwner(v));
      }
      if (coin(in)) {
        respondBy(in, steps);
      }
      return new Recipe(List.copyOf(steps));
    };
  }

  private static void repeats(RandomnessSource in, List<Step> steps) {
    Duration window = duration(in);
    Duration recent = Duration.ofSeconds(longs().between(1, window.getSeconds()).generate(in));
    int formal = integers().between(1, 4).generate(in);
    int escalate = integers().between(formal, formal + 3).generate(in);
    add(steps, "repeatWindow", window, (b, v) -> b.repeatWindow(v));
    add(steps, "recentWithin", recent, (b, v) -> b.recentWithin(v));
    add(steps, "formalAfter", formal, (b, v) -> b.formalAfter(v));
    add(steps, "escalateAfter", escalate, (b, v) -> b.escalateAfter(v));
    add(steps, "accountOwner", name(in), (b, v) -> b.accountOwner(v));
    add(steps, "escalationWithin", duration(in), (b, v) -> b.escalationWithin(v));
  }

  private static void refunds(RandomnessSource in, List<Step> steps) {
    Money limit = DomainGenerators.nonNegativeMoney().generate(in);
    Money total = DomainGenerators.nonNegativeMoney().generate(in);
    add(steps, "autoApproveLimit", limit, (b, v) -> b.autoApproveLimit(v));
    add(steps, "approver", name(in), (b, v) -> b.approver(v));
    add(steps, "approvalWithin", duration(in), (b, v) -> b.approvalWithin(v));
    add(
        steps,
        "abuseRefundCount",
        integers().between(0, 20).generate(in),
        (b, v) -> b.abuseRefundCount(v));
    add(steps, "abuseRefundTotal", total, (b, v) -> b.abuseRefundTotal(v));
    add(steps, "abuseReviewer", name(in), (b, v) -> b.abuseReviewer(v));
    add(steps, "abuseReviewWithin", duration(in), (b, v) -> b.abuseReviewWithin(v));
  }

  private static void respondBy(RandomnessSource in, List<Step> steps) {
    add(steps, "publicLowRatingWithin", duration(in), (b, v) -> b.publicLowRatingWithin(v));
    add(steps, "topPriorityWithin", duration(in), (b, v) -> b.topPriorityWithin(v));
    int cells = integers().between(1, 4).generate(in);
    for (int i = 0; i < cells; i++) {
      Channel c = Generate.enumValues(Channel.class).generate(in);
      Severity s = Generate.enumValues(Severity.class).generate(in);
      Mood m = Generate.enumValues(Mood.class).generate(in);
      Duration within = duration(in);
      steps.add(
          new Step(
              "respondWithin[" + c + "][" + s + "][" + m + "]",
              within,
              b -> b.respondWithin(c, s, m, within)));
    }
  }

  private interface Setter<T> {
    void set(RecoveryPolicyBuilder b, T value);
  }

  private static <T> void add(List<Step> steps, String name, T value, Setter<T> setter) {
    steps.add(new Step(name, value, b -> setter.set(b, value)));
  }

  private static boolean coin(RandomnessSource in) {
    return booleans().all().generate(in);
  }

  private static double fraction(RandomnessSource in) {
    return doubles().between(0.0, 1.0).generate(in);
  }

  /** A positive duration of a second to a little over a year, in whole seconds. */
  private static Duration duration(RandomnessSource in) {
    return Duration.ofSeconds(longs().between(1, 400L * 86_400).generate(in));
  }

  private static String name(RandomnessSource in) {
    return DomainGenerators.names().generate(in);
  }
}
