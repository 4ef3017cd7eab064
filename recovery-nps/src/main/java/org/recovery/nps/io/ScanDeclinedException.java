package org.recovery.nps.io;

/**
 * Says that a workbook part holds markup outside what the worksheet scanner reads itself (a
 * formula, a comment, a character reference in a number, markup the XML parser would refuse): the
 * read falls back to the worksheet library, which reads or refuses it as it always has. Carries no
 * stack trace: it is control flow, never shown to anyone.
 */
final class ScanDeclinedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScanDeclinedException(String why) {
    super(why, null, false, false);
  }
}
