package org.quarryhep.merging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.quarryhep.core.CrossSection;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.treelevel.TreeLevelProcess;
import org.quarryhep.gen.treelevel.TreeLevelProcesses;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.ShowerRun;

/**
 * An MLM-merged sample: for n = 0 … maxJets extra partons, generate weighted tree-level events of
 * the core process + n {@code j} (with {@code xqcut}), reweight each to CKKW-style scales ({@link
 * CkkwScales}), shower it (no hadronisation), and keep it when its partons match the k_T jets of
 * the shower ({@link MlmMatching}; exclusive below maxJets, inclusive at maxJets). The kept events
 * of all multiplicities form one weighted sample whose mean weight is the merged σ: event i of
 * sample n has weight w_i · A/N_n, with w_i its CKKW-reweighted generator weight (mean σ_n over the
 * N_n events generated) and A the number of events kept over all samples.
 *
 * <p>The shower starts at the softest k_T of the event's clustering (the core scale for n = 0), so
 * that it fills the phase space below the matrix-element partons, as the MLM veto assumes.
 * Reproducibility: sample n is generated with the seed {@code RandomStreams(seed).child("merge")
 * .child("me-n")} and showered with {@code child("shower-n")}; event k of it takes stream k, so the
 * result depends on the seed only. Showered events for the output are made again from the same
 * stream (the chain is deterministic given it), which avoids holding them in memory.
 */
public final class MlmMerging {
    private final MergingSettings settings;
    private final PdfSet pdf;
    private final ShowerChain chain;
    private final MlmMatching matching;
    private final List<MlmMatching> variations;
    private final CkkwScales scales;

    /**
     * Creates a run.
     *
     * @param settings what to merge
     * @param pdf the PDF set of the generation (also the CKKW reweighting's)
     * @param chain the shower chain; hadronisation is switched off for the matching
     */
    public MlmMerging(MergingSettings settings, PdfSet pdf, ShowerChain chain) {
        this.settings = settings;
        this.pdf = pdf;
        this.chain = chain.withHadronization(false);
        this.matching = new MlmMatching(settings.qcut(), settings.etaMax());
        this.variations = new ArrayList<>();
        for (double q : settings.qcutVariations()) {
            variations.add(new MlmMatching(q, settings.etaMax()));
        }
        this.scales = new CkkwScales(pdf);
    }

    /**
     * The process string of the sample with n extra partons: {@code j} added n times after the
     * final state, before any coupling orders or exclusions.
     *
     * @param process the core process string
     * @param n extra partons
     * @return the string generated
     */
    public static String processWithJets(String process, int n) {
        List<String> tokens = new ArrayList<>(Arrays.asList(process.strip().split("\\s+")));
        int at = tokens.size();
        for (int i = tokens.indexOf(">") + 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.contains("=") || t.equals("/") || t.equals("$") || t.startsWith(",")) {
                at = i;
                break;
            }
        }
        for (int k = 0; k < n; k++) {
            tokens.add(at, "j");
        }
        return String.join(" ", tokens);
    }

    /**
     * The generator cuts of every sample: MadGraph's run-card defaults for leptons, with the jet
     * cuts replaced by {@code xqcut} (no ptj, no drjj, etaj = the matching's |η| limit), as
     * MadGraph sets them for MLM samples; the user's cuts override.
     *
     * @param s the settings
     * @return the cuts
     */
    public static GeneratorCuts cuts(MergingSettings s) {
        Map<String, Double> m = new LinkedHashMap<>(TreeLevelProcesses.RUN_CARD_DEFAULTS);
        m.put("ptj", -1.0);
        m.put("drjj", -1.0);
        m.put("etaj", s.etaMax());
        m.putAll(s.cuts());
        m.put("xqcut", s.xqcut());
        return new GeneratorCuts(m);
    }

    private record Kept(Event event, long index, double weight) {}

    private record Sample(
            int partons,
            String process,
            CrossSection me,
            long generated,
            List<Kept> kept,
            double sum,
            double sum2,
            double[][] varied,
            long showerSeed) {}

    /** Mean and standard error of a sum of weights over n generated events. */
    private static double[] meanAndError(double sum, double sum2, long n) {
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(Math.max(sum2 / n - mean * mean, 0) / n)};
    }

    /**
     * Runs the merging.
     *
     * @param progress receives each phase's progress ("integrate n", "generate n", "shower n",
     *     "write")
     * @param sink receives the merged events in sample order, then event order
     * @param withShowered whether the sink also gets each event's showered record
     * @return the cross sections
     * @throws MergingException when the core process has light partons
     */
    public MergingResult run(
            ProgressListener progress, Consumer<MergedEvent> sink, boolean withShowered) {
        RandomStreams root = new RandomStreams(settings.generator().seed()).child("merge");
        GeneratorCuts cuts = cuts(settings);
        List<Sample> samples = new ArrayList<>();
        for (int n = 0; n <= settings.maxJets(); n++) {
            samples.add(sample(n, cuts, root, progress));
        }
        long total = 0;
        double sigma = 0;
        double var = 0;
        List<MergingResult.Sample> out = new ArrayList<>();
        for (Sample s : samples) {
            total += s.kept().size();
            double[] me = meanAndError(s.sum(), s.sum2(), s.generated());
            double mean = me[0];
            double err = me[1];
            sigma += mean;
            var += err * err;
            out.add(
                    new MergingResult.Sample(
                            s.partons(),
                            s.process(),
                            s.me().valuePb(),
                            s.me().errorPb(),
                            s.generated(),
                            s.kept().size(),
                            mean,
                            err));
        }
        List<MergingResult.QcutVariation> varied = new ArrayList<>();
        for (int v = 0; v < variations.size(); v++) {
            double vs = 0;
            double vv = 0;
            List<Double> per = new ArrayList<>();
            for (Sample s : samples) {
                double[] me = meanAndError(s.varied()[v][0], s.varied()[v][1], s.generated());
                vs += me[0];
                vv += me[1] * me[1];
                per.add(me[0]);
            }
            varied.add(
                    new MergingResult.QcutVariation(
                            variations.get(v).qcut(), vs, Math.sqrt(vv), per));
        }
        long written = 0;
        for (Sample s : samples) {
            double norm = (double) total / s.generated();
            RandomStreams showerStreams = new RandomStreams(s.showerSeed()).child("shower");
            for (Kept k : s.kept()) {
                Event e =
                        k.event().toBuilder()
                                .optWeights(k.weight() * norm)
                                .optCrossSection(new CrossSection(sigma, Math.sqrt(var)))
                                .build();
                Event showered = null;
                if (withShowered) {
                    showered = chain.process(k.event(), showerStreams.stream(k.index()));
                    showered =
                            showered.toBuilder()
                                    .optWeights(e.weight())
                                    .optCrossSection(e.crossSection())
                                    .build();
                }
                sink.accept(new MergedEvent(s.partons(), e, showered));
                progress.progress("write", ++written, total);
            }
        }
        return new MergingResult(out, sigma, Math.sqrt(var), total, varied);
    }

    private Sample sample(
            int n, GeneratorCuts cuts, RandomStreams root, ProgressListener progress) {
        String process = processWithJets(settings.process(), n);
        ProcessCatalog.Built built = TreeLevelProcesses.create(process, settings.params(), cuts);
        if (n == 0) {
            checkCore(built);
        }
        Collider collider =
                new Collider(settings.sqrtS(), pdf, settings.generationScale(), built.sm(), cuts);
        GeneratorSettings g = settings.generator();
        GeneratorSettings gs =
                new GeneratorSettings(
                        root.child("me-" + n).seed(),
                        g.threads(),
                        g.warmupIterations(),
                        g.finalIterations(),
                        g.pointsPerIteration(),
                        g.bins(),
                        g.batchSize());
        EventGenerator.Integrated gen =
                new EventGenerator(built.process(), collider, gs, built.processId() + n)
                        .integrate(
                                (phase, done, all) ->
                                        progress.progress("integrate " + n, done, all));
        List<Event> events = new ArrayList<>();
        long want = settings.eventsPerSample();
        gen.generate(
                want,
                true,
                events::add,
                (phase, done, all) -> progress.progress("generate " + n, done, all));
        List<Event> prepared = new ArrayList<>(events.size());
        List<CkkwScales.Reweighting> rw = new ArrayList<>(events.size());
        for (Event e : events) {
            CkkwScales.Reweighting r = scales.reweight(e);
            rw.add(r);
            prepared.add(prepare(e, r, n));
        }
        long showerSeed = root.child("shower-" + n).seed();
        List<Kept> kept = new ArrayList<>();
        double[] sums = new double[2];
        double[][] varied = new double[variations.size()][2];
        long[] index = {0};
        boolean highest = n == settings.maxJets();
        new ShowerRun(chain, showerSeed, g.threads(), false)
                .run(
                        prepared.iterator(),
                        showered -> {
                            int k = (int) index[0]++;
                            Event me = prepared.get(k);
                            List<FourMomentum> partons = CkkwScales.lightPartons(me);
                            List<FourMomentum> after = finalPartons(showered);
                            double softest = rw.get(k).softestScale();
                            for (int v = 0; v < variations.size(); v++) {
                                if (variations
                                        .get(v)
                                        .match(partons, after, highest, softest)
                                        .accepted()) {
                                    varied[v][0] += me.weight();
                                    varied[v][1] += me.weight() * me.weight();
                                }
                            }
                            if (matching.match(partons, after, highest, softest).accepted()) {
                                kept.add(new Kept(me, k, me.weight()));
                                sums[0] += me.weight();
                                sums[1] += me.weight() * me.weight();
                            }
                        },
                        done -> progress.progress("shower " + n, done, prepared.size()));
        return new Sample(
                n,
                process,
                gen.crossSection(),
                events.size(),
                kept,
                sums[0],
                sums[1],
                varied,
                showerSeed);
    }

    /** The event with its CKKW weight, the core scale as μ_F and the shower's starting scale. */
    private Event prepare(Event e, CkkwScales.Reweighting r, int n) {
        PdfInfo p = e.pdfInfo();
        double mu = r.coreScale();
        PdfInfo at =
                new PdfInfo(
                        p.parton1(),
                        p.parton2(),
                        p.x1(),
                        p.x2(),
                        mu,
                        pdf.xfxQ(p.parton1(), p.x1(), mu),
                        pdf.xfxQ(p.parton2(), p.x2(), mu),
                        p.pdfId1(),
                        p.pdfId2());
        return e.toBuilder()
                .optWeights(e.weight() * r.factor())
                .optScale(n == 0 ? mu : r.softestScale())
                .optAlphaQcd(pdf.alphaS(mu))
                .optPdfInfo(at)
                .build();
    }

    /** The light partons at the end of the shower. */
    static List<FourMomentum> finalPartons(Event showered) {
        List<FourMomentum> out = new ArrayList<>();
        for (Particle p : showered.particles()) {
            if (p.isFinal() && CkkwScales.isLightParton(p.pdgId())) {
                out.add(p.momentum());
            }
        }
        return out;
    }

    private void checkCore(ProcessCatalog.Built built) {
        if (!(built.process() instanceof TreeLevelProcess t)) {
            return;
        }
        for (Subprocess s : t.subprocesses()) {
            for (int id : s.outgoing()) {
                if (CkkwScales.isLightParton(id)) {
                    throw new MergingException(
                            "--process "
                                    + settings.process()
                                    + ": the core process has a light parton ("
                                    + s.text()
                                    + "); give the core without jets, --max-jets adds them");
                }
            }
        }
    }
}
