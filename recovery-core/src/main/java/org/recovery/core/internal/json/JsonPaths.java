package org.recovery.core.internal.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;

/** Builds JSONPath strings: {@code $}, {@code $.lines[0].sku}, {@code $['odd name']}. */
final class JsonPaths {
  static final String ROOT = "$";

  private JsonPaths() {}

  static String field(String parent, String name) {
    if (isPlain(name)) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  private static boolean isPlain(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * Returns the path of the position a streaming parser is at, for errors the parser raises itself
   * (bad tokens, duplicates, limits).
   */
  static String of(JsonStreamContext context) {
    var chain = new ArrayDeque<JsonStreamContext>();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    String path = ROOT;
    for (JsonStreamContext c : chain) {
      if (c.inObject() && c.getCurrentName() != null) {
        path = field(path, c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = index(path, c.getCurrentIndex());
      }
    }
    return path;
  }
}
