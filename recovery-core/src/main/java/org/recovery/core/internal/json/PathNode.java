package org.recovery.core.internal.json;

import org.jspecify.annotations.Nullable;

/**
 * Where a value sits in its document, kept as a link to its parent and rendered as a JSONPath
 * string only when a message needs it: most values are read without error, so building every path
 * string up front would be wasted work.
 */
final class PathNode {
  static final PathNode ROOT = new PathNode(null, JsonPaths.ROOT, -1);

  private final @Nullable PathNode parent;
  // The field name under the parent, or for a root the rendered root path; null for an element.
  private final @Nullable String name;
  private final int index;

  private PathNode(@Nullable PathNode parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** Returns a root that renders as the given path, for values inside a host's document. */
  static PathNode root(String rendered) {
    return new PathNode(null, rendered, -1);
  }

  PathNode field(String fieldName) {
    return new PathNode(this, fieldName, -1);
  }

  PathNode element(int elementIndex) {
    return new PathNode(this, null, elementIndex);
  }

  String render() {
    if (parent == null) {
      return String.valueOf(name);
    }
    String above = parent.render();
    return name != null ? JsonPaths.field(above, name) : JsonPaths.index(above, index);
  }

  @Override
  public String toString() {
    return render();
  }
}
