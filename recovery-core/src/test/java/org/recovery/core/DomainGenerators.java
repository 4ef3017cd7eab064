package org.recovery.core;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.recovery.core.action.AccountFix;
import org.recovery.core.action.ActionType;
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

/** QuickTheories generators for every model type, valid by construction. */
public final class DomainGenerators {
  private DomainGenerators() {}

  private static final List<String> PIECES =
      List.of(
          "a", "Z", "7", "-", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "é", "ß", "日本", "😀",
          "\u2028", "<b>", "{", "]");

  private static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("USD"),
          Currency.getInstance("EUR"),
          Currency.getInstance("JPY"),
          Currency.getInstance("BHD"));

  private static final List<Locale> LOCALES =
      List.of(
          Locale.forLanguageTag("en"),
          Locale.forLanguageTag("en-US"),
          Locale.forLanguageTag("es-MX"),
          Locale.forLanguageTag("pt-BR"),
          Locale.forLanguageTag("fr-CA"),
          Locale.forLanguageTag("de"),
          Locale.forLanguageTag("ja-JP"),
          Locale.forLanguageTag("zh-Hans-CN"),
          Locale.forLanguageTag("sr-Latn-RS"));

  /** Strings of 0 to 6 pieces that need escaping, non-ASCII and surrogate pairs included. */
  public static Gen<String> texts() {
    Gen<String> piece = Generate.pick(PIECES);
    return in -> {
      int n = integers().between(0, 6).generate(in);
      var b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(piece.generate(in));
      }
      return b.toString();
    };
  }

  /** Non-blank identifiers and names. */
  public static Gen<String> names() {
    return texts().map(t -> "x" + t);
  }

  /** Currencies with 0, 2 and 3 decimals. */
  public static Gen<Currency> currencies() {
    return Generate.pick(CURRENCIES);
  }

  /** Locales with regions and scripts. */
  public static Gen<Locale> locales() {
    return Generate.pick(LOCALES);
  }

  /** Instants between 1970 and 2100, with and without fractions of a second. */
  public static Gen<Instant> instants() {
    return in -> {
      long seconds = longs().between(0, 4_102_444_800L).generate(in);
      int nanos =
          booleans().all().generate(in) ? 0 : integers().between(0, 999_999_999).generate(in);
      return Instant.ofEpochSecond(seconds, nanos);
    };
  }

  /** Money from -10^9 to 10^9 minor units in one currency. */
  public static Gen<Money> money(Currency currency) {
    return longs()
        .between(-1_000_000_000L, 1_000_000_000L)
        .map(
            units ->
                Money.of(BigDecimal.valueOf(units, currency.getDefaultFractionDigits()), currency));
  }

  /** Money of zero or more, in one currency. */
  public static Gen<Money> nonNegativeMoney(Currency currency) {
    return money(currency).map(m -> m.isNegative() ? m.times(-1) : m);
  }

  /** Money in any of the test currencies. */
  public static Gen<Money> money() {
    return in -> money(currencies().generate(in)).generate(in);
  }

  /** Money of zero or more in any of the test currencies. */
  public static Gen<Money> nonNegativeMoney() {
    return in -> nonNegativeMoney(currencies().generate(in)).generate(in);
  }

  private static <T> Optional<T> maybe(Gen<T> gen, RandomnessSource in) {
    return booleans().all().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  /** Customers, with and without an email and a given name. */
  public static Gen<Customer> customers() {
    return in ->
        new Customer(
            names().generate(in),
            names().generate(in),
            maybe(names(), in),
            locales().generate(in),
            maybe(names(), in));
  }

  /** Order lines priced in one currency. */
  public static Gen<OrderLine> orderLines(Currency currency) {
    return in -> {
      Optional<String> localName = maybe(names(), in);
      // A gender only with a local name, as the record requires; about a third of those have none.
      Optional<GrammaticalGender> localGender =
          localName.isPresent()
              ? maybe(Generate.enumValues(GrammaticalGender.class), in)
              : Optional.empty();
      return new OrderLine(
          names().generate(in),
          names().generate(in),
          maybe(names(), in),
          integers().between(1, 1000).generate(in),
          nonNegativeMoney(currency).generate(in),
          localName,
          localGender);
    };
  }

  /** Complaints of every channel, kind, severity, mood and cause. */
  public static Gen<Complaint> complaints() {
    return in -> {
      Currency currency = currencies().generate(in);
      int lineCount = integers().between(0, 3).generate(in);
      var lines = new ArrayList<OrderLine>();
      for (int i = 0; i < lineCount; i++) {
        lines.add(orderLines(currency).generate(in));
      }
      Channel channel = Generate.enumValues(Channel.class).generate(in);
      return new Complaint(
          names().generate(in),
          customers().generate(in),
          instants().generate(in),
          channel,
          Generate.enumValues(IssueKind.class).generate(in),
          Generate.enumValues(Severity.class).generate(in),
          Generate.enumValues(Mood.class).generate(in),
          Generate.enumValues(Cause.class).generate(in),
          maybe(names(), in),
          lines,
          texts().generate(in),
          locales().generate(in),
          // Only reviews carry a star rating; half of them have one.
          channel.isReview() && booleans().all().generate(in)
              ? OptionalInt.of(integers().between(1, 5).generate(in))
              : OptionalInt.empty());
    };
  }

  /** Incidents with and without a refund. */
  public static Gen<Incident> incidents() {
    return in ->
        new Incident(
            names().generate(in),
            instants().generate(in),
            Generate.enumValues(IssueKind.class).generate(in),
            booleans().all().generate(in),
            maybe(nonNegativeMoney(), in),
            booleans().all().generate(in));
  }

  /** Histories of 0 to 4 incidents with distinct complaint ids. */
  public static Gen<CustomerHistory> histories() {
    return in -> {
      int n = integers().between(0, 4).generate(in);
      var incidents = new ArrayList<Incident>();
      for (int i = 0; i < n; i++) {
        Incident x = incidents().generate(in);
        incidents.add(
            new Incident(
                x.complaintId() + "#" + i,
                x.occurredAt(),
                x.kind(),
                x.businessCaused(),
                x.refunded(),
                x.resolved()));
      }
      return new CustomerHistory(names().generate(in), incidents);
    };
  }

  /** One action of the given type. */
  public static Gen<RecoveryAction> action(ActionType type) {
    return in ->
        switch (type) {
          case REFUND ->
              new Refund(
                  nonNegativeMoney().generate(in),
                  integers().between(0, 2).generate(in) == 0
                      ? List.of()
                      : List.of(names().generate(in), names().generate(in)));
          case REPLACEMENT ->
              new Replacement(
                  names().generate(in),
                  integers().between(1, 9).generate(in),
                  instants().generate(in));
          case EXCHANGE ->
              new Exchange(
                  names().generate(in),
                  integers().between(1, 9).generate(in),
                  instants().generate(in));
          case GUIDANCE ->
              new Guidance(
                  maybe(names(), in), Generate.enumValues(Guidance.Fallback.class).generate(in));
          case CREDIT ->
              booleans().all().generate(in)
                  ? Credit.ofAmount(
                      nonNegativeMoney().assuming(m -> !m.isZero()).generate(in),
                      instants().generate(in))
                  : Credit.ofPercent(
                      integers().between(1, 100).generate(in), instants().generate(in));
          case RETURN_REQUEST ->
              new ReturnRequest(
                  names().generate(in),
                  maybe(names(), in),
                  booleans().all().generate(in),
                  booleans().all().generate(in));
          case INVESTIGATION -> new Investigation(names().generate(in), maybe(names(), in));
          case PROCESS_FIX ->
              new ProcessFix(
                  Generate.enumValues(ProcessFix.Area.class).generate(in), maybe(names(), in));
          case ESCALATION ->
              new Escalation(
                  names().generate(in),
                  Generate.enumValues(Escalation.Why.class).generate(in),
                  instants().generate(in));
          case APPROVAL ->
              new Approval(
                  nonNegativeMoney().generate(in), names().generate(in), instants().generate(in));
          case STOP_SALE_REVIEW -> new StopSaleReview(names().generate(in), names().generate(in));
          case FOLLOW_UP ->
              new FollowUp(
                  instants().generate(in), Generate.enumValues(FollowUp.Why.class).generate(in));
          case ACCOUNT_FIX ->
              new AccountFix(Generate.enumValues(AccountFix.Change.class).generate(in));
          case RESHIP ->
              new Reship(
                  names().generate(in),
                  integers().between(1, 9).generate(in),
                  instants().generate(in),
                  booleans().all().generate(in));
        };
  }

  /** Actions of every type. */
  public static Gen<RecoveryAction> actions() {
    return in -> action(Generate.enumValues(ActionType.class).generate(in)).generate(in);
  }

  /** Ownership statements with 0 to 2 parameters. */
  public static Gen<OwnershipStatement> ownership() {
    return in -> {
      var parameters = new TreeMap<String, String>();
      int n = integers().between(0, 2).generate(in);
      for (int i = 0; i < n; i++) {
        parameters.put(names().generate(in), texts().generate(in));
      }
      return new OwnershipStatement(
          Generate.enumValues(OwnershipKey.class).generate(in), Map.copyOf(parameters));
    };
  }

  /** Plans of 0 to 5 actions of any type, 0 to 2 ownership statements and 1 to 3 reasons. */
  public static Gen<RecoveryPlan> plans() {
    return in -> {
      var actions = new ArrayList<RecoveryAction>();
      int n = integers().between(0, 5).generate(in);
      for (int i = 0; i < n; i++) {
        actions.add(actions().generate(in));
      }
      var ownership = new ArrayList<OwnershipStatement>();
      int o = integers().between(0, 2).generate(in);
      for (int i = 0; i < o; i++) {
        ownership.add(ownership().generate(in));
      }
      var reasons = new ArrayList<Reason>();
      int r = integers().between(1, 3).generate(in);
      for (int i = 0; i < r; i++) {
        reasons.add(new Reason(names().generate(in), names().generate(in)));
      }
      return new RecoveryPlan(
          names().generate(in),
          actions,
          instants().generate(in),
          Generate.enumValues(Tone.class).generate(in),
          ownership,
          doubles().between(0.0, 1.0).generate(in),
          Generate.enumValues(AccountStatus.class).generate(in),
          reasons);
    };
  }
}
