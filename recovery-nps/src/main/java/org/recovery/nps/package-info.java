/** Recovery nps. */
@NullMarked
package org.recovery.nps;

import org.jspecify.annotations.NullMarked;
