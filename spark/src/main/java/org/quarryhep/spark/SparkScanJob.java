package org.quarryhep.spark;

import java.nio.file.Path;
import org.quarryhep.core.QuarryException;
import org.quarryhep.scan.ExecutorSettings;
import org.quarryhep.scan.ScanFiles;

/**
 * The main class of the job jar: {@code spark-submit --class org.quarryhep.spark.SparkScanJob
 * quarry-spark-job.jar SCAN.yaml -o DIR [--resume]}. The master and resources come from
 * spark-submit; results.json is written on the driver.
 */
public final class SparkScanJob {
    private SparkScanJob() {}

    /**
     * Runs a scan file on the Spark cluster spark-submit connected to.
     *
     * @param args {@code SCAN.yaml -o DIR [--resume]}
     */
    public static void main(String[] args) {
        Path scan = null;
        Path out = null;
        boolean resume = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-o", "--output" -> out = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--resume" -> resume = true;
                default -> scan = Path.of(args[i]);
            }
        }
        if (scan == null || out == null) {
            System.err.println("usage: SparkScanJob SCAN.yaml -o DIR [--resume]");
            System.exit(2);
        }
        try (SparkScanExecutor executor =
                new SparkScanExecutor(ExecutorSettings.fromEnvironment(1, null))) {
            ScanFiles.Finished done = ScanFiles.run(scan, out, executor, resume, o -> {});
            System.out.println(
                    "quarry scan: "
                            + done.result().outcomes().size()
                            + " points ("
                            + done.result().failures().size()
                            + " failed) -> "
                            + done.resultsJson());
        } catch (QuarryException e) {
            System.err.println("quarry scan: " + e.getMessage());
            System.exit(1);
        }
    }
}
