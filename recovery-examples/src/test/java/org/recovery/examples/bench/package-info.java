/**
 * JMH benchmarks of every module, with the baselines they are compared with, and {@link
 * org.recovery.examples.bench.BenchmarkSuite}, which runs them all and prints one table.
 */
@NullMarked
package org.recovery.examples.bench;

import org.jspecify.annotations.NullMarked;
