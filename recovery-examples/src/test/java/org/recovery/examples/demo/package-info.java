/** The generator of the demo's sample survey export, and the test that keeps them in step. */
@NullMarked
package org.recovery.examples.demo;

import org.jspecify.annotations.NullMarked;
