package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.RunInfo;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GenerationResult;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.io.EventWriter;
import org.quarryhep.io.EventWriters;
import org.quarryhep.pipeline.SampleDefinition.FileSource;
import org.quarryhep.pipeline.SampleDefinition.ProcessSource;
import org.quarryhep.pipeline.cache.StageKey;

/**
 * The generate stage: integrates and generates a built-in process into {@code events.lhe.gz}, or,
 * for external files, records their content hashes and the cross section in their headers. Its
 * record ({@code stage.json}) holds σ, its error and the number of events.
 */
final class GenerateStage {
    static final String EVENTS = "events.lhe.gz";

    private GenerateStage() {}

    static StageKey key(AnalysisFile a, SampleDefinition s) throws IOException {
        StageKey.Builder k = StageKey.builder(Stage.GENERATE.id());
        k.config("events", Long.toString(s.events()));
        if (s.source() instanceof ProcessSource p) {
            k.config("process", p.process())
                    .configAll("params.", p.params())
                    .configAll("cuts.", p.cuts())
                    .config("seed", Long.toString(s.seed()))
                    .config("sqrt_s", Double.toString(a.collider().sqrtS()))
                    .config("pdf", a.collider().pdf())
                    .config("scale", a.collider().scale());
        } else {
            for (Path f : ((FileSource) s.source()).files()) {
                k.file(f.getFileName().toString(), Provenance.InputFile.of(f).sha256());
            }
        }
        return k.build();
    }

    static void run(
            AnalysisFile a, SampleDefinition s, Path dir, int threads, PipelineListener listener)
            throws IOException {
        Map<String, Object> record = new LinkedHashMap<>();
        if (s.source() instanceof FileSource f) {
            double sigma = 0;
            for (Path file : f.files()) {
                try (EventReader r = EventReaders.open(file)) {
                    RunInfo run = r.runInfo();
                    sigma += run.totalCrossSectionPb();
                }
            }
            record.put("files", f.files().stream().map(Path::toString).toList());
            // Several files of one sample are pieces of one run unless σ is given: average.
            record.put("cross_section_pb", sigma / f.files().size());
            record.put("cross_section_error_pb", Double.NaN);
            StageFiles.write(dir.resolve("stage.json"), record);
            return;
        }
        ProcessSource p = (ProcessSource) s.source();
        ProcessCatalog.Built built = ProcessCatalog.create(p.process(), p.params());
        PdfSet pdf = PdfSearchPath.standard(List.of(), System.getenv()).load(a.collider().pdf(), 0);
        Collider collider =
                new Collider(
                        a.collider().sqrtS(),
                        pdf,
                        ScaleChoice.parse(a.collider().scale()),
                        built.sm(),
                        new GeneratorCuts(p.cuts()));
        GeneratorSettings settings = GeneratorSettings.defaults(s.seed()).withThreads(threads);
        EventGenerator gen =
                new EventGenerator(built.process(), collider, settings, built.processId());
        listener.started(
                Stage.GENERATE,
                s.name() + " (integrate)",
                settings.warmupIterations() + settings.finalIterations(),
                "iterations");
        EventGenerator.Integrated integrated =
                gen.integrate((phase, done, total) -> listener.progress(done));
        IntegrationResult ir = integrated.integration();
        listener.started(Stage.GENERATE, s.name(), s.events(), "events");
        Map<String, String> text = new LinkedHashMap<>();
        text.put("process", p.process());
        text.put("parameters", built.parameters().toString());
        text.put("sample", s.name());
        RunInfo run = integrated.runInfo(false, text);
        GenerationResult gr;
        try (EventWriter w = EventWriters.open(dir.resolve(EVENTS), run)) {
            try {
                gr =
                        integrated.generate(
                                s.events(),
                                false,
                                w::write,
                                (phase, done, total) -> listener.progress(done));
            } catch (RuntimeException e) {
                w.abort();
                throw e;
            }
        }
        record.put("process", p.process());
        record.put("parameters", built.parameters());
        record.put("cross_section_pb", ir.crossSectionPb());
        record.put("cross_section_error_pb", ir.errorPb());
        record.put("events", gr.events());
        record.put("unweighting_efficiency", gr.efficiency());
        StageFiles.write(dir.resolve("stage.json"), record);
    }

    /** The event files a sample's generate output stands for. */
    static List<Path> eventFiles(SampleDefinition s, Path generateDir) {
        if (s.source() instanceof FileSource f) {
            return f.files();
        }
        return List.of(generateDir.resolve(EVENTS));
    }
}
