/**
 * Strict, path-naming JSON reading shared by Recovery's own formats; not part of the public API.
 * Start with {@link org.recovery.core.internal.json.StrictJson}.
 */
@NullMarked
package org.recovery.core.internal.json;

import org.jspecify.annotations.NullMarked;
