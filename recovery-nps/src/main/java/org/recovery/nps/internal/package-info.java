/**
 * Implementation details of the NPS module (numerics and report rendering); not part of the API and
 * subject to change without notice.
 */
@NullMarked
package org.recovery.nps.internal;

import org.jspecify.annotations.NullMarked;
