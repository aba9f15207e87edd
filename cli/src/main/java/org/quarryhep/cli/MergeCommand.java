package org.quarryhep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.QuarryVersion;
import org.quarryhep.core.RunInfo;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.io.EventFormat;
import org.quarryhep.io.EventWriter;
import org.quarryhep.io.EventWriters;
import org.quarryhep.io.lhe.LheReader;
import org.quarryhep.merging.MergedEvent;
import org.quarryhep.merging.MergingResult;
import org.quarryhep.merging.MergingSettings;
import org.quarryhep.merging.MlmMerging;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.Tune;
import org.quarryhep.shower.parton.BeamSetup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry merge}: an MLM-merged sample of a core process with 0 … N extra partons. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Generate a core process (MadGraph process string) with 0 to --max-jets extra partons,"
                    + " shower each event and merge them with k_T-MLM jet matching at --qcut"
                    + " (exclusive samples below the highest multiplicity, inclusive at it).",
            "The merged sample is weighted (mean weight = merged cross section); each event"
                    + " carries its number of extra partons (LHE <event npLO=\"n\">, HepMC3"
                    + " attribute npLO)."
        })
public final class MergeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin GeneratorOptions options;

    @Option(
            names = "--process",
            required = true,
            description =
                    "The core process without jets, a MadGraph process string such as"
                            + " 'p p > e+ e-'; the samples add j up to --max-jets times.")
    String process;

    @Option(names = "--max-jets", defaultValue = "2", description = "Most extra partons.")
    int maxJets;

    @Option(
            names = "--xqcut",
            defaultValue = "15",
            description = "Generator k_T cut between partons and to the beam (MadGraph's), GeV.")
    double xqcut;

    @Option(
            names = "--qcut",
            defaultValue = "20",
            description = "Matching scale (k_T jets of the shower), GeV; above --xqcut.")
    double qcut;

    @Option(
            names = "--vary-qcut",
            split = ",",
            description =
                    "Further matching scales (GeV, above --xqcut) at which the merged cross"
                            + " section is also computed from the same events and showers.")
    List<Double> varyQcut = new ArrayList<>();

    @Option(
            names = "--eta-max",
            defaultValue = "5",
            description = "|eta| beyond which partons and jets take no part in the matching.")
    double etaMax;

    @Option(
            names = "--pdf",
            defaultValue = PdfSearchPath.DEFAULT_SET,
            description = "LHAPDF set name.")
    String pdf;

    @Option(
            names = "--scale",
            defaultValue = "auto",
            description =
                    "Scale the samples are generated with before the CKKW reweighting: a fixed"
                            + " value in GeV or auto, sum-et, ht, ht/2, sqrt-shat.")
    String scale;

    @Option(names = "--param", description = "SM parameter NAME=VALUE (MadGraph param card).")
    Map<String, Double> params = new LinkedHashMap<>();

    @Option(
            names = "--cut",
            description =
                    "Generator cut NAME=VALUE (MadGraph run-card names) on top of the merging"
                            + " defaults: lepton cuts of the run card, no ptj/drjj, etaj ="
                            + " --eta-max, xqcut = --xqcut.")
    Map<String, Double> cuts = new LinkedHashMap<>();

    @Option(
            names = "--events",
            defaultValue = "2000",
            description = "Weighted matrix-element events generated per multiplicity.")
    long events;

    @Option(
            names = "--points",
            defaultValue = "20000",
            description = "VEGAS points per iteration for each multiplicity (at least 2000).")
    int points;

    @Option(
            names = {"-o", "--output"},
            description = "Parton-level merged sample (LHE; .gz/.zst compress).")
    Path output;

    @Option(
            names = "--hepmc",
            description =
                    "The showered merged sample (HepMC3, partons: the shower that was matched,"
                            + " without hadronisation).")
    Path hepmc;

    @Option(names = "--set", description = "Override a shower tune value (key=value).")
    List<String> tuneSets = new ArrayList<>();

    @Option(names = "--force", description = "Overwrite existing output files.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        options.check(spec, points);
        GeneratorSettings g = options.settings(points);
        MergingSettings settings;
        try {
            settings =
                    new MergingSettings(
                            process,
                            maxJets,
                            xqcut,
                            qcut,
                            etaMax,
                            options.sqrtS,
                            params,
                            cuts,
                            ScaleChoice.parse(scale),
                            g,
                            events,
                            varyQcut);
            // The cuts are checked (names, values) before any work.
            MlmMerging.cuts(settings);
        } catch (QuarryException e) {
            throw usage(e.getMessage());
        }
        if (output != null) {
            OutputFiles.claim(spec, "-o", output, force);
        }
        if (hepmc != null) {
            OutputFiles.claim(spec, "--hepmc", hepmc, force);
        }
        Tune tune = Tune.defaults().withOverrides(tuneSets);
        PdfSet pdfSet = options.loadPdf(pdf);
        ShowerChain chain =
                ShowerChain.of(tune)
                        .withBeams(new BeamSetup(2212, options.sqrtS / 2, 2212, options.sqrtS / 2))
                        .withRunPdf(pdfSet.lhapdfId());
        Provenance provenance =
                Provenance.of("quarry merge", provenanceConfig(), options.seed, List.of())
                        .withCommand(spec.commandLine().getParseResult().originalArgs());
        MlmMerging merging = new MlmMerging(settings, pdfSet, chain);
        MergingResult result;
        // The run's init block needs the merged σ, known only after the matching: the writers
        // open on the first event, which the merging hands over once every sample is matched.
        List<EventWriter> writers = new ArrayList<>();
        PhaseProgress bar = new PhaseProgress();
        try {
            result = merging.run(bar, e -> write(e, writers, provenance, tune), hepmc != null);
        } catch (RuntimeException e) {
            for (EventWriter w : writers) {
                w.abort();
            }
            throw e;
        } finally {
            bar.close();
        }
        for (EventWriter w : writers) {
            w.close();
        }
        report(result, pdfSet);
        return 0;
    }

    private void write(MergedEvent e, List<EventWriter> writers, Provenance provenance, Tune tune) {
        if (writers.isEmpty() && (output != null || hepmc != null)) {
            RunInfo run = runInfo(e, provenance);
            if (output != null) {
                writers.add(EventWriters.open(output, run));
            }
            if (hepmc != null) {
                writers.add(
                        EventWriters.open(
                                hepmc,
                                EventFormat.HEPMC3,
                                ShowerCommand.outputRun(
                                        run,
                                        tune,
                                        provenance.derived(
                                                "quarry merge shower",
                                                ShowerCommand.provenanceConfig(
                                                        tune, "merge/shower-n")),
                                        false)));
            }
        }
        int w = 0;
        if (output != null) {
            writers.get(w++)
                    .write(
                            e.partonLevel().toBuilder()
                                    .optAttribute(
                                            LheReader.EVENT_TAG, "npLO=\"" + e.partons() + "\"")
                                    .build());
        }
        if (hepmc != null) {
            writers.get(w)
                    .write(
                            e.showered().toBuilder()
                                    .optAttribute("npLO", Integer.toString(e.partons()))
                                    .build());
        }
    }

    /** The init block: beams, PDF, weighted (IDWTUP 4), the merged σ as one process. */
    private RunInfo runInfo(MergedEvent first, Provenance provenance) {
        int id = pdfId(first);
        double sigma = first.partonLevel().crossSection().valuePb();
        double error = first.partonLevel().crossSection().errorPb();
        return new RunInfo(
                "Quarry merge " + QuarryVersion.get(),
                new RunInfo.Beam(2212, options.sqrtS / 2),
                new RunInfo.Beam(2212, options.sqrtS / 2),
                0,
                0,
                id,
                id,
                4,
                List.of(new RunInfo.ProcessInfo(first.partonLevel().processId(), sigma, error, 0)),
                List.of(),
                List.of(
                        new RunInfo.Tool(
                                "quarry-merging",
                                QuarryVersion.get(),
                                "k_T-MLM, " + process + " + 0.." + maxJets + " jets")),
                "<header>\n" + provenance.headerBlock() + "</header>\n",
                Map.of());
    }

    private static int pdfId(MergedEvent e) {
        return e.partonLevel().pdfInfo() == null ? 0 : e.partonLevel().pdfInfo().pdfId1();
    }

    private Map<String, String> provenanceConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("process", process);
        c.put("max_jets", Integer.toString(maxJets));
        c.put("xqcut", Double.toString(xqcut));
        c.put("qcut", Double.toString(qcut));
        c.put("eta_max", Double.toString(etaMax));
        c.put("sqrt_s", Double.toString(options.sqrtS));
        c.put("pdf", pdf);
        c.put("scale", scale);
        c.put("params", params.toString());
        c.put("cuts", cuts.toString());
        c.put("events_per_sample", Long.toString(events));
        c.put("points", Integer.toString(points));
        c.put("tune_overrides", tuneSets.toString());
        return c;
    }

    private void report(MergingResult r, PdfSet pdfSet) {
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("process", process);
            doc.put("max_jets", maxJets);
            doc.put("xqcut_gev", xqcut);
            doc.put("qcut_gev", qcut);
            doc.put("sqrt_s_gev", options.sqrtS);
            doc.put("pdf", pdfSet.name());
            doc.put("seed", options.seed);
            doc.put("cross_section_pb", r.crossSectionPb());
            doc.put("cross_section_error_pb", r.errorPb());
            doc.put("events", r.events());
            List<Map<String, Object>> samples = new ArrayList<>();
            for (MergingResult.Sample s : r.samples()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("partons", s.partons());
                m.put("process", s.process());
                m.put("me_cross_section_pb", s.meCrossSectionPb());
                m.put("me_cross_section_error_pb", s.meErrorPb());
                m.put("generated", s.generated());
                m.put("accepted", s.accepted());
                m.put("merged_cross_section_pb", s.mergedCrossSectionPb());
                m.put("merged_cross_section_error_pb", s.mergedErrorPb());
                samples.add(m);
            }
            doc.put("samples", samples);
            List<Map<String, Object>> varied = new ArrayList<>();
            for (MergingResult.QcutVariation v : r.variations()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("qcut_gev", v.qcut());
                m.put("cross_section_pb", v.crossSectionPb());
                m.put("cross_section_error_pb", v.errorPb());
                m.put("per_sample_pb", v.perSample());
                varied.add(m);
            }
            doc.put("qcut_variations", varied);
            doc.put("output", output == null ? null : output.toString());
            doc.put("hepmc", hepmc == null ? null : hepmc.toString());
            Json.print(out, doc);
            return;
        }
        out.printf(
                Locale.ROOT,
                "k_T-MLM merging of %s + 0..%d jets, sqrt(s) = %s GeV, xqcut %s GeV, qcut %s GeV,"
                        + " PDF %s, seed %d%n",
                process,
                maxJets,
                options.sqrtS,
                xqcut,
                qcut,
                pdfSet.name(),
                options.seed);
        for (MergingResult.Sample s : r.samples()) {
            out.printf(
                    Locale.ROOT,
                    "  %-28s ME %.5g +- %.2g pb; matched %d of %d (%.1f%%), merged %.5g +- %.2g"
                            + " pb%n",
                    s.process(),
                    s.meCrossSectionPb(),
                    s.meErrorPb(),
                    s.accepted(),
                    s.generated(),
                    100 * s.acceptance(),
                    s.mergedCrossSectionPb(),
                    s.mergedErrorPb());
        }
        out.printf(
                Locale.ROOT,
                "merged cross section: %.6g +- %.3g pb, %d events%n",
                r.crossSectionPb(),
                r.errorPb(),
                r.events());
        for (MergingResult.QcutVariation v : r.variations()) {
            out.printf(
                    Locale.ROOT,
                    "  at qcut %s GeV: %.6g +- %.3g pb (ratio to nominal %.4f)%n",
                    v.qcut(),
                    v.crossSectionPb(),
                    v.errorPb(),
                    v.crossSectionPb() / r.crossSectionPb());
        }
        if (output != null) {
            out.println("parton-level events written to " + output);
        }
        if (hepmc != null) {
            out.println("showered events written to " + hepmc);
        }
        out.flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return GeneratorOptions.usage(spec, message);
    }

    /** One progress bar per phase of the run. */
    private static final class PhaseProgress implements ProgressListener, AutoCloseable {
        private String phase = "";
        private Progress bar;

        @Override
        public void progress(String name, long done, long total) {
            if (!name.equals(phase)) {
                close();
                phase = name;
                bar =
                        Progress.start(
                                name,
                                total,
                                name.startsWith("integrate") ? "iterations" : "events");
            }
            bar.stepTo(done);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
