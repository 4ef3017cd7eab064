/** Tests of the HTTP face over real HTTP on loopback. */
@NullMarked
package org.recovery.examples.serve;

import org.jspecify.annotations.NullMarked;
