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
     * The head of the tests' analysis files, up to the selection: a Z' of 150 GeV (σ 0.1 pb) and
     * the Drell-Yan background, both with m_ll > 100 GeV, at 1 fb⁻¹ through the cms card; two muons
     * of p_T > 25 GeV with m_μμ > 100 GeV selected. A test adds its variables and what follows.
     *
     * @param name the analysis's name
     * @param events the events of each sample
     */
    public static String drellYanHead(String name, int events) {
        return """
                version: 1
                name: %s
                collider: {luminosity_ifb: 1}
                samples:
                  - {name: signal, role: signal, process: drell-yan, events: %d,
                     params: {MZ: 150}, cuts: {mmll: 100, ptl: 20, etal: 2.5}, cross_section_pb: 0.1}
                  - {name: dy, role: background, process: drell-yan, events: %d,
                     cuts: {mmll: 100, ptl: 20, etal: 2.5}}
                chain: {detector: cms}
                objects:
                  muons: {from: muons, ptMin: 25, absEtaMax: 2.4}
                selection:
                  cuts:
                    - {name: two muons, require: "n(muons) >= 2"}
                    - {name: mass, require: "m(muons[0], muons[1]) > 100"}
                """
                .formatted(name, events, events);
    }

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
