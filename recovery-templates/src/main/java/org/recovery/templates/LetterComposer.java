package org.recovery.templates;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.recovery.core.Complaint;
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
 */
final class LetterComposer {
  private final Complaint complaint;
  private final RecoveryPlan plan;
  private final Tone tone;
  private final PhraseBook.Language language;
  private final Formats formats;
  private final ZoneId zone;
  private final String[] values = new String[Var.ALL.length];

  /** For each variable, whether its value stands in HTML as it is. */
  private final boolean[] cleanValues = new boolean[Var.ALL.length];

  private final StringBuilder buffer = new StringBuilder(256);

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
      boolean emoticons) {
    this.complaint = complaint;
    this.plan = plan;
    this.tone = tone;
    this.language = language;
    this.formats = formats;
    this.zone = zone;
    Arrays.fill(values, "");
    Arrays.fill(cleanValues, true);
    set(Var.NAME, Plain.isolated(complaint.customer().name()));
    set(Var.SMILE, emoticons ? " \uD83D\uDE42" : "");
  }

  LetterBody compose(Locale locale, Optional<String> signature, boolean quoteMessage) {
    boolean formal = tone == Tone.FORMAL_APOLOGY;
    List<OrderLine> lines = complaint.lines();
    if (lines.isEmpty()) {
      set(Var.ORDER, phrase(Catalog.ORDER_UNNAMED));
    } else {
      set(Var.PRODUCT, productNames(lines));
      set(Var.ORDER, phrase(Catalog.ORDER_NAMED));
    }
    set(Var.ISSUE, phrase(Catalog.ISSUE_BY_KIND[complaint.kind().ordinal()]));

    List<LetterSection> sections = new ArrayList<>(10);
    sections.add(paragraph(SectionKind.GREETING, Catalog.GREETING));
    sections.add(paragraph(SectionKind.APOLOGY, Catalog.APOLOGY));
    if (formal) {
      StringBuilder ack = startText();
      appendPhrase(ack, Catalog.ACK_BY_KIND[complaint.kind().ordinal()]);
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
    sections.add(paragraph(SectionKind.THANKS, Catalog.THANKS));
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
    boolean saidNoReturn = false;
    for (RecoveryAction action : plan.actions()) {
      if (isInternalOrElsewhere(action)) {
        continue;
      }
      boolean physical = false;
      StringBuilder step = startText();
      if (action instanceof Refund r) {
        set(Var.AMOUNT, formats.money(r.amount()));
        appendPhrase(step, Catalog.STEP_REFUND);
        physical = !r.skus().isEmpty();
      } else if (action instanceof Replacement r) {
        set(Var.ITEMS, items(r.sku(), r.quantity()));
        set(Var.DATE, formats.date(r.shipBy(), zone));
        appendPhrase(
            step, r.quantity() == 1 ? Catalog.STEP_REPLACEMENT : Catalog.STEP_REPLACEMENT_SEVERAL);
        physical = true;
      } else if (action instanceof Exchange e) {
        set(Var.ITEMS, items(e.sku(), e.quantity()));
        set(Var.DATE, formats.date(e.shipBy(), zone));
        appendPhrase(
            step, e.quantity() == 1 ? Catalog.STEP_EXCHANGE : Catalog.STEP_EXCHANGE_SEVERAL);
        physical = true;
      } else if (action instanceof Reship r) {
        set(Var.ITEMS, items(r.sku(), r.quantity()));
        set(Var.DATE, formats.date(r.shipBy(), zone));
        boolean one = r.quantity() == 1;
        appendPhrase(
            step,
            r.expedited()
                ? (one ? Catalog.STEP_RESHIP_EXPEDITED : Catalog.STEP_RESHIP_EXPEDITED_SEVERAL)
                : (one ? Catalog.STEP_RESHIP : Catalog.STEP_RESHIP_SEVERAL));
      } else if (action instanceof Guidance g) {
        appendPhrase(step, Catalog.STEP_GUIDANCE[g.fallback().ordinal()]);
      } else if (action instanceof ReturnRequest r) {
        set(Var.ITEMS, items(r.sku(), 1));
        appendPhrase(step, Catalog.STEP_RETURN);
        if (r.prepaidLabel()) {
          appendPhrase(step, Catalog.STEP_RETURN_LABEL);
        }
        if (r.photosWelcome()) {
          appendPhrase(step, Catalog.STEP_RETURN_PHOTOS);
        }
        appendPhrase(step, Catalog.STEP_RETURN_OPTIONAL);
      } else if (action instanceof AccountFix f) {
        appendPhrase(step, Catalog.STEP_ACCOUNT[f.change().ordinal()]);
      } else if (action instanceof FollowUp f) {
        set(Var.DATE, formats.date(f.at(), zone));
        appendPhrase(step, Catalog.STEP_FOLLOW_UP[f.why().ordinal()]);
      } else if (action instanceof Escalation e) {
        set(Var.DATE, formats.date(e.deadline(), zone));
        appendPhrase(step, Catalog.STEP_ESCALATION[e.why().ordinal()]);
      } else {
        throw new IllegalStateException("no step for action " + action.type());
      }
      if (physical && !saidNoReturn) {
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

  private void changes(boolean formal, List<LetterSection> sections) {
    TextList changes = new TextList(4);
    for (RecoveryAction action : plan.actions()) {
      if (action instanceof Investigation i) {
        set(Var.ITEMS, items(i.sku(), 1));
        if (i.lot().isPresent()) {
          set(Var.LOT, Plain.isolated(i.lot().get()));
          addPhrase(changes, Catalog.CHANGE_INVESTIGATION_LOT);
        } else {
          addPhrase(changes, Catalog.CHANGE_INVESTIGATION);
        }
      } else if (action instanceof ProcessFix f) {
        addPhrase(changes, Catalog.CHANGE_AREA[f.area().ordinal()]);
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
        set(Var.DATE, formats.date(c.expiresAt(), zone));
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

  /** Returns the phrase key of a statement, having set the variables it needs. */
  private int statementKey(OwnershipStatement s) {
    int key = Catalog.OWN[s.key().ordinal()];
    switch (s.key()) {
      case NOT_THE_FIRST_TIME -> set(Var.COUNT, count(parameter(s, key, Var.COUNT)));
      case ROOT_CAUSE_FIX -> set(Var.AREA, parameter(s, key, Var.AREA));
      case PERSONAL_OWNER -> set(Var.OWNER, parameter(s, key, Var.OWNER));
      default -> {}
    }
    return key;
  }

  private String parameter(OwnershipStatement s, int key, Var var) {
    String value = s.parameters().get(var.token);
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
              + var.token
              + "' for phrase '"
              + Catalog.name(key)
              + "' ("
              + language.tag
              + ") but has "
              + s.parameters().keySet());
    }
    return Plain.isolated(value);
  }

  private String count(String raw) {
    try {
      return raw.isEmpty() ? raw : formats.number(Long.parseLong(raw.strip()));
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  /**
   * Returns the product's name, untranslated, and sets {@link Var#COUNT} to the quantity: phrases
   * come in a one and a several form, so the quantity is worded by each language, never glued on.
   */
  private String items(String sku, int quantity) {
    String name = sku;
    for (OrderLine line : complaint.lines()) {
      if (line.sku().equals(sku)) {
        name = line.name();
        break;
      }
    }
    set(Var.COUNT, formats.number(quantity));
    return Plain.isolated(name);
  }

  private static String productNames(List<OrderLine> lines) {
    if (lines.size() == 1) {
      return Plain.isolated(lines.get(0).name());
    }
    Set<String> names = new LinkedHashSet<>();
    for (OrderLine line : lines) {
      names.add(Plain.isolated(line.name()));
    }
    return String.join(", ", names);
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
}
