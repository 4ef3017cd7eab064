/** Tests of NPS on Apache Spark against the single-machine reader. */
@NullMarked
package org.recovery.examples.spark;

import org.jspecify.annotations.NullMarked;
