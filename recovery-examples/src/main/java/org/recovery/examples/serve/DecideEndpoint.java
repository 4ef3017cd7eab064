package org.recovery.examples.serve;

import java.util.List;
import org.recovery.core.RecoveryPolicy;
import org.recovery.examples.cli.Decision;

/** {@code POST /v1/decide}: the plan, byte for byte as {@code recovery decide} prints it. */
final class DecideEndpoint implements Endpoint {

  private final RecoveryPolicy policy;

  DecideEndpoint(RecoveryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Reply answer(Incoming request) {
    return Reply.json(decide(policy, request).planJson());
  }

  /**
   * Reads a decision request's body and decides.
   *
   * @param policy the policy
   * @param request the request, whose body is {@code {"complaint", "history"?, "now"?}}
   * @return the decision
   * @throws ProblemException for a body that cannot be used
   */
  static Decision decide(RecoveryPolicy policy, Incoming request) {
    request.open(List.of("application/json"), false);
    DecisionRequest body = DecisionRequest.read(request.text());
    try {
      return Decision.of(policy, body.complaint(), body.history(), body.now());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(ProblemKind.INVALID_BODY, "$.history: " + e.getMessage());
    }
  }
}
