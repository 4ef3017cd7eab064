package org.recovery.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A phrase compiled once at load: literal runs between variables, so rendering is a few appends
 * with no parsing. Immutable and thread-safe.
 */
final class Phrase {
  private final String[] literals;
  private final Var[] vars;

  /** The whole text when the phrase has no variables, so writing it allocates nothing. */
  final @Nullable String constant;

  /** Whether every literal run stands in HTML as it is; decided once, at load. */
  private final boolean literalsClean;

  /** The comma-separated items of a list phrase, split on first use; see {@link #items()}. */
  private volatile String @Nullable [] items;

  private Phrase(String[] literals, Var[] vars) {
    this.literals = literals;
    this.vars = vars;
    this.constant = vars.length == 0 ? literals[0] : null;
    boolean clean = true;
    for (String literal : literals) {
      clean &= HtmlEscaper.isClean(literal);
    }
    this.literalsClean = clean;
  }

  /**
   * Parses a phrase, checking every variable against the ones its key allows.
   *
   * @param where names the phrase for messages, e.g. {@code phrase 'step.refund' (es, from x)}
   */
  static Phrase compile(String text, int key, String where) {
    if (text.isBlank()) {
      throw new PhrasePackException(where + " must not be blank");
    }
    Set<Var> allowed = Catalog.vars(key);
    List<String> literals = new ArrayList<>();
    List<Var> vars = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '}') {
        throw new PhrasePackException(
            where + " has a '}' at index " + i + " with no '{' before it: \"" + text + "\"");
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = text.indexOf('}', i + 1);
      int nextOpen = text.indexOf('{', i + 1);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        throw new PhrasePackException(
            where + " has a '{' at index " + i + " with no '}' after it: \"" + text + "\"");
      }
      String token = text.substring(i + 1, close);
      Var var = Var.byToken(token);
      if (var == null || !allowed.contains(var)) {
        throw new PhrasePackException(
            where
                + " refers to variable {"
                + token
                + "}, which this phrase does not have; it may use "
                + describe(allowed));
      }
      literals.add(literal.toString());
      literal.setLength(0);
      vars.add(var);
      i = close + 1;
    }
    literals.add(literal.toString());
    return new Phrase(literals.toArray(new String[0]), vars.toArray(new Var[0]));
  }

  /** Appends the phrase with each variable replaced by its value in {@code values}. */
  void appendTo(StringBuilder out, String[] values) {
    out.append(literals[0]);
    for (int i = 0; i < vars.length; i++) {
      out.append(values[vars[i].ordinal()]);
      out.append(literals[i + 1]);
    }
  }

  /**
   * Tells whether the phrase, filled in, stands in HTML as it is: its literals do, and so does each
   * value it uses.
   *
   * @param cleanValues for each variable, by ordinal, whether its value stands in HTML as it is
   */
  boolean isCleanWith(boolean[] cleanValues) {
    if (!literalsClean) {
      return false;
    }
    for (Var var : vars) {
      if (!cleanValues[var.ordinal()]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the items of a list phrase such as {@code one, two, three}, stripped, split once and
   * kept: letters look up number words on every quantity.
   */
  String[] items() {
    String[] known = items;
    if (known == null) {
      String text = constant != null ? constant : String.join("", literals);
      String[] parts = text.split(",");
      for (int i = 0; i < parts.length; i++) {
        parts[i] = parts[i].strip();
      }
      known = parts;
      items = known;
    }
    return known;
  }

  boolean uses(Var var) {
    for (Var v : vars) {
      if (v == var) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Set<Var> allowed) {
    Set<String> names = new TreeSet<>();
    allowed.forEach(v -> names.add("{" + v.token + "}"));
    return String.join(", ", names);
  }
}
