package org.quarryhep.gen.treelevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Units;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.MatrixElement;
import org.quarryhep.gen.amplitude.Particle;
import org.quarryhep.gen.amplitude.ProcessSyntax;
import org.quarryhep.gen.amplitude.ProcessSyntaxException;
import org.quarryhep.gen.amplitude.Resonance;
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.pdf.AlphaS;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.HardProcess;
import org.quarryhep.gen.process.InvalidParameterException;
import org.quarryhep.gen.process.PartonEvent;

/**
 * Any MadGraph process string as a {@link HardProcess}: σ = Σ_sub ∫ dx₁dx₂ f_a(x₁) f_b(x₂)
 * Σ̄|M|²/(2ŝ) dΦ_n, with Σ̄|M|² from the Berends–Giele recursion (colour drawn per point, see
 * {@link MatrixElement#sample}), the phase space from the multichannel {@link PhaseSpaceChannels}
 * and α_s running with the PDF set (or as MadGraph runs it, {@link AlphaSRunning}): |M|² computed
 * at the model's α_s is rescaled by (α_s(μ)/α_s)^k for an amplitude of QCD order k.
 *
 * <p>Variables: x₀ selects the channel (VEGAS adapts the channel shares through it); every channel
 * reads the same 3n − 2 variables (ŝ, rapidity, cluster masses, angles for the chain channels; the
 * partons' p_T, y, φ and the pair's mass, rapidity and decay angles for the {@link
 * PairRecoilChannel}s of a lepton pair + jets, which replace the chain channels where they reach
 * every point that passes the cuts). The weight is f/Σ_k α_k g_k with α_k = 1/K and g_k the density
 * of channel k at the point in dŝ dy dΦ_n — unbiased for any VEGAS grid. One block of variables per
 * channel (a VEGAS grid per channel) was tried and dropped: the generator's Jacobian multiplies in
 * the grid factors of the blocks the chosen channel does not read, and once one channel's grid has
 * adapted to a t-channel peak those factors are large at random, which made the weights of {@code u
 * u~ > u u~} spike (53 % integration error against 3 % with the shared block).
 *
 * <p>The event record: incoming partons, the final state with colour lines read from the drawn
 * colour state ({@code ColourFlow}), one subprocess chosen in proportion to its contribution.
 */
public final class TreeLevelProcess implements HardProcess {
    private final String text;
    private final List<Subprocess> subprocesses;
    private final List<MatrixElement> matrixElements = new ArrayList<>();
    private final int[] strongOrders;
    private final int[] representative;
    private final AmplitudeModel model;
    private final double[] masses;
    private final boolean[] coloured;
    private final MultichannelPhaseSpace phaseSpace;
    private final double sqrtShatMin;
    private final double sqrtShatMax;
    private final boolean perChannelGrids;
    private final DecayStructure decays;
    private final boolean sampleHelicities;
    private final AlphaSRunning alphaSRunning;
    private volatile CachedCoupling coupling;

    /** The α_s function of the last PDF set seen (one per run; rebuilt if the set changes). */
    private record CachedCoupling(PdfSet pdf, AlphaS alphaS) {}

    /**
     * Prepares a process.
     *
     * @param text the MadGraph process string
     * @param model couplings, masses and widths (its α_s is rescaled to the PDF's running one)
     * @param cuts the generator cuts the run applies (they bound ŝ and the lepton-pair masses)
     * @param sampleHelicities draw one helicity configuration per point instead of summing
     * @throws ProcessSyntaxException for a string that cannot be read, subprocesses whose
     *     final-state masses differ slot by slot, or amplitudes of mixed QCD order
     */
    public TreeLevelProcess(
            String text, AmplitudeModel model, GeneratorCuts cuts, boolean sampleHelicities) {
        this(text, model, cuts, sampleHelicities, AlphaSRunning.PDF, DEFAULT_BWCUTOFF, false);
    }

    /** MadGraph's default {@code bwcutoff}: decay-chain resonances within 15 widths of the mass. */
    public static final double DEFAULT_BWCUTOFF = 15;

    /**
     * Prepares a process with a choice of α_s running.
     *
     * @param text the MadGraph process string
     * @param model couplings, masses and widths (its α_s is rescaled to the running one)
     * @param cuts the generator cuts the run applies (they bound ŝ and the lepton-pair masses)
     * @param sampleHelicities draw one helicity configuration per point instead of summing
     * @param alphaSRunning the PDF set's α_s or MadGraph's two-loop running
     * @throws ProcessSyntaxException for a string that cannot be read, subprocesses whose
     *     final-state masses differ slot by slot, or amplitudes of mixed QCD order
     */
    public TreeLevelProcess(
            String text,
            AmplitudeModel model,
            GeneratorCuts cuts,
            boolean sampleHelicities,
            AlphaSRunning alphaSRunning) {
        this(text, model, cuts, sampleHelicities, alphaSRunning, DEFAULT_BWCUTOFF, false);
    }

    /**
     * Prepares a process with a choice of α_s running and of MadGraph's {@code bwcutoff}.
     *
     * @param text the MadGraph process string
     * @param model couplings, masses and widths (its α_s is rescaled to the running one)
     * @param cuts the generator cuts the run applies (they bound ŝ and the lepton-pair masses;
     *     decay products are not cut, MadGraph's default {@code cut_decays = F})
     * @param sampleHelicities draw one helicity configuration per point instead of summing
     * @param alphaSRunning the PDF set's α_s or MadGraph's two-loop running
     * @param bwcutoff decay-chain resonances are kept within, and {@code $ x} resonances outside,
     *     this many widths of their mass
     * @param perChannelGrids a VEGAS grid per phase-space channel ({@link #integrationChannels})
     *     instead of one shared by all channels
     * @throws ProcessSyntaxException for a string that cannot be read, subprocesses whose
     *     final-state masses or decay structures differ, or amplitudes of mixed QCD order
     */
    public TreeLevelProcess(
            String text,
            AmplitudeModel model,
            GeneratorCuts cuts,
            boolean sampleHelicities,
            AlphaSRunning alphaSRunning,
            double bwcutoff,
            boolean perChannelGrids) {
        this.perChannelGrids = perChannelGrids;
        if (!(bwcutoff > 0)) {
            throw new InvalidParameterException(
                    "bwcutoff: expected a positive number of widths, found " + bwcutoff);
        }
        this.alphaSRunning = alphaSRunning;
        this.text = text.strip();
        this.model = model;
        this.sampleHelicities = sampleHelicities;
        this.subprocesses = ProcessSyntax.subprocesses(text, model);
        for (Subprocess sp : subprocesses) {
            if (sp.incoming().length != 2) {
                throw new ProcessSyntaxException(
                        "process '" + text + "': generate needs two incoming partons");
            }
        }
        Subprocess first = subprocesses.get(0);
        int n = first.outgoing().length;
        masses = new double[n];
        coloured = new boolean[n];
        for (int i = 0; i < n; i++) {
            masses[i] = model.mass(first.outgoing()[i]);
            coloured[i] = Particle.byPdg(first.outgoing()[i]).colour() > 1;
        }
        strongOrders = new int[subprocesses.size()];
        double bound = Double.POSITIVE_INFINITY;
        for (int s = 0; s < subprocesses.size(); s++) {
            Subprocess sp = subprocesses.get(s);
            for (int i = 0; i < n; i++) {
                if (model.mass(sp.outgoing()[i]) != masses[i]) {
                    throw new ProcessSyntaxException(
                            "process '"
                                    + text
                                    + "': subprocesses "
                                    + first.text()
                                    + " and "
                                    + sp.text()
                                    + " have different masses in final-state slot "
                                    + (i + 1)
                                    + "; generate them as separate processes");
                }
            }
            MatrixElement me = new MatrixElement(sp, model);
            strongOrders[s] = me.strongOrder();
            if (strongOrders[s] < 0) {
                throw new ProcessSyntaxException(
                        "process '"
                                + text
                                + "': "
                                + sp.text()
                                + " mixes amplitudes of different QCD order, so α_s cannot run;"
                                + " restrict it with QCD=n or QED=n");
            }
            matrixElements.add(me);
            bound = Math.min(bound, PartonicThreshold.sqrtShatBound(sp.outgoing(), model, cuts));
            if (!DecayStructure.shapeOf(sp).equals(DecayStructure.shapeOf(first))) {
                throw new ProcessSyntaxException(
                        "process '"
                                + text
                                + "': subprocesses "
                                + first.text()
                                + " and "
                                + sp.text()
                                + " decay differently; generate them as separate processes");
            }
        }
        this.decays = new DecayStructure(subprocesses, matrixElements, model, bwcutoff);
        double[] window = PhaseSpaceChannels.sqrtShatWindow(first, model, bwcutoff);
        this.sqrtShatMin = window == null ? bound : Math.max(bound, window[0]);
        this.sqrtShatMax = window == null ? Double.POSITIVE_INFINITY : window[1];
        this.representative = EquivalentSubprocesses.representatives(subprocesses, model);
        this.phaseSpace = new MultichannelPhaseSpace(subprocesses, model, cuts, masses, bwcutoff);
    }

    /** The subprocesses summed over. */
    public List<Subprocess> subprocesses() {
        return subprocesses;
    }

    /** The phase-space channels, described (e.g. {@code m[z(0 1) 2]}). */
    public List<String> channelDescriptions() {
        return phaseSpace.descriptions();
    }

    @Override
    public String name() {
        return text;
    }

    @Override
    public String description() {
        return text
                + " (tree level, "
                + subprocesses.size()
                + " subprocesses"
                + (alphaSRunning == AlphaSRunning.PDF ? "" : ", MadGraph α_s running")
                + ")";
    }

    @Override
    public int dimensions() {
        return 3 * masses.length - 1;
    }

    /**
     * True: the cuts are applied in {@link #evaluate} to the undecayed final state (MadGraph's
     * {@code cut_decays = F}), so the generator does not cut a decay chain's products.
     */
    @Override
    public boolean appliesCuts() {
        return true;
    }

    /**
     * The channels' count when each has its own VEGAS grid, else 1 (x₀ still chooses the channel,
     * through the one shared grid). Measured (10 × 10 000 points, 13 TeV, run-card cuts): u ū → u ū
     * 1.47 % → 0.91 % integration error and 1.9 % → 3.0 % unweighting efficiency, p p → j j 1.28 %
     * → 0.94 % and 1.7 % → 2.4 %, but p p → e⁺e⁻j (60–120 GeV) 1.04 % → 1.69 % and 0.87 % → 0.19 %
     * — so the shared grid stays the default.
     */
    @Override
    public int integrationChannels() {
        return perChannelGrids ? phaseSpace.size() : 1;
    }

    @Override
    public double thresholdGeV(Collider collider) {
        return sqrtShatMin;
    }

    @Override
    public void evaluate(double[] x, Collider c, SplittableRandom rng, PartonEvent out) {
        out.clear();
        int all = phaseSpace.size();
        int k = Math.min((int) (x[0] * all), all - 1);
        int offset = 1;
        double s = c.s();
        double lo = sqrtShatMin * sqrtShatMin;
        double hi = Math.min(s, sqrtShatMax * sqrtShatMax);
        int n = masses.length;
        FourMomentum[] fin = new FourMomentum[n];
        double[] fractions = new double[2];
        if (!phaseSpace.build(k, x, offset, c, lo, hi, fin, fractions)) {
            return;
        }
        double x1 = fractions[0];
        double x2 = fractions[1];
        double shat = x1 * x2 * s;
        if (!(shat >= lo && shat < hi)) {
            return;
        }
        double tau = shat / s;
        double yMax = -0.5 * Math.log(tau);
        double eb = c.sqrtS() / 2;
        FourMomentum pa = new FourMomentum(0, 0, x1 * eb, x1 * eb);
        FourMomentum pb = new FourMomentum(0, 0, -x2 * eb, x2 * eb);
        double density = phaseSpace.density(fin, shat, lo, hi, s, yMax);
        if (!(density > 0)) {
            return;
        }
        if (!decays.withinResonanceWindows(fin)) {
            return;
        }
        double mu = decays.productionScale(c.scale(), fin, coloured, shat);
        double alphaS = coupling(c.pdf()).alphaS(mu);
        double[] f1 = new double[13];
        double[] f2 = new double[13];
        c.pdf().grid().xfxQ2All(x1, mu * mu, f1);
        c.pdf().grid().xfxQ2All(x2, mu * mu, f2);
        FourMomentum[] momenta = new FourMomentum[n + 2];
        momenta[0] = pa;
        momenta[1] = pb;
        System.arraycopy(fin, 0, momenta, 2, n);
        double[] contrib = new double[subprocesses.size()];
        MatrixElement.Draw[] draws = new MatrixElement.Draw[contrib.length];
        double total = 0;
        Map<String, Boolean> passed = new LinkedHashMap<>();
        for (int i = 0; i < contrib.length; i++) {
            Subprocess sp = subprocesses.get(i);
            int[] in = sp.incoming();
            double lum = f1[slot(in[0])] * f2[slot(in[1])];
            if (lum == 0 || !passesCuts(sp, i, fin, c.cuts(), passed) || decays.onShell(i, fin)) {
                continue;
            }
            int r = representative[i];
            if (draws[r] == null) {
                draws[r] = matrixElements.get(r).sample(momenta, rng, sampleHelicities);
            }
            draws[i] = draws[r];
            contrib[i] =
                    lum * draws[i].value() * Math.pow(alphaS / model.alphaS(), strongOrders[i]);
            total += contrib[i];
        }
        if (total == 0) {
            return;
        }
        double weight = Units.GEV2_TO_PB * total / tau / (2 * shat) / (s * density);
        int chosen = choose(contrib, total, rng);
        Subprocess sp = subprocesses.get(chosen);
        out.setWeight(weight);
        out.setPdf(x1, x2, f1[slot(sp.incoming()[0])], f2[slot(sp.incoming()[1])], mu, alphaS);
        MatrixElement me = matrixElements.get(chosen);
        MatrixElement.Draw draw = draws[chosen];
        out.setPending(
                () -> {
                    List<Resonance> written = decays.writtenResonances(sp, chosen, momenta, rng);
                    PartonRecordWriter.write(out, sp, me, draw, momenta, written, rng);
                });
    }

    /** The α_s function for a PDF set, built once per set. */
    private AlphaS coupling(PdfSet pdf) {
        CachedCoupling cached = coupling;
        if (cached == null || cached.pdf() != pdf) {
            cached = new CachedCoupling(pdf, alphaSRunning.coupling(pdf));
            coupling = cached;
        }
        return cached.alphaS();
    }

    /** The α_s running the process uses. */
    public AlphaSRunning alphaSRunning() {
        return alphaSRunning;
    }

    /** Cuts by the categories of the final state's ids (cached per id pattern within a point). */
    /**
     * Whether subprocess i passes the cuts at this point: the undecayed particles of some
     * assignment of identical particles to the branches that is within the resonance windows do.
     */
    private boolean passesCuts(
            Subprocess sp,
            int i,
            FourMomentum[] fin,
            GeneratorCuts cuts,
            Map<String, Boolean> seen) {
        for (int[] slots : decays.undecayedSlotsWithinWindows(i, fin)) {
            int[] ids = DecayStructure.ids(sp.outgoing(), slots);
            if (passes(ids, slots, DecayStructure.momenta(fin, slots), cuts, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean passes(
            int[] ids,
            int[] slots,
            List<FourMomentum> momenta,
            GeneratorCuts cuts,
            Map<String, Boolean> seen) {
        if (cuts.values().isEmpty()) {
            return true;
        }
        String key = Arrays.toString(ids) + Arrays.toString(slots);
        Boolean known = seen.get(key);
        if (known != null) {
            return known;
        }
        List<Integer> list = new ArrayList<>(ids.length);
        for (int id : ids) {
            list.add(id);
        }
        boolean pass = cuts.pass(list, momenta);
        seen.put(key, pass);
        return pass;
    }

    private static int choose(double[] contrib, double total, SplittableRandom rng) {
        double pick = rng.nextDouble() * total;
        double acc = 0;
        int last = 0;
        for (int i = 0; i < contrib.length; i++) {
            if (contrib[i] == 0) {
                continue;
            }
            last = i;
            acc += contrib[i];
            if (pick < acc) {
                return i;
            }
        }
        return last;
    }

    /** Index of a parton in the PDF arrays (gluon 21 → 6). */
    private static int slot(int pid) {
        return pid == 21 ? 6 : pid + 6;
    }
}
