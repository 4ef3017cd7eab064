package org.recovery.templates;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.recovery.core.Cause;
import org.recovery.core.Complaint;
import org.recovery.core.IssueKind;
import org.recovery.core.Mood;
import org.recovery.core.OrderLine;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.Tone;
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

/**
 * Writes one language's body of a letter from a complaint and its plan: chooses the phrases, fills
 * in the formatted values and leaves out sections with nothing to say. Customer- and host-supplied
 * values are inserted as plain text; renderers escape them.
 *
 * <p>The wording follows the practice the plan encodes: products are named as noun phrases the
 * language can carry (the customer's own name for a product in their language, a neutral frame for
 * a foreign one, the quantity in words), deadlines within a day of the complaint's arrival read
 * "later today" or "tomorrow", an emoticon is shown only to a calm customer at a first incident
 * whose problem is solved in this letter, and internal codes (lots, order ids, owners) never
 * appear.
 */
final class LetterComposer {
  /** Kinds where the customer holds the goods, so a refund could have been tied to a return. */
  private static final boolean[] GOODS_IN_HAND = goodsInHand();

  private final Complaint complaint;
  private final RecoveryPlan plan;
  private final Tone tone;
  private final PhraseBook.Language language;
  private final Formats formats;
  private final ZoneId zone;
  private final PluralRule plural;
  private final DayWords days;
  private final NumberWords numbers;

  /** Whether the customer's own product names ({@link OrderLine#localName()}) are this body's. */
  private final boolean localNames;

  /**
   * Whether the catalogue's product names ({@link OrderLine#name()}) are in this body's language.
   */
  private final boolean catalogNames;

  private final String[] values = new String[Var.ALL.length];

  /** For each variable, whether its value stands in HTML as it is. */
  private final boolean[] cleanValues = new boolean[Var.ALL.length];

  private final StringBuilder buffer = new StringBuilder(256);

  /** Where values made of phrases are written, so a paragraph in {@link #buffer} survives them. */
  private final StringBuilder valueBuffer = new StringBuilder(64);

  /** Whether the last string {@link #phrase} returned stands in HTML as it is. */
  private boolean phraseClean;

  /** Whether the text built by {@link #appendPhrase} since {@link #startText} stands as it is. */
  private boolean textClean;

  LetterComposer(
      Complaint complaint,
      RecoveryPlan plan,
      Tone tone,
      PhraseBook.Language language,
      Formats formats,
      ZoneId zone,
      boolean emoticons,
      Locale locale,
      Locale catalogLanguage) {
    this.complaint = complaint;
    this.plan = plan;
    this.tone = tone;
    this.language = language;
    this.formats = formats;
    this.zone = zone;
    this.plural = PluralRule.of(locale);
    this.numbers = new NumberWords(formats, language, tone);
    this.days = new DayWords(complaint.receivedAt(), zone, formats, language, tone);
    String body = locale.getLanguage();
    this.localNames = body.equals(complaint.language().getLanguage());
    this.catalogNames = body.equals(catalogLanguage.getLanguage());
    Arrays.fill(values, "");
    Arrays.fill(cleanValues, true);
    String name =
        tone == Tone.FRIENDLY_FIX
            ? complaint.customer().givenName().orElse(complaint.customer().name())
            : complaint.customer().name();
    set(Var.NAME, Plain.isolated(name));
    set(Var.SMILE, emoticons && earnsASmile() ? " \uD83D\uDE42" : "");
  }

  LetterBody compose(Locale locale, Optional<String> signature, boolean quoteMessage) {
    boolean formal = tone == Tone.FORMAL_APOLOGY;
    List<OrderLine> lines = complaint.lines();
    set(Var.ORDER, lines.size() == 1 ? product(lines.get(0)) : value(Catalog.ORDER_UNNAMED));
    boolean defect =
        complaint.kind() == IssueKind.DAMAGED && complaint.cause() == Cause.PRODUCT_DEFECT;
    set(
        Var.ISSUE,
        value(defect ? Catalog.ISSUE_DEFECT : Catalog.ISSUE_BY_KIND[complaint.kind().ordinal()]));

    List<LetterSection> sections = new ArrayList<>(10);
    sections.add(paragraph(SectionKind.GREETING, Catalog.GREETING));
    sections.add(paragraph(SectionKind.APOLOGY, Catalog.APOLOGY));
    if (formal) {
      StringBuilder ack = startText();
      appendPhrase(
          ack, defect ? Catalog.ACK_DEFECT : Catalog.ACK_BY_KIND[complaint.kind().ordinal()]);
      if (quoteMessage && !complaint.message().isBlank()) {
        set(Var.MESSAGE, Plain.isolate(Plain.of(complaint.message()).strip()));
        appendPhrase(ack, Catalog.ACK_QUOTE);
      }
      sections.add(paragraph(SectionKind.ACKNOWLEDGEMENT, ack.toString(), textClean));
    }
    explanation(formal, sections);
    solution(formal, sections);
    changes(formal, sections);
    incentive(sections);
    boolean upset = !formal && complaint.mood() != Mood.CALM;
    sections.add(paragraph(SectionKind.THANKS, upset ? Catalog.THANKS_UPSET : Catalog.THANKS));
    if (formal) {
      sections.add(paragraph(SectionKind.CLOSING_APOLOGY, Catalog.APOLOGY_AGAIN));
    }
    TextList signOff = new TextList(2);
    addPhrase(signOff, Catalog.SIGN_OFF);
    if (signature.isPresent()) {
      String sign = Plain.isolated(signature.get());
      signOff.addOnce(sign, HtmlEscaper.isClean(sign));
    } else {
      addPhrase(signOff, Catalog.SIGNATURE);
    }
    sections.add(new LetterSection(SectionKind.SIGN_OFF, Optional.empty(), signOff, List.of()));
    return new LetterBody(locale, phrase(Catalog.LANGUAGE_TITLE), sections);
  }

  /**
   * Tells whether the letter may smile: a small problem of a calm customer, a first incident, and
   * every step the customer sees already done (a refund made, an account changed).
   */
  private boolean earnsASmile() {
    if (tone != Tone.FRIENDLY_FIX || complaint.mood() != Mood.CALM) {
      return false;
    }
    for (OwnershipStatement s : plan.ownership()) {
      if (s.key() == OwnershipKey.NOT_THE_FIRST_TIME) {
        return false;
      }
    }
    boolean done = false;
    for (RecoveryAction action : plan.actions()) {
      if (isInternalOrElsewhere(action)) {
        continue;
      }
      if (!(action instanceof Refund || action instanceof AccountFix)) {
        return false;
      }
      done = true;
    }
    return done;
  }

  private void explanation(boolean formal, List<LetterSection> sections) {
    StringBuilder text = startText();
    for (OwnershipStatement s : plan.ownership()) {
      if (s.key() == OwnershipKey.PERSONAL_OWNER) {
        continue;
      }
      appendPhrase(text, statementKey(s));
    }
    if (formal) {
      if (text.length() == 0) {
        appendPhrase(text, Catalog.CAUSE[complaint.cause().ordinal()]);
      }
      appendPhrase(text, Catalog.EXPLAIN_THANKS);
    }
    if (text.length() > 0) {
      sections.add(paragraph(SectionKind.EXPLANATION, text.toString(), textClean));
    }
  }

  private void solution(boolean formal, List<LetterSection> sections) {
    TextList steps = new TextList(8);
    boolean inHand = GOODS_IN_HAND[complaint.kind().ordinal()] && !complaint.lines().isEmpty();
    boolean saidNoReturn = false;
    Optional<FollowUp> guidanceCheck = guidanceCheck();
    for (RecoveryAction action : plan.actions()) {
      if (isInternalOrElsewhere(action)) {
        continue;
      }
      boolean returnable = false;
      int key;
      if (action instanceof Refund r) {
        set(Var.AMOUNT, formats.money(r.amount()));
        key = Catalog.STEP_REFUND;
        returnable = inHand && !r.skus().isEmpty();
      } else if (action instanceof Replacement r) {
        boolean one = items(r.sku(), r.quantity());
        set(Var.WHEN, days.by(r.shipBy()));
        key = one ? Catalog.STEP_REPLACEMENT : Catalog.STEP_REPLACEMENT_SEVERAL;
        returnable = true;
      } else if (action instanceof Exchange e) {
        boolean one = items(e.sku(), e.quantity());
        set(Var.WHEN, days.by(e.shipBy()));
        key =
            switch (complaint.kind()) {
              case WRONG_ITEM ->
                  one ? Catalog.STEP_EXCHANGE_ITEM : Catalog.STEP_EXCHANGE_ITEM_SEVERAL;
              case WRONG_SIZE ->
                  one ? Catalog.STEP_EXCHANGE_SIZE : Catalog.STEP_EXCHANGE_SIZE_SEVERAL;
              default -> one ? Catalog.STEP_EXCHANGE : Catalog.STEP_EXCHANGE_SEVERAL;
            };
        returnable = true;
      } else if (action instanceof Reship r) {
        boolean one = items(r.sku(), r.quantity());
        set(Var.WHEN, days.by(r.shipBy()));
        key =
            r.expedited()
                ? (one ? Catalog.STEP_RESHIP_EXPEDITED : Catalog.STEP_RESHIP_EXPEDITED_SEVERAL)
                : (one ? Catalog.STEP_RESHIP : Catalog.STEP_RESHIP_SEVERAL);
      } else if (action instanceof Guidance g) {
        if (guidanceCheck.isPresent()) {
          set(Var.DAY, days.on(guidanceCheck.get().at()));
          key = Catalog.STEP_GUIDANCE[g.fallback().ordinal()];
        } else {
          key = Catalog.STEP_GUIDANCE_UNDATED[g.fallback().ordinal()];
        }
      } else if (action instanceof ReturnRequest r) {
        items(r.sku(), quantityOf(r.sku()));
        StringBuilder step = startText();
        appendPhrase(step, Catalog.STEP_RETURN);
        if (r.prepaidLabel()) {
          appendPhrase(step, Catalog.STEP_RETURN_LABEL);
        }
        if (r.photosWelcome()) {
          appendPhrase(step, Catalog.STEP_RETURN_PHOTOS);
        }
        appendPhrase(step, Catalog.STEP_RETURN_OPTIONAL);
        steps.addOnce(step.toString(), textClean);
        continue;
      } else if (action instanceof AccountFix f) {
        key = Catalog.STEP_ACCOUNT[f.change().ordinal()];
      } else if (action instanceof FollowUp f) {
        if (guidanceCheck.isPresent() && guidanceCheck.get() == f) {
          continue;
        }
        set(Var.DAY, days.on(f.at()));
        key = Catalog.STEP_FOLLOW_UP[f.why().ordinal()];
      } else if (action instanceof Escalation e) {
        set(Var.WHEN, days.by(e.deadline()));
        key = Catalog.STEP_ESCALATION[e.why().ordinal()];
      } else {
        throw new IllegalStateException("no step for action " + action.type());
      }
      StringBuilder step = startText();
      appendPhrase(step, key);
      if (returnable && !saidNoReturn) {
        appendPhrase(step, Catalog.STEP_NO_RETURN);
        saidNoReturn = true;
      }
      steps.addOnce(step.toString(), textClean);
    }
    for (OwnershipStatement s : plan.ownership()) {
      if (s.key() == OwnershipKey.PERSONAL_OWNER) {
        addPhrase(steps, statementKey(s));
      }
    }
    if (!steps.isEmpty()) {
      sections.add(listed(formal, SectionKind.SOLUTION, Catalog.HEADING_SOLUTION, steps));
    }
  }

  /**
   * Returns the follow-up that checks whether guidance helped, told with the guidance itself: the
   * fallback is committed for that day, so the customer has nothing more to do.
   */
  private Optional<FollowUp> guidanceCheck() {
    boolean guidance = false;
    @Nullable FollowUp check = null;
    for (RecoveryAction action : plan.actions()) {
      if (action instanceof Guidance) {
        guidance = true;
      } else if (check == null
          && action instanceof FollowUp f
          && f.why() == FollowUp.Why.CHECK_GUIDANCE_HELPED) {
        check = f;
      }
    }
    return guidance ? Optional.ofNullable(check) : Optional.empty();
  }

  private void changes(boolean formal, List<LetterSection> sections) {
    TextList changes = new TextList(4);
    for (RecoveryAction action : plan.actions()) {
      if (action instanceof Investigation) {
        addPhrase(changes, Catalog.CHANGE_INVESTIGATION);
      } else if (action instanceof ProcessFix f) {
        addPhrase(
            changes,
            lostParcel(f.area())
                ? Catalog.CHANGE_DELIVERY_LOST
                : Catalog.CHANGE_AREA[f.area().ordinal()]);
      }
    }
    if (!changes.isEmpty()) {
      sections.add(listed(formal, SectionKind.CHANGES, Catalog.HEADING_CHANGES, changes));
    }
  }

  private void incentive(List<LetterSection> sections) {
    TextList credits = new TextList(1);
    for (RecoveryAction action : plan.actions()) {
      if (action instanceof Credit c) {
        set(Var.DATE, days.date(c.expiresAt()));
        if (c.amount().isPresent()) {
          set(Var.AMOUNT, formats.money(c.amount().get()));
          addPhrase(credits, Catalog.INCENTIVE_AMOUNT);
        } else {
          set(Var.PERCENT, formats.percent(c.percent().getAsInt()));
          addPhrase(credits, Catalog.INCENTIVE_PERCENT);
        }
      }
    }
    if (!credits.isEmpty()) {
      sections.add(new LetterSection(SectionKind.INCENTIVE, Optional.empty(), credits, List.of()));
    }
  }

  private static boolean isInternalOrElsewhere(RecoveryAction action) {
    return (action instanceof Escalation e && Catalog.STEP_ESCALATION[e.why().ordinal()] < 0)
        || action instanceof Approval
        || action instanceof StopSaleReview
        || action instanceof Investigation
        || action instanceof ProcessFix
        || action instanceof Credit;
  }

  /** Tells whether a delivery change is about a parcel that never came, rather than a late one. */
  private boolean lostParcel(ProcessFix.Area area) {
    return area == ProcessFix.Area.DELIVERY && complaint.kind() == IssueKind.LOST_DELIVERY;
  }

  /**
   * Returns the phrase key of a statement, having set the variables it needs. A root cause is only
   * named when it is known: with an unknown cause, or one the letter cannot name, the letter says
   * that we are finding out.
   */
  private int statementKey(OwnershipStatement s) {
    int key = Catalog.OWN[s.key().ordinal()];
    switch (s.key()) {
      case NOT_THE_FIRST_TIME ->
          set(Var.TIMES, numbers.times(parameter(s, key, Var.TIMES, "count")));
      case ROOT_CAUSE_FIX -> {
        ProcessFix.Area area = area(s);
        if (complaint.cause() == Cause.UNKNOWN || area == ProcessFix.Area.OTHER) {
          return Catalog.OWN_CAUSE_UNKNOWN;
        }
        set(
            Var.AREA,
            value(
                lostParcel(area)
                    ? Catalog.AREA_DELIVERY_LOST
                    : Catalog.AREA_CAUSE[area.ordinal()]));
      }
      case PERSONAL_OWNER -> set(Var.OWNER, parameter(s, key, Var.OWNER, "owner"));
      default -> {}
    }
    return key;
  }

  /** Returns the area a root-cause statement names; one the letter cannot name reads as OTHER. */
  private static ProcessFix.Area area(OwnershipStatement s) {
    String raw = s.parameters().get("area");
    if (raw != null) {
      for (ProcessFix.Area a : ProcessFix.Area.values()) {
        if (a.name().equals(raw.strip())) {
          return a;
        }
      }
    }
    return ProcessFix.Area.OTHER;
  }

  private String parameter(OwnershipStatement s, int key, Var var, String name) {
    String value = s.parameters().get(name);
    if (value == null || value.isBlank()) {
      if (!language.phrase(tone, key).uses(var)) {
        return "";
      }
      throw new LetterException(
          "ownership statement "
              + s.key()
              + " of plan "
              + plan.complaintId()
              + " needs parameter '"
              + name
              + "' for phrase '"
              + Catalog.name(key)
              + "' ("
              + language.tag
              + ") but has "
              + s.parameters().keySet());
    }
    return Plain.isolated(value);
  }

  /**
   * Sets {@link Var#ITEMS} to the noun phrase for a product and quantity, and tells whether the
   * quantity takes the language's singular.
   */
  private boolean items(String sku, int quantity) {
    @Nullable OrderLine line = null;
    for (OrderLine l : complaint.lines()) {
      if (l.sku().equals(sku)) {
        line = l;
        break;
      }
    }
    set(Var.ITEMS, line == null ? framed(sku, quantity) : product(line, quantity));
    return plural.category(quantity) == PluralCategory.ONE;
  }

  private int quantityOf(String sku) {
    for (OrderLine l : complaint.lines()) {
      if (l.sku().equals(sku)) {
        return l.quantity();
      }
    }
    return 1;
  }

  private String product(OrderLine line) {
    return product(line, line.quantity());
  }

  /**
   * Returns the noun phrase for a line: the customer's own name for it in their language, the
   * catalogue's name in the catalogue's language, and otherwise the catalogue's name in a neutral
   * frame («el artículo "…"»), with the quantity in words when there is more than one. A customer's
   * name with a known gender takes the pack's agreeing frame for it ("a sua cafeteira", "Ihre
   * Pfanne") where the pack has one.
   */
  private String product(OrderLine line, int quantity) {
    String name;
    if (localNames && line.localName().isPresent()) {
      name = line.localName().get();
    } else if (catalogNames) {
      name = line.name();
    } else {
      return framed(line.name(), quantity);
    }
    set(Var.PRODUCT, Plain.isolated(name));
    boolean one = plural.category(quantity) == PluralCategory.ONE;
    if (!one) {
      set(Var.COUNT, numbers.count(quantity));
    }
    int key = one ? Catalog.PRODUCT_ONE : Catalog.PRODUCT_SEVERAL;
    if (localNames && line.localName().isPresent() && line.localGender().isPresent()) {
      int gendered =
          (one ? Catalog.PRODUCT_ONE_BY_GENDER : Catalog.PRODUCT_SEVERAL_BY_GENDER)
              [line.localGender().get().ordinal()];
      // A pack gives gendered frames only where its language needs them; elsewhere the neutral
      // frame already agrees (invariable possessives, "unidades de …").
      if (language.has(tone, gendered)) {
        key = gendered;
      }
    }
    return value(key);
  }

  private String framed(String name, int quantity) {
    set(Var.PRODUCT, Plain.isolated(name));
    if (plural.category(quantity) == PluralCategory.ONE) {
      return value(Catalog.PRODUCT_FRAMED);
    }
    set(Var.COUNT, numbers.count(quantity));
    return value(Catalog.PRODUCT_FRAMED_SEVERAL);
  }

  private LetterSection listed(boolean formal, SectionKind kind, int heading, TextList list) {
    if (formal) {
      return new LetterSection(kind, Optional.of(phrase(heading)), List.of(), list);
    }
    return new LetterSection(kind, Optional.empty(), list, List.of());
  }

  private LetterSection paragraph(SectionKind kind, int key) {
    String text = phrase(key);
    return paragraph(kind, text, phraseClean);
  }

  private static LetterSection paragraph(SectionKind kind, String text, boolean clean) {
    TextList paragraphs = new TextList(1);
    paragraphs.addOnce(text, clean);
    return new LetterSection(kind, Optional.empty(), paragraphs, List.of());
  }

  /** Adds a phrase unless the same sentence is already there. */
  private void addPhrase(TextList list, int key) {
    String text = phrase(key);
    list.addOnce(text, phraseClean);
  }

  private void set(Var var, String value) {
    values[var.ordinal()] = value;
    cleanValues[var.ordinal()] = HtmlEscaper.isClean(value);
  }

  /** Returns a phrase filled in, and sets {@link #phraseClean}. */
  private String phrase(int key) {
    Phrase p = language.phrase(tone, key);
    phraseClean = p.isCleanWith(cleanValues);
    if (p.constant != null) {
      return p.constant;
    }
    buffer.setLength(0);
    p.appendTo(buffer, values);
    return buffer.toString();
  }

  /**
   * Returns a phrase filled in, to become the value of a variable; leaves {@link #buffer} alone.
   */
  private String value(int key) {
    Phrase p = language.phrase(tone, key);
    if (p.constant != null) {
      return p.constant;
    }
    valueBuffer.setLength(0);
    p.appendTo(valueBuffer, values);
    return valueBuffer.toString();
  }

  /** Starts a paragraph of phrases in {@link #buffer}; see {@link #appendPhrase}. */
  private StringBuilder startText() {
    buffer.setLength(0);
    textClean = true;
    return buffer;
  }

  /**
   * Appends a phrase as the next sentence of the text begun by {@link #startText}, without an
   * intermediate string, and keeps {@link #textClean}. No {@link #phrase} call may intervene, since
   * it reuses the buffer.
   */
  private void appendPhrase(StringBuilder text, int key) {
    if (text.length() > 0) {
      text.append(' ');
    }
    Phrase p = language.phrase(tone, key);
    textClean &= p.isCleanWith(cleanValues);
    p.appendTo(text, values);
  }

  private static boolean[] goodsInHand() {
    boolean[] out = new boolean[IssueKind.values().length];
    for (IssueKind k : IssueKind.values()) {
      out[k.ordinal()] =
          switch (k) {
            case DAMAGED, WRONG_ITEM, WRONG_SIZE, USAGE_DIFFICULTY, POOR_QUALITY, LATE_DELIVERY ->
                true;
            case LOST_DELIVERY,
                BILLING_ERROR,
                SERVICE_FAILURE,
                ACCOUNT_PROBLEM,
                STAFF_CONDUCT,
                OTHER ->
                false;
          };
    }
    return out;
  }
}
