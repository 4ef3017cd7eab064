package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recovery.core.action.AccountFix;
import org.recovery.core.action.Credit;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.ProcessFix;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.action.Refund;

class RecoveryPlanTest {

  private static final Instant T = Instant.parse("2026-11-21T10:15:00Z");
  private static final List<Reason> REASONS =
      List.of(new Reason("remedy.damaged.replace", "A damaged item is replaced at once."));

  private static RecoveryPlan plan(List<RecoveryAction> actions, double goodwill, List<Reason> r) {
    return new RecoveryPlan(
        "c-1", actions, T, Tone.FRIENDLY_FIX, List.of(), goodwill, AccountStatus.GREEN, r);
  }

  @Test
  void goodwillMustBeBetweenZeroAndOne() {
    assertThat(plan(List.of(), 0.0, REASONS).goodwill()).isZero();
    assertThat(plan(List.of(), 1.0, REASONS).goodwill()).isEqualTo(1.0);
    assertThatThrownBy(() -> plan(List.of(), 1.5, REASONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goodwill must be between 0 and 1 but was 1.5");
    assertThatThrownBy(() -> plan(List.of(), -0.1, REASONS))
        .hasMessage("goodwill must be between 0 and 1 but was -0.1");
    assertThatThrownBy(() -> plan(List.of(), Double.NaN, REASONS))
        .hasMessage("goodwill must be between 0 and 1 but was NaN");
  }

  @Test
  void everyPlanExplainsItself() {
    assertThatThrownBy(() -> plan(List.of(), 0.5, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reasons must name every rule that shaped the plan but was empty");
  }

  @Test
  void complaintIdMustNotBeBlank() {
    assertThatThrownBy(
            () ->
                new RecoveryPlan(
                    "",
                    List.of(),
                    T,
                    Tone.FRIENDLY_FIX,
                    List.of(),
                    0.5,
                    AccountStatus.GREEN,
                    REASONS))
        .hasMessage("complaintId must not be blank but was \"\"");
  }

  @Test
  void listsAreCopied() {
    var actions = new ArrayList<RecoveryAction>();
    actions.add(new AccountFix(AccountFix.Change.UNSUBSCRIBE));
    RecoveryPlan p = plan(actions, 0.5, REASONS);

    actions.clear();

    assertThat(p.actions()).hasSize(1);
    assertThatThrownBy(() -> p.actions().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void actionsOfPicksOneKindInPlanOrder() {
    Refund first = new Refund(Money.of("1.00", "USD"), List.of());
    Refund second = new Refund(Money.of("2.00", "USD"), List.of("GP"));
    RecoveryPlan p =
        plan(List.of(first, new FollowUp(T, FollowUp.Why.CONFIRM_RESOLVED), second), 0.5, REASONS);

    assertThat(p.actionsOf(Refund.class)).containsExactly(first, second);
    assertThat(p.actionsOf(Credit.class)).isEmpty();
  }

  @Test
  void reasonNeedsARuleAndAText() {
    assertThatThrownBy(() -> new Reason(" ", "text"))
        .hasMessage("rule must not be blank but was \" \"");
    assertThatThrownBy(() -> new Reason("rule", ""))
        .hasMessage("text must not be blank but was \"\"");
  }

  @Test
  void ownershipParametersAreSortedAndImmutable() {
    OwnershipStatement s =
        new OwnershipStatement(OwnershipKey.ROOT_CAUSE_FIX, Map.of("z", "1", "a", "2"));

    assertThat(s.parameters().keySet()).containsExactly("a", "z");
    assertThatThrownBy(() -> s.parameters().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(OwnershipStatement.of(OwnershipKey.PERSONAL_OWNER, "owner", "Sam").parameters())
        .containsExactly(Map.entry("owner", "Sam"));
    assertThat(OwnershipStatement.of(OwnershipKey.WE_GOT_IT_WRONG).parameters()).isEmpty();
  }

  @Test
  void optionalSkuOfAProcessFixMayBeAbsent() {
    assertThat(new ProcessFix(ProcessFix.Area.SIZE_CHART, Optional.empty()).sku()).isEmpty();
  }
}
