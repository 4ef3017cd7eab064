package org.recovery.nps.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decompresses a gzip export (one member or several concatenated, as {@code cat a.gz b.gz} makes)
 * with the JDK, and says in its errors that the compressed data, not the export, is damaged. Does
 * not close the stream it reads unless closed itself.
 */
final class GunzippedInputStream extends InputStream {
  private final GZIPInputStream in;

  GunzippedInputStream(InputStream compressed) throws IOException {
    try {
      this.in = new GZIPInputStream(compressed, SurveyReader.BUFFER_SIZE);
    } catch (ZipException | EOFException e) {
      throw damaged(e);
    }
  }

  @Override
  public int read() throws IOException {
    try {
      return in.read();
    } catch (ZipException | EOFException e) {
      throw damaged(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return in.read(b, off, len);
    } catch (ZipException | EOFException e) {
      throw damaged(e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static IOException damaged(IOException e) {
    return new IOException(
        "the gzip-compressed export is truncated or damaged ("
            + e.getMessage()
            + "); check it with gzip -t and download or copy it again",
        e);
  }
}
