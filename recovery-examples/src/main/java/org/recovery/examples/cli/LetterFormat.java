package org.recovery.examples.cli;

import org.recovery.templates.Letter;

/** The renderings a letter can be printed in, by {@code recovery letter} and the HTTP server. */
public enum LetterFormat {
  /** Plain text wrapped at 72 columns. */
  text("text/plain; charset=utf-8"),
  /** A well-formed HTML fragment, every customer-supplied string escaped. */
  html("text/html; charset=utf-8"),
  /** Markdown. */
  md("text/markdown; charset=utf-8"),
  /** The sections and their text, as JSON. */
  json("application/json");

  private final String mediaType;

  LetterFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /**
   * Renders a letter in this format, ending with a line end, as {@code recovery letter} prints it.
   *
   * @param letter the letter
   * @return the text
   */
  public String render(Letter letter) {
    String rendered =
        switch (this) {
          case text -> letter.toText();
          case html -> letter.toHtml();
          case md -> letter.toMarkdown();
          case json -> letter.toJson();
        };
    return rendered.endsWith("\n") ? rendered : rendered + "\n";
  }

  /**
   * Returns the media type of the rendering, e.g. {@code text/html; charset=utf-8}.
   *
   * @return the media type
   */
  public String mediaType() {
    return mediaType;
  }
}
