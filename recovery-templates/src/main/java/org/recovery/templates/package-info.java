/** Recovery templates. */
@NullMarked
package org.recovery.templates;

import org.jspecify.annotations.NullMarked;
