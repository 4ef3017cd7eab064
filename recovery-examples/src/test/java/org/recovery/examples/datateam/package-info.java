/** Tests of the data-team example. */
@NullMarked
package org.recovery.examples.datateam;

import org.jspecify.annotations.NullMarked;
