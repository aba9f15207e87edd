package org.quarryhep.scan;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an executor needs to run points: the scan file's text (so a remote worker rebuilds the
 * definition and the runner itself) or, for in-process runs, a runner given directly.
 *
 * <p>Serializable: a cluster executor ships the job to its workers, where {@link #runner()} builds
 * the runner once per worker JVM.
 */
public final class ScanJob implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, PointRunner> RUNNERS = new LinkedHashMap<>();

    private final String text;
    private final String source;
    private transient ScanDefinition definition;
    private transient PointRunner runner;

    private ScanJob(String text, String source, ScanDefinition definition, PointRunner runner) {
        this.text = text;
        this.source = source;
        this.definition = definition;
        this.runner = runner;
    }

    /** A job from scan YAML; every worker parses it and builds the runner it names. */
    public static ScanJob fromText(String text, String source) {
        return new ScanJob(text, source, ScanFile.parse(text, source), null);
    }

    /**
     * A job with a runner given in code (tests, embedding): runs in this JVM only, not on a cluster
     * executor.
     */
    public static ScanJob withRunner(ScanDefinition definition, PointRunner runner) {
        return new ScanJob(null, definition.source(), definition, runner);
    }

    /** Whether the job can be shipped to other JVMs (it was made from scan text). */
    public boolean portable() {
        return text != null;
    }

    /** The scan definition. */
    public ScanDefinition definition() {
        if (definition == null) {
            definition = ScanFile.parse(text, source);
        }
        return definition;
    }

    /** The runner, built once per JVM for jobs made from text. */
    public PointRunner runner() {
        if (runner == null) {
            synchronized (RUNNERS) {
                runner =
                        RUNNERS.computeIfAbsent(
                                source + "\n" + text, k -> PointRunners.create(definition()));
            }
        }
        return runner;
    }

    /**
     * Runs one point and keeps only the reported quantities.
     *
     * @throws ScanException when the runner lacks a quantity the scan reports
     */
    public Map<String, Double> runPoint(ScanPoint point) {
        Map<String, Double> all = runner().run(point);
        if (definition().report().isEmpty()) {
            return all;
        }
        Map<String, Double> kept = new LinkedHashMap<>();
        for (String q : definition().report()) {
            Double v = all.get(q);
            if (v == null) {
                throw new ScanException(
                        "/report: the runner gives no '" + q + "' (it gives " + all.keySet() + ")",
                        definition().source());
            }
            kept.put(q, v);
        }
        return kept;
    }
}
