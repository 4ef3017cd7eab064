package org.recovery.templates;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The strings of a section as the composer wrote them, each with whether it is known to hold
 * nothing HTML must escape. To everyone outside this package it is an immutable list: every public
 * mutator throws {@link UnsupportedOperationException}, and only the composer, before it builds the
 * section, calls {@link #addOnce}.
 *
 * <p>A string is known clean when every phrase literal in it was found clean when the phrase pack
 * was loaded, and every value in it was found clean when it was set; a string made of clean pieces
 * is clean, since escaping looks at one character at a time. {@link HtmlRenderer} copies a clean
 * string as it is and escapes every other, so most of a letter is never scanned again. {@link
 * LetterSection} keeps a {@code TextList} as it is and copies any other list, whose strings are
 * then all escaped.
 */
final class TextList extends AbstractList<String> implements RandomAccess {
  private String[] texts;
  private boolean[] clean;
  private int size;

  TextList(int capacity) {
    texts = new String[capacity];
    clean = new boolean[capacity];
  }

  /**
   * Appends a string unless the same one is already there: two fixes may read the same.
   *
   * @param text the string, never null
   * @param knownClean true only when the string is known to hold nothing HTML must escape
   */
  void addOnce(String text, boolean knownClean) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < size; i++) {
      if (texts[i].equals(text)) {
        return;
      }
    }
    if (size == texts.length) {
      texts = Arrays.copyOf(texts, size * 2 + 2);
      clean = Arrays.copyOf(clean, size * 2 + 2);
    }
    texts[size] = text;
    clean[size] = knownClean;
    size++;
  }

  /**
   * Tells whether a string is known to hold nothing HTML must escape.
   *
   * @param index the string's position
   * @return true if it may be written as it is; false if it must be escaped
   */
  boolean isClean(int index) {
    Objects.checkIndex(index, size);
    return clean[index];
  }

  @Override
  public String get(int index) {
    Objects.checkIndex(index, size);
    return texts[index];
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Returns a list a section can hold: a list the composer wrote as it is, any other as an
   * immutable copy.
   *
   * @param list the list given to the section
   * @return an immutable list with the same strings
   * @throws NullPointerException if the list or a string is null
   */
  static List<String> immutable(List<String> list) {
    return list instanceof TextList ? list : List.copyOf(list);
  }

  /**
   * Tells whether a string of a section is known to hold nothing HTML must escape.
   *
   * @param texts the section's paragraphs or steps
   * @param index the string's position
   * @return true only for a clean string of a list the composer wrote
   */
  static boolean isClean(List<String> texts, int index) {
    return texts instanceof TextList t && t.isClean(index);
  }
}
