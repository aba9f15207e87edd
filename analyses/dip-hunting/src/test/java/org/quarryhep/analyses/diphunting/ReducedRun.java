package org.quarryhep.analyses.diphunting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.gen.process.TopPairResonanceProcess;
import org.quarryhep.gen.process.TopPairResonanceWeights.Theta;
import org.quarryhep.pipeline.AnalysisFiles;
import org.quarryhep.pipeline.Pipeline;
import org.quarryhep.pipeline.PipelineListener;
import org.quarryhep.pipeline.RunOptions;
import org.quarryhep.pipeline.RunResult;
import org.quarryhep.testkit.ReferenceData;

/**
 * A reduced dip-hunting analysis run through the pipeline in a test's folder, and what the run
 * tests read back from it: the samples' event files and generator σ, and the parton pool of the
 * QCD, m_S = 1000 signal and q q̄ samples. Shared by {@link DipHuntingRunTest} (semileptonic) and
 * {@link DileptonRunTest} (dileptonic), which differ only in their analysis file and decay mode.
 */
record ReducedRun(Path dir, RunResult result) {

    /** Writes {@code analysis} to {@code dir} and runs it (two threads, output in dir/out). */
    static ReducedRun of(Path dir, String analysis) throws Exception {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        Path file = dir.resolve("analysis.yaml");
        Files.writeString(file, analysis);
        RunResult result =
                new Pipeline(
                                AnalysisFiles.load(file, Map.of()),
                                new RunOptions(dir.resolve("out"), false, 2, Optional.empty()),
                                PipelineListener.SILENT)
                        .run();
        return new ReducedRun(dir, result);
    }

    /** The sample's entry in results.json. */
    @SuppressWarnings("unchecked")
    Map<String, Object> sample(String name) {
        for (Map<String, Object> s : (List<Map<String, Object>>) result.results().get("samples")) {
            if (s.get("name").equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no sample " + name);
    }

    /** The generator's σ of a sample (results.json), pb. */
    double sigma(String name) {
        return ((Number) sample(name).get("cross_section_pb")).doubleValue();
    }

    /** The sample's cached event file. */
    Path events(String name) {
        return dir.resolve("out/cache/generate")
                .resolve((String) sample(name).get("generate_key"))
                .resolve("events.lhe.gz");
    }

    /** The 13 TeV collision of the gg-tt-s SM process with the given decay mode (gen params). */
    static Collider collider(double decay) {
        Map<String, Double> params = Map.of("MS", 800.0, "component", 0.0, "decay", decay);
        return new Collider(
                13000,
                PdfSearchPath.standard(List.of(), System.getenv())
                        .load("NNPDF23_lo_as_0130_qed", 0),
                ScaleChoice.parse("auto"),
                ProcessCatalog.create("gg-tt-s", params).sm(),
                GeneratorCuts.NONE);
    }

    /**
     * A pool of the QCD and the m_S = 1000 signal samples (not the 600 one) and the q q̄: CP even,
     * no m_tt̄ smearing, half held out, stream seed 1.
     */
    PartonPool pool(Collider collider, boolean decayed) {
        return new PartonPool(
                collider,
                List.of(
                        new PartonPool.GluonSample(
                                new Theta(800, 1, false, Double.NaN),
                                TopPairResonanceProcess.BACKGROUND,
                                List.of(events("qcd-gg"))),
                        new PartonPool.GluonSample(
                                new Theta(1000, 1, false, Double.NaN),
                                TopPairResonanceProcess.SIGNAL,
                                List.of(events("signal-gg[MS=1000]")))),
                List.of(events("qcd-qq")),
                false,
                0,
                0.5,
                new RandomStreams(1),
                decayed);
    }
}
