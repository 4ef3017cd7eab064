package org.recovery.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Standard output that reports a closed reader: a {@link PrintWriter} swallows write errors, so
 * without this a report piped into {@code head} would be written to the end into nothing. Each
 * block handed over (the buffered writer above it passes 64 KB at a time) is checked.
 */
final class CheckedOutput extends FilterWriter {

  private final PrintWriter target;

  CheckedOutput(PrintWriter target) {
    super(target);
    this.target = target;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    target.write(chars, offset, length);
    check();
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    target.write(text, offset, length);
    check();
  }

  @Override
  public void write(int c) throws IOException {
    target.write(c);
    check();
  }

  @Override
  public void flush() throws IOException {
    check();
  }

  private void check() throws IOException {
    if (target.checkError()) {
      throw new IOException("standard output was closed before the report was written");
    }
  }
}
