package org.quarryhep.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.pipeline.AnalysisFile;
import org.quarryhep.pipeline.AnalysisFiles;
import org.quarryhep.pipeline.Pipeline;
import org.quarryhep.pipeline.PipelineListener;
import org.quarryhep.pipeline.RunOptions;
import org.quarryhep.pipeline.RunResult;

/**
 * Runs the analysis pipeline ({@code quarry run}) at each point, with the point's parameters
 * substituted as {@code --set} overrides and the point's seed as the analysis seed:
 *
 * <pre>
 * runner:
 *   type: pipeline
 *   analysis: ../z-mumu/analysis.yaml     # relative to the scan file
 *   set: {samples.2.params.MZ: m_zprime}  # dotted key: a scan parameter's name, or a YAML value
 *   seed_key: seed                        # the analysis key that gets the point's seed ("" for none)
 *   threads: 1                            # pipeline threads per point
 *   work_dir: /scratch/quarry-scan        # per-point pipeline output and cache
 * </pre>
 *
 * The results are the numbers of every statistics entry, {@code NAME.KEY} ({@code
 * window-count.mu_limit}, {@code window-count.signal_yield}, ...), with a {@code KEY_band} of five
 * values (−2σ … +2σ) spelled as the expected variants {@code NAME.KEY_exp_m2} … {@code
 * NAME.KEY_exp_p2}, so contours and curves find them; a statistics entry with several signal points
 * writes {@code NAME[i].KEY}.
 */
public final class PipelineRunner implements PointRunner {
    private static final String SET = "set:";

    private final Path analysis;
    private final Path workDir;
    private final int threads;
    private final String seedKey;
    private final Map<String, String> substitutions;
    private final List<String> parameters;

    private PipelineRunner(
            Path analysis,
            Path workDir,
            int threads,
            String seedKey,
            Map<String, String> substitutions,
            List<String> parameters) {
        this.analysis = analysis;
        this.workDir = workDir;
        this.threads = threads;
        this.seedKey = seedKey;
        this.substitutions = substitutions;
        this.parameters = parameters;
    }

    /**
     * The runner a scan definition describes.
     *
     * @throws ScanException naming the bad setting
     */
    public static PipelineRunner from(ScanDefinition def) {
        Map<String, String> s = def.runner().settings();
        Map<String, String> substitutions = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : s.entrySet()) {
            String k = e.getKey();
            if (k.startsWith(SET)) {
                substitutions.put(k.substring(SET.length()), e.getValue());
            } else if (!List.of("analysis", "threads", "seed_key", "work_dir").contains(k)) {
                throw new ScanException(
                        "/runner/"
                                + k
                                + ": unknown setting of the pipeline runner; allowed: analysis,"
                                + " set, seed_key, threads, work_dir",
                        def.source());
            }
        }
        String file = s.get("analysis");
        if (file == null) {
            throw new ScanException("/runner/analysis: is required", def.source());
        }
        Path base = Path.of(def.source()).toAbsolutePath().getParent();
        int threads;
        try {
            threads = Integer.parseInt(s.getOrDefault("threads", "1"));
        } catch (NumberFormatException e) {
            threads = 0;
        }
        if (threads < 1) {
            throw new ScanException(
                    "/runner/threads: must be an integer >= 1, got " + s.get("threads"),
                    def.source());
        }
        Path work =
                s.containsKey("work_dir")
                        ? base.resolve(s.get("work_dir"))
                        : Path.of(System.getProperty("java.io.tmpdir"), "quarry-scan", def.name());
        return new PipelineRunner(
                base.resolve(file),
                work,
                threads,
                s.getOrDefault("seed_key", "seed"),
                substitutions,
                def.parameters().stream().map(ParameterAxis::name).toList());
    }

    /** The {@code --set} overrides of a point: substitutions and the seed. */
    public Map<String, String> overrides(ScanPoint point) {
        Map<String, String> out = new LinkedHashMap<>();
        substitutions.forEach(
                (key, value) ->
                        out.put(
                                key,
                                parameters.contains(value)
                                        ? Double.toString(point.get(value))
                                        : value));
        if (!seedKey.isEmpty()) {
            out.put(seedKey, Long.toString(point.seed()));
        }
        return out;
    }

    @Override
    public Map<String, Double> run(ScanPoint point) {
        AnalysisFile a = AnalysisFiles.load(analysis, overrides(point));
        RunResult r;
        try {
            r =
                    new Pipeline(
                                    a,
                                    new RunOptions(
                                            workDir.resolve(folderOf(point)),
                                            false,
                                            threads,
                                            Optional.empty()),
                                    PipelineListener.SILENT)
                            .run();
        } catch (IOException e) {
            throw new UncheckedIOException("pipeline run at " + point.parameters(), e);
        }
        return statistics(r.results().get("statistics"));
    }

    /** The numbers of results.json's {@code statistics}, flattened as the class comment says. */
    static Map<String, Double> statistics(Object statistics) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!(statistics instanceof Map<?, ?> entries)) {
            return out;
        }
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> entry)
                    || !(entry.get("points") instanceof List<?> points)) {
                continue;
            }
            for (int i = 0; i < points.size(); i++) {
                String prefix = e.getKey() + (points.size() == 1 ? "" : "[" + i + "]") + ".";
                if (points.get(i) instanceof Map<?, ?> p) {
                    for (Map.Entry<?, ?> v : p.entrySet()) {
                        String key = String.valueOf(v.getKey());
                        if (v.getValue() instanceof Number n) {
                            out.put(prefix + key, n.doubleValue());
                        } else if (key.endsWith("_band")
                                && v.getValue() instanceof List<?> band
                                && band.size() == 5) {
                            String stem =
                                    prefix + key.substring(0, key.length() - "_band".length());
                            for (int k = 0; k < 5; k++) {
                                out.put(
                                        stem + "_" + AnalyticSmuonRunner.BANDS.get(k),
                                        ((Number) band.get(k)).doubleValue());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String folderOf(ScanPoint point) {
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256")
                            .digest(
                                    (point.coordinateKey() + "\n" + point.seed())
                                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
