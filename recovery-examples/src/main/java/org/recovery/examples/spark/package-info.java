/**
 * Net Promoter Score on Apache Spark with the library's rules: {@link
 * org.recovery.examples.spark.NpsAggregator} aggregates scores in a {@code Dataset} or as the SQL
 * function {@code nps}, and {@link org.recovery.examples.spark.NpsOnSpark} reports on exports
 * exactly as {@code recovery nps --format json} does.
 */
@NullMarked
package org.recovery.examples.spark;

import org.jspecify.annotations.NullMarked;
