package org.recovery.core.internal.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.regex.Pattern;

/** Builds JSONPath strings: {@code $}, {@code $.lines[0].sku}, {@code $['odd name']}. */
final class JsonPaths {
  static final String ROOT = "$";
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPaths() {}

  static String field(String parent, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
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
