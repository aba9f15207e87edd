package org.quarryhep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.quarryhep.scan.ExecutorSettings;
import org.quarryhep.scan.PointOutcome;
import org.quarryhep.scan.ScanException;
import org.quarryhep.scan.ScanExecutor;
import org.quarryhep.scan.ScanJob;
import org.quarryhep.scan.ScanPoint;

/**
 * Runs scan points as Spark tasks, one task per point, and collects the outcomes to the driver in
 * the order of the points.
 *
 * <p>The workers rebuild the scan and its runner from the scan file's text shipped with each task
 * ({@link ScanJob}); a point's numbers depend only on its coordinates and seed, so retries ({@code
 * spark.task.maxFailures}), speculative duplicates and dynamic allocation cannot change them.
 * Spark's local master does not retry tasks ({@code local[N]} means one attempt), so a local master
 * {@code local[N]} runs as {@code local[N,F]} with F = {@code spark.task.maxFailures} (default 4):
 * retries behave as on a cluster.
 */
public final class SparkScanExecutor implements ScanExecutor {
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)\\])?");

    private final JavaSparkContext context;
    private final int maxFailures;
    private final int failTaskOnce;
    private int submitted;

    /**
     * Connects to Spark.
     *
     * @param settings the master URL (or {@code null} under spark-submit) and the test hook
     * @throws ScanException when no master is given or configured
     */
    public SparkScanExecutor(ExecutorSettings settings) {
        SparkConf conf = new SparkConf().setAppName("quarry scan");
        String master =
                settings.master() != null ? settings.master() : conf.get("spark.master", null);
        if (master == null) {
            throw new ScanException(
                    "no Spark master: give --master (e.g. local[2], spark://host:7077) or run"
                            + " through spark-submit");
        }
        this.maxFailures = conf.getInt("spark.task.maxFailures", 4);
        Matcher local = LOCAL.matcher(master);
        if (local.matches()) {
            String threads = local.group(1) == null ? "1" : local.group(1);
            master = "local[" + threads + "," + maxFailures + "]";
            // A local run stays on the loopback interface and opens no web UI port.
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        conf.setMaster(master);
        this.failTaskOnce = settings.failTaskOnce().orElse(-1);
        this.context = new JavaSparkContext(conf);
        context.setLogLevel("WARN");
    }

    @Override
    public String name() {
        return "spark";
    }

    /** The master URL Spark runs on (after the local retry rewrite). */
    public String master() {
        return context.master();
    }

    @Override
    public List<PointOutcome> run(
            ScanJob job, List<ScanPoint> points, Consumer<PointOutcome> onDone) {
        if (!job.portable()) {
            throw new ScanException(
                    "the spark executor runs scans read from a scan file; a runner given in code"
                            + " stays in its JVM (use the local executor)");
        }
        List<IndexedPoint> tasks = new ArrayList<>(points.size());
        for (ScanPoint p : points) {
            tasks.add(new IndexedPoint(submitted++, p));
        }
        context.setJobDescription(
                "quarry scan " + job.definition().name() + ": " + points.size() + " points");
        List<PointOutcome> out =
                context.parallelize(tasks, tasks.size())
                        .map(new PointTask(job, maxFailures, failTaskOnce))
                        .collect();
        out.forEach(onDone);
        return out;
    }

    @Override
    public void close() {
        context.stop();
    }
}
