/** End-to-end tests of the command line, driven in-process through {@link CommandRun}. */
@NullMarked
package org.recovery.examples.cli;

import org.jspecify.annotations.NullMarked;
