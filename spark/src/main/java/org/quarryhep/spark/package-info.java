/**
 * Runs scans on Apache Spark: {@link org.quarryhep.spark.SparkScanExecutor} (one Spark task per
 * point, retried by Spark, results collected to the driver), found by the CLI through {@link
 * org.quarryhep.spark.SparkScanExecutorProvider} and {@code ServiceLoader}, and {@link
 * org.quarryhep.spark.SparkScanJob}, the main class of the job jar for {@code spark-submit}.
 */
package org.quarryhep.spark;
