package org.recovery.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.action.Refund;
import org.recovery.core.internal.NonBlank;

/**
 * What to do about a complaint: the actions in order, when to respond by, the tone, the ownership
 * statements to make, the goodwill outlook, the account status and every reason that shaped it.
 * Immutable and thread-safe.
 *
 * @param complaintId the complaint this plan answers; not blank
 * @param actions what to do, in order
 * @param respondBy when the customer must have heard from us
 * @param tone the voice of the reply
 * @param ownership the statements of ownership the reply makes
 * @param goodwill the outlook for the relationship after recovery, from 0 (lost) to 1 (stronger
 *     than before)
 * @param accountStatus the health of the account after this complaint
 * @param reasons every rule that shaped the plan; never empty
 */
public record RecoveryPlan(
    String complaintId,
    List<RecoveryAction> actions,
    Instant respondBy,
    Tone tone,
    List<OwnershipStatement> ownership,
    double goodwill,
    AccountStatus accountStatus,
    List<Reason> reasons) {

  /**
   * Validates the plan and copies its lists.
   *
   * @param complaintId the complaint this plan answers; not blank
   * @param actions what to do, in order
   * @param respondBy when the customer must have heard from us
   * @param tone the voice of the reply
   * @param ownership the statements of ownership the reply makes
   * @param goodwill the outlook for the relationship after recovery, from 0 (lost) to 1 (stronger
   *     than before)
   * @param accountStatus the health of the account after this complaint
   * @param reasons every rule that shaped the plan; never empty
   * @throws IllegalArgumentException if goodwill is outside [0, 1] or there are no reasons
   */
  public RecoveryPlan {
    NonBlank.require(complaintId, "complaintId");
    actions = PlanList.immutable(actions);
    Objects.requireNonNull(respondBy, "respondBy");
    Objects.requireNonNull(tone, "tone");
    ownership = PlanList.immutable(ownership);
    if (!(goodwill >= 0.0 && goodwill <= 1.0)) {
      throw new IllegalArgumentException("goodwill must be between 0 and 1 but was " + goodwill);
    }
    Objects.requireNonNull(accountStatus, "accountStatus");
    reasons = PlanList.immutable(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException(
          "reasons must name every rule that shaped the plan but was empty");
    }
  }

  /**
   * Returns the actions of one kind, in plan order.
   *
   * @param type the action class, e.g. {@code Refund.class}
   * @param <T> the action type
   * @return the matching actions
   */
  public <T extends RecoveryAction> List<T> actionsOf(Class<T> type) {
    return actions.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Returns the money refunded on trust, without any return or proof: the sum of the plan's
   * refunds. Every refund is granted this way, so this is what the business risks on the customer's
   * word.
   *
   * @return the total of the refunds, or empty when the plan refunds nothing
   * @throws IllegalArgumentException if refunds are in different currencies
   */
  public Optional<Money> grantedOnTrust() {
    @Nullable Money total = null;
    for (RecoveryAction action : actions) {
      if (action instanceof Refund refund) {
        total = total == null ? refund.amount() : total.plus(refund.amount());
      }
    }
    return Optional.ofNullable(total);
  }
}
