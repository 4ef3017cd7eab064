/** The {@code recovery} command line: {@link org.recovery.examples.cli.RecoveryCommand}. */
@NullMarked
package org.recovery.examples.cli;

import org.jspecify.annotations.NullMarked;
