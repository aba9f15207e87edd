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
    private final List<PhaseSpaceChannel> channels;
    private final List<PairRecoilChannel> recoilChannels;
    private final double sqrtShatMin;
    private final double sqrtShatMax;
    private final double bwcutoff;
    private final boolean perChannelGrids;
    private final List<Resonance> shape;
    private final int[] cutSlots;
    private final List<List<double[]>> onShellWindows = new ArrayList<>();
    private final List<List<Integer>> sChannelSubsets = new ArrayList<>();
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
        this.bwcutoff = bwcutoff;
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
            bound = Math.min(bound, sqrtShatBound(sp.outgoing(), cuts));
            if (!shapeOf(sp).equals(shapeOf(first))) {
                throw new ProcessSyntaxException(
                        "process '"
                                + text
                                + "': subprocesses "
                                + first.text()
                                + " and "
                                + sp.text()
                                + " decay differently; generate them as separate processes");
            }
            List<double[]> windows = new ArrayList<>();
            for (int id : sp.onShellExcluded()) {
                for (int mask : me.sChannelSubsets(id)) {
                    windows.add(new double[] {mask, model.mass(id), model.width(id)});
                }
            }
            onShellWindows.add(windows);
            List<Integer> subsets = new ArrayList<>();
            for (int id : sp.sChannel()) {
                subsets.addAll(me.sChannelSubsets(id));
            }
            sChannelSubsets.add(subsets);
        }
        this.shape = first.resonances();
        int decayed = 0;
        for (Resonance r : shape) {
            decayed |= r.mask();
        }
        List<Integer> undecayed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((decayed & (1 << i)) == 0) {
                undecayed.add(i);
            }
        }
        this.cutSlots = undecayed.stream().mapToInt(Integer::intValue).toArray();
        double[] window = PhaseSpaceChannels.sqrtShatWindow(first, model, bwcutoff);
        this.sqrtShatMin = window == null ? bound : Math.max(bound, window[0]);
        this.sqrtShatMax = window == null ? Double.POSITIVE_INFINITY : window[1];
        this.representative = representatives(subprocesses, model);
        PhaseSpaceChannels.RecoilChannels recoil =
                PhaseSpaceChannels.recoilChannels(subprocesses, model, cuts, masses);
        this.recoilChannels = recoil.channels();
        // Where the recoil channels reach every point that passes the cuts, the chain channels
        // would only take points from them (and bend a shared VEGAS grid to their variables).
        this.channels =
                recoil.complete()
                        ? List.of()
                        : PhaseSpaceChannels.of(subprocesses, model, cuts, masses, bwcutoff);
    }

    /** A subprocess's decay structure: its resonances' slots and parents. */
    private static List<List<Integer>> shapeOf(Subprocess sp) {
        return sp.resonances().stream().map(r -> List.of(r.mask(), r.parent())).toList();
    }

    /**
     * For each subprocess, the first one with the same Σ̄|M|² at the same momenta: the {@code sm}
     * model has no CKM mixing and massless first- and second-generation quarks and leptons, so
     * swapping the generations 1 ↔ 2 (d ↔ s, u ↔ c; e ↔ μ, ν_e ↔ ν_μ) throughout a subprocess
     * leaves its amplitude unchanged (u ū → e⁺e⁻ g and c c̄ → e⁺e⁻ g, or u ū → μ⁺μ⁻ g). Each class
     * is evaluated once per point, as MadGraph groups its subprocesses.
     */
    private static int[] representatives(List<Subprocess> subprocesses, AmplitudeModel model) {
        Map<String, Integer> first = new LinkedHashMap<>();
        int[] out = new int[subprocesses.size()];
        for (int s = 0; s < out.length; s++) {
            Subprocess sp = subprocesses.get(s);
            String key = null;
            for (int quarks = 0; quarks < 2; quarks++) {
                for (int leptons = 0; leptons < 2; leptons++) {
                    String k =
                            Arrays.toString(swapped(sp.incoming(), quarks, leptons, model))
                                    + Arrays.toString(
                                            swapped(sp.outgoing(), quarks, leptons, model))
                                    + sp.orderLimits()
                                    + sp.excluded()
                                    + sp.sChannel()
                                    + sp.onShellExcluded()
                                    + sp.resonances();
                    key = key == null || k.compareTo(key) < 0 ? k : key;
                }
            }
            int index = s;
            out[s] = first.computeIfAbsent(key, k -> index);
        }
        return out;
    }

    /** ids with generations 1 ↔ 2 swapped for quarks and/or leptons, where both are massless. */
    private static int[] swapped(int[] ids, int quarks, int leptons, AmplitudeModel model) {
        int[] out = ids.clone();
        for (int i = 0; i < out.length; i++) {
            int a = Math.abs(out[i]);
            int swap = a;
            if (quarks == 1 && a >= 1 && a <= 4) {
                swap = a <= 2 ? a + 2 : a - 2;
            } else if (leptons == 1 && a >= 11 && a <= 14) {
                swap = a <= 12 ? a + 2 : a - 2;
            }
            if (model.mass(swap) == model.mass(a)) {
                out[i] = Integer.signum(out[i]) * swap;
            }
        }
        return out;
    }

    /**
     * A lower bound on √ŝ: in the partonic frame √ŝ = Σ E ≥ Σ max(m, p_T,min) over the final state,
     * and ≥ m_ℓℓ,min + the rest for an opposite-charge lepton pair under {@code mmll}.
     */
    private double sqrtShatBound(int[] out, GeneratorCuts cuts) {
        double[] each = new double[out.length];
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            each[i] = Math.max(model.mass(out[i]), Math.max(0, ptCut(out[i], cuts)));
            sum += each[i];
        }
        double bound = sum;
        for (int i = 0; i < out.length; i++) {
            for (int j = i + 1; j < out.length; j++) {
                double pair =
                        PhaseSpaceChannels.pairMinimum(
                                out[i], out[j], model.mass(out[i]) + model.mass(out[j]), cuts);
                bound = Math.max(bound, pair + sum - each[i] - each[j]);
            }
        }
        return bound;
    }

    private static double ptCut(int id, GeneratorCuts cuts) {
        int a = Math.abs(id);
        if (a == 11 || a == 13) {
            return cuts.get("ptl");
        }
        if (a == 21 || a <= 4) {
            return cuts.get("ptj");
        }
        return a == 5 ? cuts.get("ptb") : a == 15 ? cuts.get("ptta") : 0;
    }

    /** The subprocesses summed over. */
    public List<Subprocess> subprocesses() {
        return subprocesses;
    }

    /** The phase-space channels, described (e.g. {@code m[z(0 1) 2]}). */
    public List<String> channelDescriptions() {
        List<String> out = new ArrayList<>();
        channels.forEach(c -> out.add(c.description()));
        recoilChannels.forEach(c -> out.add(c.description()));
        return out;
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
     * The channels' count when each has its own VEGAS grid, else 1 (x₀ still chooses the channel,
     * through the one shared grid). Measured (10 × 10 000 points, 13 TeV, run-card cuts): u ū → u ū
     * 1.47 % → 0.91 % integration error and 1.9 % → 3.0 % unweighting efficiency, p p → j j 1.28 %
     * → 0.94 % and 1.7 % → 2.4 %, but p p → e⁺e⁻j (60–120 GeV) 1.04 % → 1.69 % and 0.87 % → 0.19 %
     * — so the shared grid stays the default.
     */
    /**
     * True: the cuts are applied in {@link #evaluate} to the undecayed final state (MadGraph's
     * {@code cut_decays = F}), so the generator does not cut a decay chain's products.
     */
    @Override
    public boolean appliesCuts() {
        return true;
    }

    @Override
    public int integrationChannels() {
        return perChannelGrids ? channels.size() + recoilChannels.size() : 1;
    }

    @Override
    public double thresholdGeV(Collider collider) {
        return sqrtShatMin;
    }

    @Override
    public void evaluate(double[] x, Collider c, SplittableRandom rng, PartonEvent out) {
        out.clear();
        int all = channels.size() + recoilChannels.size();
        int k = Math.min((int) (x[0] * all), all - 1);
        int offset = 1;
        double s = c.s();
        double lo = sqrtShatMin * sqrtShatMin;
        double hi = Math.min(s, sqrtShatMax * sqrtShatMax);
        int n = masses.length;
        FourMomentum[] fin = new FourMomentum[n];
        double[] fractions = new double[2];
        if (!buildPoint(k, x, offset, c, lo, hi, fin, fractions)) {
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
        double density = 0;
        for (PhaseSpaceChannel ch : channels) {
            double g = ch.shatDensity(shat, lo, hi);
            density += g == 0 ? 0 : g * ch.density(fin) / (2 * yMax);
        }
        for (PairRecoilChannel ch : recoilChannels) {
            density += ch.density(fin, s);
        }
        density /= all;
        if (!(density > 0)) {
            return;
        }
        if (!withinResonanceWindows(fin)) {
            return;
        }
        double mu = productionScale(c, fin, shat);
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
        List<FourMomentum> finalList = new ArrayList<>(cutSlots.length);
        for (int slot : cutSlots) {
            finalList.add(fin[slot]);
        }
        Map<String, Boolean> passed = new LinkedHashMap<>();
        for (int i = 0; i < contrib.length; i++) {
            Subprocess sp = subprocesses.get(i);
            int[] in = sp.incoming();
            double lum = f1[slot(in[0])] * f2[slot(in[1])];
            if (lum == 0
                    || !passes(undecayed(sp.outgoing()), finalList, c.cuts(), passed)
                    || onShell(i, fin)) {
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
        List<Resonance> written = writtenResonances(sp, chosen, fin);
        out.setPending(() -> record(out, sp, me, draw, momenta, written, rng));
    }

    /**
     * Builds the final state (lab frame) and x₁, x₂ of channel k: a chain channel draws ŝ and the
     * rapidity and splits in the partonic frame; a recoil channel draws the lab momenta itself.
     */
    private boolean buildPoint(
            int k,
            double[] x,
            int offset,
            Collider c,
            double lo,
            double hi,
            FourMomentum[] fin,
            double[] fractions) {
        if (k >= channels.size()) {
            return recoilChannels
                    .get(k - channels.size())
                    .build(x, offset, c.sqrtS(), fin, fractions);
        }
        PhaseSpaceChannel channel = channels.get(k);
        double shat = channel.shat(x[offset], lo, hi);
        if (!(shat >= lo && shat < hi)) {
            return false;
        }
        double tau = shat / c.s();
        double y = -0.5 * Math.log(tau) * (2 * x[offset + 1] - 1);
        fractions[0] = Math.sqrt(tau) * Math.exp(y);
        fractions[1] = Math.sqrt(tau) * Math.exp(-y);
        if (fractions[0] >= 1 || fractions[1] >= 1) {
            return false;
        }
        double eb = c.sqrtS() / 2;
        FourMomentum total =
                new FourMomentum(
                        0,
                        0,
                        (fractions[0] - fractions[1]) * eb,
                        (fractions[0] + fractions[1]) * eb);
        return channel.build(x, offset, total, fin);
    }

    /** The undecayed ids of a final state (those the cuts see: MadGraph's cut_decays = F). */
    private int[] undecayed(int[] outgoing) {
        int[] ids = new int[cutSlots.length];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = outgoing[cutSlots[k]];
        }
        return ids;
    }

    private static FourMomentum sum(FourMomentum[] fin, int mask) {
        FourMomentum p = FourMomentum.ZERO;
        for (int i = 0; i < fin.length; i++) {
            if ((mask & (1 << i)) != 0) {
                p = p.plus(fin[i]);
            }
        }
        return p;
    }

    /** Whether each decay-chain resonance is within bwcutoff widths of its mass. */
    private boolean withinResonanceWindows(FourMomentum[] fin) {
        for (Resonance r : shape) {
            double m = Math.sqrt(Math.max(0, sum(fin, r.mask()).m2()));
            if (Math.abs(m - model.mass(r.pdg())) > bwcutoff * model.width(r.pdg())) {
                return false;
            }
        }
        return true;
    }

    /** Whether an s-channel propagator excluded with {@code $} is on shell in subprocess s. */
    private boolean onShell(int s, FourMomentum[] fin) {
        for (double[] w : onShellWindows.get(s)) {
            double m = Math.sqrt(Math.max(0, sum(fin, (int) w[0]).m2()));
            if (Math.abs(m - w[1]) < bwcutoff * w[2]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scale of the production process: the decay chain's production-level resonances stand for
     * their products (MadGraph computes the scale of a decay chain on the production).
     */
    private double productionScale(Collider c, FourMomentum[] fin, double shat) {
        if (shape.isEmpty()) {
            return TreeLevelScale.scale(c.scale(), fin, coloured, shat);
        }
        List<FourMomentum> p = new ArrayList<>();
        List<Boolean> col = new ArrayList<>();
        for (Resonance r : shape) {
            if (r.parent() < 0) {
                p.add(sum(fin, r.mask()));
                col.add(Particle.byPdg(r.pdg()).colour() > 1);
            }
        }
        for (int slot : cutSlots) {
            p.add(fin[slot]);
            col.add(coloured[slot]);
        }
        boolean[] flags = new boolean[col.size()];
        for (int k = 0; k < flags.length; k++) {
            flags[k] = col.get(k);
        }
        return TreeLevelScale.scale(c.scale(), p.toArray(FourMomentum[]::new), flags, shat);
    }

    /**
     * The resonances an event writes: a decay chain's, or for {@code > z >} the s-channel subset of
     * the chosen subprocess whose propagator is largest at this point (MadGraph writes the
     * resonance of the channel it picks).
     */
    private List<Resonance> writtenResonances(Subprocess sp, int chosen, FourMomentum[] fin) {
        if (!sp.resonances().isEmpty() || sp.sChannel().isEmpty()) {
            return sp.resonances();
        }
        int id = sp.sChannel().iterator().next();
        double m = model.mass(id);
        double w = model.width(id);
        int best = -1;
        double largest = 0;
        for (int mask : sChannelSubsets.get(chosen)) {
            double d = sum(fin, mask).m2() - m * m;
            double bw = 1 / (d * d + m * m * w * w);
            if (bw > largest) {
                largest = bw;
                best = mask;
            }
        }
        if (best < 0) {
            return List.of();
        }
        double charge = 0;
        int[] out = sp.outgoing();
        for (int i = 0; i < out.length; i++) {
            if ((best & (1 << i)) != 0) {
                charge += Particle.byPdg(out[i]).charge();
            }
        }
        int pdg = charge > 0.5 ? id : charge < -0.5 ? -id : id;
        return List.of(new Resonance(pdg, best, -1));
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
    private static boolean passes(
            int[] ids, List<FourMomentum> momenta, GeneratorCuts cuts, Map<String, Boolean> seen) {
        if (cuts.values().isEmpty()) {
            return true;
        }
        String key = Arrays.toString(ids);
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

    private static void record(
            PartonEvent ev,
            Subprocess sp,
            MatrixElement me,
            MatrixElement.Draw draw,
            FourMomentum[] p,
            List<Resonance> resonances,
            SplittableRandom rng) {
        int[][] tags = me.colourTags(draw, 501, rng);
        int[] in = sp.incoming();
        int[] out = sp.outgoing();
        ev.add(in[0], -1, p[0], -1, -1, tags[0][0], tags[0][1]);
        ev.add(in[1], -1, p[1], -1, -1, tags[1][0], tags[1][1]);
        // resonances (parents first) at status 2; each particle's mother is its innermost one
        int[] index = new int[resonances.size()];
        for (int r = 0; r < index.length; r++) {
            Resonance res = resonances.get(r);
            FourMomentum sum = FourMomentum.ZERO;
            for (int i = 0; i < out.length; i++) {
                if ((res.mask() & (1 << i)) != 0) {
                    sum = sum.plus(p[2 + i]);
                }
            }
            int mother = res.parent() < 0 ? 0 : index[res.parent()];
            int mother2 = res.parent() < 0 ? 1 : mother;
            int[] colour = netColour(tags, res.mask(), out.length);
            index[r] = ev.add(res.pdg(), 2, sum, mother, mother2, colour[0], colour[1]);
        }
        for (int i = 0; i < out.length; i++) {
            int innermost = -1;
            for (int r = 0; r < index.length; r++) {
                if ((resonances.get(r).mask() & (1 << i)) != 0) {
                    innermost = r;
                }
            }
            int m1 = innermost < 0 ? 0 : index[innermost];
            int m2 = innermost < 0 ? 1 : m1;
            ev.add(out[i], 1, p[2 + i], m1, m2, tags[2 + i][0], tags[2 + i][1]);
        }
    }

    /**
     * The colour line a resonance carries: its products' colour and anticolour tags with the lines
     * that join two of them (internal to the decay) removed — one colour for a t, none for a W.
     */
    private static int[] netColour(int[][] tags, int mask, int n) {
        List<Integer> colours = new ArrayList<>();
        List<Integer> anticolours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((mask & (1 << i)) != 0) {
                if (tags[2 + i][0] != 0) {
                    colours.add(tags[2 + i][0]);
                }
                if (tags[2 + i][1] != 0) {
                    anticolours.add(tags[2 + i][1]);
                }
            }
        }
        List<Integer> c = new ArrayList<>(colours);
        c.removeAll(anticolours);
        List<Integer> a = new ArrayList<>(anticolours);
        a.removeAll(colours);
        return new int[] {c.isEmpty() ? 0 : c.get(0), a.isEmpty() ? 0 : a.get(0)};
    }

    /** Index of a parton in the PDF arrays (gluon 21 → 6). */
    private static int slot(int pid) {
        return pid == 21 ? 6 : pid + 6;
    }
}
