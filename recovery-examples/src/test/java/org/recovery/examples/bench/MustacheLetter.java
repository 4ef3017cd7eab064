package org.recovery.examples.bench;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recovery.core.Complaint;
import org.recovery.core.Money;
import org.recovery.core.OrderLine;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.action.Credit;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.Investigation;
import org.recovery.core.action.ProcessFix;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.ReturnRequest;

/**
 * The baseline for {@link LetterBenchmark}: the same English HTML letter as a mustache.java 0.9.14
 * template ({@code bench/letter.mustache}), with the scope a host would build from the plan using
 * the same JDK formatters, kept per thread as Recovery keeps them. Mustache escapes every variable;
 * the template's literal text is the letter's English phrases.
 */
final class MustacheLetter {
  private static final Map<ProcessFix.Area, String> FIXES = new EnumMap<>(ProcessFix.Area.class);
  private static final Map<ProcessFix.Area, String> ROOT_CAUSES =
      new EnumMap<>(ProcessFix.Area.class);

  static {
    ROOT_CAUSES.put(
        ProcessFix.Area.QUALITY_CONTROL,
        "a manufacturing fault that our quality checks should have caught");
    ROOT_CAUSES.put(ProcessFix.Area.PACKAGING, "the way we pack orders like yours");
    FIXES.put(
        ProcessFix.Area.QUALITY_CONTROL,
        "We are tightening the quality checks on this product with our supplier.");
    FIXES.put(
        ProcessFix.Area.PACKAGING,
        "We are improving how we pack orders like yours so they arrive intact.");
  }

  private final Mustache template;
  private final NumberFormat money = NumberFormat.getCurrencyInstance(Locale.ENGLISH);
  private final DateTimeFormatter dates =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH);
  private final DateTimeFormatter dayAndMonth =
      DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
  private final DateTimeFormatter times =
      DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH);
  private final ZoneId zone;

  MustacheLetter(ZoneId zone) {
    this.template = new DefaultMustacheFactory().compile("bench/letter.mustache");
    this.zone = zone;
  }

  /** Builds the scope from the complaint and plan, then executes the template. */
  String render(Complaint complaint, RecoveryPlan plan) {
    return execute(scope(complaint, plan));
  }

  String execute(Map<String, Object> scope) {
    StringWriter out = new StringWriter(4096);
    try {
      template.execute(out, scope).flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  Map<String, Object> scope(Complaint complaint, RecoveryPlan plan) {
    Map<String, Object> s = new HashMap<>();
    s.put("lang", "en");
    s.put("name", complaint.customer().name());
    s.put("signature", "The customer care team");
    List<OrderLine> lines = complaint.lines();
    s.put("order", lines.isEmpty() ? "your order" : "your " + lines.get(0).name());
    Instant received = complaint.receivedAt();
    for (OwnershipStatement o : plan.ownership()) {
      if (o.key() == OwnershipKey.WE_GOT_IT_WRONG) {
        s.put("weGotItWrong", true);
      } else if (o.key() == OwnershipKey.ROOT_CAUSE_FIX) {
        s.put("rootCauseFix", true);
        s.put("rootCause", ROOT_CAUSES.get(ProcessFix.Area.valueOf(o.parameters().get("area"))));
      }
    }
    List<String> fixes = new ArrayList<>(2);
    boolean steps = false;
    boolean changes = false;
    for (RecoveryAction a : plan.actions()) {
      if (a instanceof Refund r) {
        s.put("refund", Map.of("amount", money(r.amount()), "noReturn", !r.skus().isEmpty()));
        steps = true;
      } else if (a instanceof Replacement r) {
        s.put(
            "replacement",
            Map.of(
                "items", "your " + name(complaint, r.sku()), "when", when(received, r.shipBy())));
        steps = true;
      } else if (a instanceof ReturnRequest r) {
        s.put(
            "returnRequest",
            Map.of(
                "items", "your " + name(complaint, r.sku()),
                "label", r.prepaidLabel(),
                "photos", r.photosWelcome()));
        steps = true;
      } else if (a instanceof FollowUp f) {
        s.put("followUp", Map.of("day", on(complaint.receivedAt(), f.at())));
        steps = true;
      } else if (a instanceof Investigation) {
        s.put("investigation", true);
        changes = true;
      } else if (a instanceof ProcessFix f) {
        fixes.add(FIXES.get(f.area()));
        changes = true;
      } else if (a instanceof Credit c) {
        s.put(
            "credit",
            Map.of(
                "amount",
                money(c.amount().orElseThrow()),
                "date",
                date(complaint.receivedAt(), c.expiresAt())));
      }
    }
    s.put("fixes", fixes);
    s.put("hasSteps", steps);
    s.put("hasChanges", changes);
    return s;
  }

  private String money(Money m) {
    money.setCurrency(m.currency());
    return money.format(m.amount());
  }

  private String date(Instant instant) {
    return dates.format(instant.atZone(zone));
  }

  /** Writes a date without its year when it falls in the year of arrival, as the letter does. */
  private String date(Instant received, Instant instant) {
    LocalDate day = LocalDate.ofInstant(instant, zone);
    return day.getYear() == LocalDate.ofInstant(received, zone).getYear()
        ? dayAndMonth.format(day)
        : date(instant);
  }

  /** Words the day of a follow-up as the letter does: today, tomorrow, weekday, or date. */
  private String on(Instant received, Instant at) {
    LocalDate arrival = LocalDate.ofInstant(received, zone);
    LocalDate day = LocalDate.ofInstant(at, zone);
    long days = java.time.temporal.ChronoUnit.DAYS.between(arrival, day);
    if (days == 0) {
      return "later today";
    }
    if (days == 1) {
      return "tomorrow";
    }
    if (days > 1 && days < 7) {
      return "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
    return "on " + date(received, at);
  }

  /** Words a deadline as the letter does: by time tomorrow within a day, else by date. */
  private String when(Instant received, Instant deadline) {
    Duration ahead = Duration.between(received, deadline);
    if (!ahead.isNegative() && ahead.compareTo(Duration.ofDays(1)) <= 0) {
      LocalDate arrival = LocalDate.ofInstant(received, zone);
      LocalDate day = LocalDate.ofInstant(deadline, zone);
      if (day.equals(arrival)) {
        return "later today";
      }
      if (day.equals(arrival.plusDays(1))) {
        return "by " + times.format(deadline.atZone(zone)) + " tomorrow";
      }
    }
    return "by " + date(deadline);
  }

  private static String name(Complaint complaint, String sku) {
    for (OrderLine line : complaint.lines()) {
      if (line.sku().equals(sku)) {
        return line.name();
      }
    }
    return sku;
  }
}
