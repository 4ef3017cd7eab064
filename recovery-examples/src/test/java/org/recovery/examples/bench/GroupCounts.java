package org.recovery.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Holds the promoter/passive/detractor counts per group of one benchmark query, in a canonical form
 * both tools print, so the comparison can check they counted the same rows.
 */
final class GroupCounts {
  private final TreeMap<String, long[]> groups = new TreeMap<>();
  private long rejected;

  void add(String key, long promoters, long passives, long detractors) {
    long[] c = groups.computeIfAbsent(key, k -> new long[3]);
    c[0] += promoters;
    c[1] += passives;
    c[2] += detractors;
  }

  void rejected(long rows) {
    this.rejected = rows;
  }

  long responses() {
    long n = 0;
    for (long[] c : groups.values()) {
      n += c[0] + c[1] + c[2];
    }
    return n;
  }

  /** Returns the line a child process prints: responses, rejected, groups and a digest. */
  String resultLine() {
    StringBuilder canonical = new StringBuilder();
    for (Map.Entry<String, long[]> e : groups.entrySet()) {
      long[] c = e.getValue();
      canonical.append(e.getKey()).append(',').append(c[0]).append(',').append(c[1]);
      canonical.append(',').append(c[2]).append('\n');
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return "RESULT responses="
          + responses()
          + " rejected="
          + rejected
          + " groups="
          + groups.size()
          + " digest="
          + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns this process's peak resident set (VmHWM) in kB, or -1 where /proc is missing. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
