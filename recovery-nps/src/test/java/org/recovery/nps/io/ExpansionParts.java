package org.recovery.nps.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips of named binary parts, for the expansion check's tests. */
final class ExpansionParts {
  private ExpansionParts() {}

  /** Bytes that do not compress, so that a part of them is never a zip bomb. */
  static byte[] noise(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Writes a zip of the parts, given as name then bytes, in that order. */
  static Path zip(Path file, Object... namesAndBytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndBytes.length; i += 2) {
        zip.putNextEntry(new ZipEntry((String) namesAndBytes[i]));
        zip.write((byte[]) namesAndBytes[i + 1]);
        zip.closeEntry();
      }
    }
    return file;
  }

  /**
   * Overwrites a part's compressed bytes with 0xFF, a deflate block of a reserved type, so that the
   * zip opens but the part cannot be inflated.
   */
  static void damage(Path file, String part) throws IOException {
    byte[] zip = Files.readAllBytes(file);
    byte[] name = part.getBytes(StandardCharsets.UTF_8);
    for (int at = 0; at + 30 + name.length <= zip.length; at++) {
      if (zip[at] == 'P'
          && zip[at + 1] == 'K'
          && zip[at + 2] == 3
          && zip[at + 3] == 4
          && java.util.Arrays.equals(zip, at + 30, at + 30 + name.length, name, 0, name.length)) {
        int extra = (zip[at + 28] & 0xFF) | (zip[at + 29] & 0xFF) << 8;
        int data = at + 30 + name.length + extra;
        for (int k = data; k < data + 8 && k < zip.length; k++) {
          zip[k] = (byte) 0xFF;
        }
        Files.write(file, zip);
        return;
      }
    }
    throw new IllegalArgumentException("no part " + part + " in " + file);
  }
}
