package org.recovery.examples.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Several export files read as one: the first file whole, each later one without its header rows
 * (which must match the first file's), a line end added where a file lacks a final one. Counts the
 * bytes and lines that pass through, so progress can be shown and a line of the joined stream
 * traced back to its file and line.
 *
 * <p>Lines are counted as the survey reader counts them: CR, LF and CRLF each end one line, inside
 * quoted fields too. A header row may hold quoted line breaks; quote parity finds where it ends.
 * Not thread-safe: one reader consumes the stream.
 */
final class JoinedExport extends InputStream {

  private final List<Path> files;
  private final int headerRows;
  private final long totalBytes;

  /** For each file: lines of the joined stream before it, and header lines it dropped. */
  private final List<long[]> offsets = new ArrayList<>();

  private Runnable onRead = () -> {};
  private int next;
  private @Nullable InputStream current;
  private @Nullable String firstHeader;
  private long bytesRead;
  private long lines;
  private int last = '\n';
  private boolean pendingNewline;

  /**
   * Prepares to read the files in order.
   *
   * @param files the exports, at least one
   * @param headerRows how many header records each file starts with (0 for JSON Lines)
   */
  JoinedExport(List<Path> files, int headerRows) {
    this.files = List.copyOf(files);
    this.headerRows = headerRows;
    long total = 0;
    for (Path file : files) {
      try {
        total += Files.size(file);
      } catch (IOException e) {
        throw new UnusableInputException(CommandFailures.describe(e), e);
      }
    }
    this.totalBytes = total;
  }

  /** Returns the files, in reading order. */
  List<Path> files() {
    return files;
  }

  /**
   * Registers what to do after each block read, such as updating a progress meter.
   *
   * @param onRead called on the reading thread
   */
  void onRead(Runnable onRead) {
    this.onRead = onRead;
  }

  /** Returns the size of all the files together, in bytes. */
  long totalBytes() {
    return totalBytes;
  }

  /** Returns the bytes read so far, headers of later files included. */
  long bytesRead() {
    return bytesRead;
  }

  /** Returns the lines passed to the reader so far. */
  long lines() {
    return lines;
  }

  /**
   * Traces a line of the joined stream back to where it came from.
   *
   * @param line a 1-based line of the joined stream, as the reader reports it
   * @return {@code FILE:LINE}, or {@code LINE} alone when there is only one file
   */
  String locate(long line) {
    if (files.size() == 1) {
      return Long.toString(line);
    }
    for (int i = offsets.size() - 1; i >= 0; i--) {
      long before = offsets.get(i)[0];
      if (line > before || i == 0) {
        return files.get(i) + ":" + (line - before + offsets.get(i)[1]);
      }
    }
    return Long.toString(line);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (true) {
      if (pendingNewline) {
        pendingNewline = false;
        buffer[offset] = '\n';
        count(buffer, offset, 1);
        return 1;
      }
      if (current == null) {
        if (next == files.size()) {
          return -1;
        }
        current = openNext();
      }
      int n = current.read(buffer, offset, length);
      if (n > 0) {
        count(buffer, offset, n);
        onRead.run();
        return n;
      }
      current.close();
      current = null;
      if (last != '\n' && last != '\r') {
        pendingNewline = true;
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (current != null) {
      current.close();
    }
  }

  private void count(byte[] buffer, int offset, int n) {
    bytesRead += n;
    for (int i = offset; i < offset + n; i++) {
      int b = buffer[i];
      if (b == '\n') {
        if (last != '\r') {
          lines++;
        }
      } else if (b == '\r') {
        lines++;
      }
      last = b;
    }
  }

  private InputStream openNext() throws IOException {
    Path file = files.get(next++);
    var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    if (headerRows == 0) {
      offsets.add(new long[] {lines, 0});
      return in;
    }
    var header = readHeader(in);
    String text = normalise(header.bytes());
    if (firstHeader == null) {
      firstHeader = text;
      offsets.add(new long[] {lines, 0});
      return new SequenceInputStream(new ByteArrayInputStream(header.bytes()), in);
    }
    bytesRead += header.bytes().length;
    if (!text.equals(firstHeader)) {
      in.close();
      throw new UnusableInputException(
          file
              + ": its header rows differ from those of "
              + files.get(0)
              + "; files read as one export must have the same columns");
    }
    offsets.add(new long[] {lines, header.lines()});
    return in;
  }

  /** The header records of one file, and how many physical lines they took. */
  private record Header(byte[] bytes, long lines) {}

  private Header readHeader(InputStream in) throws IOException {
    var bytes = new ByteArrayOutputStream();
    in.mark(3);
    if (in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
      if (firstHeader == null) {
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
    } else {
      in.reset();
    }
    boolean quoted = false;
    int records = 0;
    long physical = 0;
    int previous = -1;
    int b;
    while (records < headerRows && (b = in.read()) >= 0) {
      bytes.write(b);
      if (b == '"') {
        quoted = !quoted;
      } else if (b == '\r' || (b == '\n' && previous != '\r')) {
        physical++;
        if (!quoted) {
          records++;
        }
      }
      if (b == '\r') {
        // A CRLF pair is one line end: take the LF with it.
        in.mark(1);
        int lf = in.read();
        if (lf == '\n') {
          bytes.write(lf);
        } else if (lf >= 0) {
          in.reset();
        }
      }
      previous = b;
    }
    if (records < headerRows && bytes.size() > 0 && previous != '\n' && previous != '\r') {
      physical++;
    }
    return new Header(bytes.toByteArray(), physical);
  }

  private static String normalise(byte[] header) {
    String text = new String(header, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n').strip();
  }
}
