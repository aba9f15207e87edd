package org.quarryhep.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.pipeline.StatisticsDefinition.AsimovLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CutScan;
import org.quarryhep.pipeline.StatisticsDefinition.LimitOptions;

/**
 * The set-up the pipeline's tests share: an analysis text written as {@code analysis.yaml} into a
 * test's temporary folder, loaded with overrides and run into a folder there, which stages a run
 * did not take from the cache, and the {@code asimov_limit} entry of the statistics tests.
 */
public final class PipelineFixture {
    /** The 95 % quantile of χ² with one degree of freedom (1.959964² from the normal table). */
    public static final double Q95 = 3.841458820694124;

    private final Path dir;
    private final String analysis;

    /**
     * A fixture for one test.
     *
     * @param dir the test's temporary folder
     * @param analysis the analysis file's text
     */
    public PipelineFixture(Path dir, String analysis) {
        this.dir = dir;
        this.analysis = analysis;
    }

    /** Writes a text as the folder's {@code analysis.yaml} and gives its path. */
    public Path write(String text) throws Exception {
        Path file = dir.resolve("analysis.yaml");
        Files.writeString(file, text);
        return file;
    }

    /** Writes the analysis and loads it with overrides (dotted key paths, as {@code --set}). */
    public AnalysisFile load(Map<String, String> overrides) throws Exception {
        return AnalysisFiles.load(write(analysis), overrides);
    }

    /** Runs the analysis with overrides into {@code out/} on 2 threads, reusing its cache. */
    public RunResult run(Map<String, String> overrides) throws Exception {
        return run(overrides, false, 2, "out");
    }

    /**
     * Runs the analysis with overrides.
     *
     * @param fresh whether to ignore the cache
     * @param threads worker threads
     * @param out the output folder, relative to the test's folder
     */
    public RunResult run(Map<String, String> overrides, boolean fresh, int threads, String out)
            throws Exception {
        return new Pipeline(
                        load(overrides),
                        new RunOptions(dir.resolve(out), fresh, threads, Optional.empty()),
                        PipelineListener.SILENT)
                .run();
    }

    /** Which stages ran (not cached), in order, over all samples. */
    public static List<Stage> ran(RunResult r) {
        return r.stages().stream()
                .filter(s -> !s.cached())
                .map(StageRun::stage)
                .distinct()
                .toList();
    }

    /**
     * The statistics tests' {@code asimov_limit} entry: histogram {@code m}, signal {@code sig}
     * against background {@code bkg}, at q = {@link #Q95}.
     */
    static AsimovLimit asimovLimit(String name, Optional<CutScan> scan, LimitOptions options) {
        return new AsimovLimit(
                name,
                List.of("m"),
                "sig",
                List.of("bkg"),
                Q95,
                scan,
                options,
                Optional.empty(),
                "/statistics/0");
    }
}
