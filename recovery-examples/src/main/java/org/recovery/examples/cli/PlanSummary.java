package org.recovery.examples.cli;

import java.time.Duration;
import java.util.Locale;
import org.recovery.core.Complaint;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.action.AccountFix;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Credit;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Exchange;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.Guidance;
import org.recovery.core.action.Investigation;
import org.recovery.core.action.ProcessFix;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.Reship;
import org.recovery.core.action.ReturnRequest;
import org.recovery.core.action.StopSaleReview;

/** A recovery plan as a person reads it: one line per action, then every reason. */
final class PlanSummary {

  private PlanSummary() {}

  /**
   * Renders a plan.
   *
   * @param complaint the complaint the plan answers, for the time left to respond
   * @param plan the plan
   * @return the text, each line ending in a newline
   */
  static String of(Complaint complaint, RecoveryPlan plan) {
    var text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "respond by %s (%s after it arrived) | tone %s | goodwill %.2f | account %s%n",
            plan.respondBy(),
            human(Duration.between(complaint.receivedAt(), plan.respondBy())),
            plan.tone(),
            plan.goodwill(),
            plan.accountStatus()));
    text.append("actions:\n");
    int n = 1;
    for (RecoveryAction action : plan.actions()) {
      text.append(
          String.format(Locale.ROOT, "  %d. %-16s %s%n", n++, action.type(), describe(action)));
    }
    if (!plan.ownership().isEmpty()) {
      text.append("ownership:");
      plan.ownership().forEach(o -> text.append(' ').append(o.key()));
      text.append('\n');
    }
    text.append("reasons:\n");
    int width = plan.reasons().stream().mapToInt(r -> r.rule().length()).max().orElse(0);
    plan.reasons()
        .forEach(
            r ->
                text.append(
                    String.format(Locale.ROOT, "  %-" + width + "s  %s%n", r.rule(), r.text())));
    return text.toString();
  }

  /**
   * Describes one action in a few words.
   *
   * @param action the action
   * @return what it does, with its amounts, items and dates
   */
  static String describe(RecoveryAction action) {
    return switch (action.type()) {
      case REFUND -> {
        var r = (Refund) action;
        yield r.amount() + " now, nothing to send back" + skus(r.skus());
      }
      case REPLACEMENT -> {
        var r = (Replacement) action;
        yield r.sku() + " x " + r.quantity() + ", ships by " + r.shipBy();
      }
      case EXCHANGE -> {
        var e = (Exchange) action;
        yield e.sku() + " x " + e.quantity() + ", ships by " + e.shipBy() + ", before any return";
      }
      case GUIDANCE -> {
        var g = (Guidance) action;
        yield "help to use " + g.sku().orElse("it") + "; if not enough: " + g.fallback();
      }
      case CREDIT -> {
        var c = (Credit) action;
        String value =
            c.amount()
                .map(Object::toString)
                .orElseGet(() -> c.percent().getAsInt() + "% off the next order");
        yield value + ", expires " + c.expiresAt();
      }
      case RETURN_REQUEST -> {
        var r = (ReturnRequest) action;
        yield r.sku()
            + r.lot().map(l -> " lot " + l).orElse("")
            + ", optional"
            + (r.prepaidLabel() ? ", prepaid label" : "")
            + (r.photosWelcome() ? ", photos welcome" : "")
            + ", to investigate; never a condition";
      }
      case INVESTIGATION -> {
        var i = (Investigation) action;
        yield "check the rest of " + i.sku() + i.lot().map(l -> " lot " + l).orElse("");
      }
      case PROCESS_FIX -> {
        var p = (ProcessFix) action;
        yield "change " + p.area() + p.sku().map(s -> " for " + s).orElse("");
      }
      case ESCALATION -> {
        var e = (Escalation) action;
        yield "to " + e.owner() + " (" + e.why() + ") by " + e.deadline();
      }
      case APPROVAL -> {
        var a = (Approval) action;
        yield a.approver()
            + " approves "
            + a.amount()
            + " by "
            + a.deadline()
            + "; the commitment stands";
      }
      case STOP_SALE_REVIEW -> {
        var s = (StopSaleReview) action;
        yield s.sku() + ": " + s.evidence();
      }
      case FOLLOW_UP -> {
        var f = (FollowUp) action;
        yield f.why() + " at " + f.at();
      }
      case ACCOUNT_FIX -> "done for them now: " + ((AccountFix) action).change();
      case RESHIP -> {
        var r = (Reship) action;
        yield r.sku()
            + " x "
            + r.quantity()
            + (r.expedited() ? ", expedited" : "")
            + ", ships by "
            + r.shipBy();
      }
    };
  }

  private static String skus(java.util.List<String> skus) {
    return skus.isEmpty() ? "" : " (" + String.join(", ", skus) + ")";
  }

  /** A duration the way people say it: 15 min, 4 h, 2 d 3 h. */
  static String human(Duration d) {
    if (d.isNegative()) {
      return "-" + human(d.negated());
    }
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return minutes + " min";
    }
    if (minutes < 24 * 60) {
      return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
    long hours = d.toHours();
    return hours % 24 == 0 ? hours / 24 + " d" : hours / 24 + " d " + hours % 24 + " h";
  }
}
