package org.recovery.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.recovery.core.Channel;
import org.recovery.core.FulfilmentSettings;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.Mood;
import org.recovery.core.PolicySettings;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.RecoveryPolicyBuilder;
import org.recovery.core.Remedy;
import org.recovery.core.RespondByTable;
import org.recovery.core.Severity;
import org.recovery.core.action.Guidance;
import org.recovery.core.internal.json.JsonObject;
import org.recovery.core.internal.json.JsonValue;
import org.recovery.core.internal.json.StrictJson;

/**
 * Loads a {@link RecoveryPolicy} from JSON and writes one back. Loading is strict: an unknown,
 * duplicated or mistyped field, a value out of range or settings that contradict each other fail
 * with a {@link PolicyConfigException} naming the JSON path. Every field is optional; what a
 * document leaves out keeps the value of {@link RecoveryPolicy#defaults()}, and the per-currency
 * maps are merged over the default limits. The shape, with the defaults:
 *
 * <pre>{@code
 * {
 *   "remedies": {"DAMAGED": "REPLACE", "WRONG_SIZE": "EXCHANGE", "POOR_QUALITY": "REFUND", ...},
 *   "repeats": {"window": "P180D", "recentWithin": "P30D", "formalAfter": 2, "escalateAfter": 3,
 *               "accountOwner": "customer-care-lead", "escalationWithin": "PT4H"},
 *   "goodwill": {"firstFailure": 0.85, "repeatDecay": 0.55, "sameKindDecay": 0.75,
 *                "recentDecay": 0.8},
 *   "credits": {"seriousFirstPercent": 10, "repeatPercent": 15, "escalatedPercent": 25,
 *               "validFor": "P90D"},
 *   "refunds": {"autoApproveLimit": {"USD": "200.00", "EUR": "200.00", "GBP": "200.00"},
 *               "approver": "refund-approvals", "approvalWithin": "PT24H",
 *               "abuse": {"refundCount": 3, "refundTotal": {"USD": "600.00", ...},
 *                         "reviewer": "trust-and-safety", "reviewWithin": "PT48H"}},
 *   "fulfilment": {"shipWithin": "PT24H", "guidanceFollowUpAfter": "P3D",
 *                  "arrivalFollowUpAfter": "P3D", "guidanceFallback": "REFUND",
 *                  "askForItemBack": true,
 *                  "investigateLots": true},
 *   "owners": {"staffConduct": "customer-care-manager", "severeHarm": "customer-care-manager",
 *              "publicComplaint": "social-care-team"},
 *   "respondBy": {"publicLowRatingWithin": "PT30M", "topPriorityWithin": "PT30M",
 *                 "table": [{"channel": "EMAIL", "severity": "MODERATE", "mood": "CALM",
 *                            "within": "PT8H"}]}
 * }
 * }</pre>
 *
 * <p>Durations are ISO-8601 strings, amounts decimal strings at most at the currency's scale, keyed
 * by ISO 4217 code. Immutable and thread-safe.
 */
public final class PolicyJson {
  private static final StrictJson STRICT = StrictJson.of(PolicyConfigException::new);
  private static final PolicyJson DEFAULTS = new PolicyJson();
  private static final String AMOUNT = "an amount like \"150.00\"";
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private final JsonFactory writers =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private PolicyJson() {}

  /**
   * Returns the policy reader and writer.
   *
   * @return the shared instance
   */
  public static PolicyJson defaults() {
    return DEFAULTS;
  }

  /**
   * Loads a policy from a string.
   *
   * @param json the document
   * @return the policy
   * @throws PolicyConfigException naming the path, line and column of the first problem
   */
  public RecoveryPolicy read(String json) {
    return policy(STRICT.read(json));
  }

  /**
   * Loads a policy from a reader, which is not closed.
   *
   * @param json the document
   * @return the policy
   * @throws PolicyConfigException naming the path, line and column of the first problem
   * @throws UncheckedIOException if reading fails
   */
  public RecoveryPolicy read(Reader json) {
    return policy(STRICT.read(json));
  }

  /**
   * Loads a policy from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document
   * @return the policy
   * @throws PolicyConfigException naming the path, line and column of the first problem
   * @throws UncheckedIOException if reading fails
   */
  public RecoveryPolicy read(InputStream json) {
    return policy(STRICT.read(json));
  }

  /**
   * Loads a policy from a UTF-8 file.
   *
   * @param json the file
   * @return the policy
   * @throws PolicyConfigException naming the path, line and column of the first problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public RecoveryPolicy read(Path json) {
    return policy(STRICT.read(json));
  }

  private static RecoveryPolicy policy(JsonValue root) {
    JsonObject o =
        root.object(
            "remedies",
            "repeats",
            "goodwill",
            "credits",
            "refunds",
            "fulfilment",
            "owners",
            "respondBy");
    RecoveryPolicyBuilder b = RecoveryPolicy.builder();
    o.optional("remedies")
        .ifPresent(
            v ->
                v.members()
                    .forEach(
                        (name, remedy) ->
                            set(remedy, r -> b.remedy(kind(name, r), r.enumValue(Remedy.class)))));
    o.optional("repeats").ifPresent(v -> repeats(v, b));
    o.optional("goodwill").ifPresent(v -> goodwill(v, b));
    o.optional("credits").ifPresent(v -> credits(v, b));
    o.optional("refunds").ifPresent(v -> refunds(v, b));
    o.optional("fulfilment").ifPresent(v -> fulfilment(v, b));
    o.optional("owners").ifPresent(v -> owners(v, b));
    o.optional("respondBy").ifPresent(v -> respondBy(v, b));
    return o.construct(b::build);
  }

  private static void repeats(JsonValue v, RecoveryPolicyBuilder b) {
    JsonObject o =
        v.object(
            "window",
            "recentWithin",
            "formalAfter",
            "escalateAfter",
            "accountOwner",
            "escalationWithin");
    field(o, "window", x -> b.repeatWindow(x.duration()));
    field(o, "recentWithin", x -> b.recentWithin(x.duration()));
    field(o, "formalAfter", x -> b.formalAfter(x.integer()));
    field(o, "escalateAfter", x -> b.escalateAfter(x.integer()));
    field(o, "accountOwner", x -> b.accountOwner(x.string()));
    field(o, "escalationWithin", x -> b.escalationWithin(x.duration()));
  }

  private static void goodwill(JsonValue v, RecoveryPolicyBuilder b) {
    JsonObject o = v.object("firstFailure", "repeatDecay", "sameKindDecay", "recentDecay");
    field(o, "firstFailure", x -> b.firstFailureGoodwill(x.number()));
    field(o, "repeatDecay", x -> b.repeatDecay(x.number()));
    field(o, "sameKindDecay", x -> b.sameKindDecay(x.number()));
    field(o, "recentDecay", x -> b.recentDecay(x.number()));
  }

  private static void credits(JsonValue v, RecoveryPolicyBuilder b) {
    JsonObject o = v.object("seriousFirstPercent", "repeatPercent", "escalatedPercent", "validFor");
    field(o, "seriousFirstPercent", x -> b.seriousFirstCreditPercent(x.integer()));
    field(o, "repeatPercent", x -> b.repeatCreditPercent(x.integer()));
    field(o, "escalatedPercent", x -> b.escalatedCreditPercent(x.integer()));
    field(o, "validFor", x -> b.creditValidFor(x.duration()));
  }

  private static void refunds(JsonValue v, RecoveryPolicyBuilder b) {
    JsonObject o = v.object("autoApproveLimit", "approver", "approvalWithin", "abuse");
    field(o, "autoApproveLimit", x -> amounts(x, b::autoApproveLimit));
    field(o, "approver", x -> b.approver(x.string()));
    field(o, "approvalWithin", x -> b.approvalWithin(x.duration()));
    o.optional("abuse")
        .ifPresent(
            a -> {
              JsonObject abuse = a.object("refundCount", "refundTotal", "reviewer", "reviewWithin");
              field(abuse, "refundCount", x -> b.abuseRefundCount(x.integer()));
              field(abuse, "refundTotal", x -> amounts(x, b::abuseRefundTotal));
              field(abuse, "reviewer", x -> b.abuseReviewer(x.string()));
              field(abuse, "reviewWithin", x -> b.abuseReviewWithin(x.duration()));
            });
  }

  private static void fulfilment(JsonValue v, RecoveryPolicyBuilder b) {
    JsonObject o =
        v.object(
            "shipWithin",
            "guidanceFollowUpAfter",
            "arrivalFollowUpAfter",
            "guidanceFallback",
            "askForItemBack",
            "investigateLots");
    field(o, "shipWithin", x -> b.shipWithin(x.duration()));
    field(o, "guidanceFollowUpAfter", x -> b.guidanceFollowUpAfter(x.duration()));
    field(o, "arrivalFollowUpAfter", x -> b.arrivalFollowUpAfter(x.duration()));
    field(o, "guidanceFallback", x -> b.guidanceFallback(x.enumValue(Guidance.Fallback.class)));
    field(o, "askForItemBack", x -> b.askForItemBack(x.bool()));
    field(o, "investigateLots", x -> b.investigateLots(x.bool()));
  }

  private static void owners(JsonValue v, RecoveryPolicyBuilder b) {
    JsonObject o = v.object("staffConduct", "severeHarm", "publicComplaint");
    field(o, "staffConduct", x -> b.staffConductOwner(x.string()));
    field(o, "severeHarm", x -> b.severeHarmOwner(x.string()));
    field(o, "publicComplaint", x -> b.publicComplaintOwner(x.string()));
  }

  private static void respondBy(JsonValue v, RecoveryPolicyBuilder b) {
    JsonObject o = v.object("publicLowRatingWithin", "topPriorityWithin", "table");
    field(o, "publicLowRatingWithin", x -> b.publicLowRatingWithin(x.duration()));
    field(o, "topPriorityWithin", x -> b.topPriorityWithin(x.duration()));
    o.optional("table")
        .ifPresent(
            table -> {
              var seen = new HashMap<String, String>();
              for (JsonValue row : table.elements()) {
                JsonObject cell = row.object("channel", "severity", "mood", "within");
                Channel channel = cell.required("channel").enumValue(Channel.class);
                Severity severity = cell.required("severity").enumValue(Severity.class);
                Mood mood = cell.required("mood").enumValue(Mood.class);
                String key = channel + "/" + severity + "/" + mood;
                String first = seen.putIfAbsent(key, row.path());
                if (first != null) {
                  throw row.fail("duplicate respond-by cell " + key + ", first at " + first);
                }
                JsonValue within = cell.required("within");
                set(within, x -> b.respondWithin(channel, severity, mood, x.duration()));
              }
            });
  }

  private static void amounts(JsonValue v, Consumer<Money> setter) {
    v.members()
        .forEach(
            (code, amount) ->
                set(
                    amount,
                    a -> {
                      Currency currency = currency(code, a);
                      BigDecimal value = a.string(AMOUNT, PolicyJson::decimal);
                      setter.accept(Money.of(value, currency));
                    }));
  }

  private static BigDecimal decimal(String text) {
    if (text.length() > 40 || !DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException("not a plain decimal: " + text);
    }
    return new BigDecimal(text);
  }

  private static Currency currency(String code, JsonValue at) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw at.fail(
          "expected an ISO 4217 currency code like \"USD\" as the key but was \"" + code + "\"", e);
    }
  }

  private static IssueKind kind(String name, JsonValue at) {
    for (IssueKind kind : IssueKind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    throw at.fail(
        "unknown issue kind \""
            + name
            + "\", expected one of "
            + Arrays.stream(IssueKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  /** Reads an optional field and applies it, reporting a refused value at the field's path. */
  private static void field(JsonObject o, String name, Consumer<JsonValue> apply) {
    Optional<JsonValue> v = o.optional(name);
    v.ifPresent(x -> set(x, apply));
  }

  private static void set(JsonValue v, Consumer<JsonValue> apply) {
    try {
      apply.accept(v);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw v.fail(String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Writes a policy as a complete document that {@link #read(String)} loads back equal. The
   * respond-by table lists only the cells that differ from the defaults.
   *
   * @param policy the policy
   * @return the document, indented by two spaces
   */
  public String write(RecoveryPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    var out = new StringWriter();
    try (JsonGenerator g = writers.createGenerator(out)) {
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      write(g, policy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, RecoveryPolicy policy) throws IOException {
    PolicySettings s = policy.settings();
    g.writeStartObject();
    g.writeObjectFieldStart("remedies");
    for (IssueKind kind : IssueKind.values()) {
      g.writeStringField(kind.name(), s.remedy(kind).name());
    }
    g.writeEndObject();
    repeats(g, s.repeats());
    goodwill(g, s.goodwill());
    credits(g, s.credits());
    refunds(g, s.refunds());
    fulfilment(g, s.fulfilment());
    owners(g, s.owners());
    respondBy(g, s.respondBy());
    g.writeEndObject();
  }

  private static void repeats(JsonGenerator g, PolicySettings.Repeats r) throws IOException {
    g.writeObjectFieldStart("repeats");
    duration(g, "window", r.window());
    duration(g, "recentWithin", r.recentWithin());
    g.writeNumberField("formalAfter", r.formalAfter());
    g.writeNumberField("escalateAfter", r.escalateAfter());
    g.writeStringField("accountOwner", r.accountOwner());
    duration(g, "escalationWithin", r.escalationWithin());
    g.writeEndObject();
  }

  private static void goodwill(JsonGenerator g, PolicySettings.Goodwill w) throws IOException {
    g.writeObjectFieldStart("goodwill");
    g.writeNumberField("firstFailure", w.firstFailure());
    g.writeNumberField("repeatDecay", w.repeatDecay());
    g.writeNumberField("sameKindDecay", w.sameKindDecay());
    g.writeNumberField("recentDecay", w.recentDecay());
    g.writeEndObject();
  }

  private static void credits(JsonGenerator g, PolicySettings.Credits c) throws IOException {
    g.writeObjectFieldStart("credits");
    g.writeNumberField("seriousFirstPercent", c.seriousFirstPercent());
    g.writeNumberField("repeatPercent", c.repeatPercent());
    g.writeNumberField("escalatedPercent", c.escalatedPercent());
    duration(g, "validFor", c.validFor());
    g.writeEndObject();
  }

  private static void refunds(JsonGenerator g, PolicySettings.Refunds r) throws IOException {
    g.writeObjectFieldStart("refunds");
    amounts(g, "autoApproveLimit", r.autoApproveLimits());
    g.writeStringField("approver", r.approver());
    duration(g, "approvalWithin", r.approvalWithin());
    PolicySettings.Abuse a = r.abuse();
    g.writeObjectFieldStart("abuse");
    g.writeNumberField("refundCount", a.refundCount());
    amounts(g, "refundTotal", a.refundTotals());
    g.writeStringField("reviewer", a.reviewer());
    duration(g, "reviewWithin", a.reviewWithin());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void fulfilment(JsonGenerator g, FulfilmentSettings f) throws IOException {
    g.writeObjectFieldStart("fulfilment");
    duration(g, "shipWithin", f.shipWithin());
    duration(g, "guidanceFollowUpAfter", f.guidanceFollowUpAfter());
    duration(g, "arrivalFollowUpAfter", f.arrivalFollowUpAfter());
    g.writeStringField("guidanceFallback", f.guidanceFallback().name());
    g.writeBooleanField("askForItemBack", f.askForItemBack());
    g.writeBooleanField("investigateLots", f.investigateLots());
    g.writeEndObject();
  }

  private static void owners(JsonGenerator g, PolicySettings.Owners o) throws IOException {
    g.writeObjectFieldStart("owners");
    g.writeStringField("staffConduct", o.staffConduct());
    g.writeStringField("severeHarm", o.severeHarm());
    g.writeStringField("publicComplaint", o.publicComplaint());
    g.writeEndObject();
  }

  private static void respondBy(JsonGenerator g, PolicySettings.RespondBy r) throws IOException {
    g.writeObjectFieldStart("respondBy");
    duration(g, "publicLowRatingWithin", r.publicLowRatingWithin());
    duration(g, "topPriorityWithin", r.topPriorityWithin());
    g.writeArrayFieldStart("table");
    RespondByTable defaults = RecoveryPolicy.defaults().settings().respondBy().table();
    for (Channel c : Channel.values()) {
      for (Severity s : Severity.values()) {
        for (Mood m : Mood.values()) {
          Duration within = r.table().within(c, s, m);
          if (!within.equals(defaults.within(c, s, m))) {
            g.writeStartObject();
            g.writeStringField("channel", c.name());
            g.writeStringField("severity", s.name());
            g.writeStringField("mood", m.name());
            duration(g, "within", within);
            g.writeEndObject();
          }
        }
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void duration(JsonGenerator g, String name, Duration d) throws IOException {
    g.writeStringField(name, d.toString());
  }

  private static void amounts(JsonGenerator g, String name, Map<Currency, Money> amounts)
      throws IOException {
    g.writeObjectFieldStart(name);
    var sorted =
        amounts.values().stream()
            .sorted(Comparator.comparing(m -> m.currency().getCurrencyCode()))
            .toList();
    for (Money m : sorted) {
      g.writeStringField(m.currency().getCurrencyCode(), m.amount().toPlainString());
    }
    g.writeEndObject();
  }
}
