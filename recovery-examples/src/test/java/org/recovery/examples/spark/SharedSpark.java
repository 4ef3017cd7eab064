package org.recovery.examples.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session every test in this JVM shares: local, two threads, no UI, two shuffle
 * partitions, so that a session starts once and small jobs stay fast. Never stopped by a test; the
 * JVM's exit stops it.
 */
final class SharedSpark {
  private static final SparkSession SESSION =
      SparkSession.builder()
          .appName("recovery-nps-tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.default.parallelism", "2")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();

  private SharedSpark() {}

  /** Returns the shared session. */
  static SparkSession session() {
    return SESSION;
  }
}
