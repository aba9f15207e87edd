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
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.HardProcess;
import org.quarryhep.gen.process.PartonEvent;

/**
 * Any MadGraph process string as a {@link HardProcess}: σ = Σ_sub ∫ dx₁dx₂ f_a(x₁) f_b(x₂)
 * Σ̄|M|²/(2ŝ) dΦ_n, with Σ̄|M|² from the Berends–Giele recursion (colour drawn per point, see
 * {@link MatrixElement#sample}), the phase space from the multichannel {@link PhaseSpaceChannels}
 * and α_s running with the PDF set: |M|² computed at the model's α_s is rescaled by (α_s(μ)/α_s)^k
 * for an amplitude of QCD order k.
 *
 * <p>Variables: x₀ selects the channel (VEGAS adapts the channel shares through it); every channel
 * reads the same 3n − 2 variables (ŝ, rapidity, cluster masses, angles). The weight is f/Σ_k α_k
 * g_k with α_k = 1/K and g_k the density of channel k at the point — unbiased for any VEGAS grid.
 * One block of variables per channel (a VEGAS grid per channel) was tried and dropped: the
 * generator's Jacobian multiplies in the grid factors of the blocks the chosen channel does not
 * read, and once one channel's grid has adapted to a t-channel peak those factors are large at
 * random, which made the weights of {@code u u~ > u u~} spike (53 % integration error against 3 %
 * with the shared block).
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
    private final double sqrtShatMin;
    private final boolean sampleHelicities;

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
        }
        this.sqrtShatMin = bound;
        this.representative = representatives(subprocesses, model);
        this.channels = PhaseSpaceChannels.of(subprocesses, model, cuts, masses);
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
                                    + sp.excluded();
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
        return channels.stream().map(PhaseSpaceChannel::description).toList();
    }

    @Override
    public String name() {
        return text;
    }

    @Override
    public String description() {
        return text + " (tree level, " + subprocesses.size() + " subprocesses)";
    }

    @Override
    public int dimensions() {
        return 1 + channels.get(0).dimensions();
    }

    @Override
    public double thresholdGeV(Collider collider) {
        return sqrtShatMin;
    }

    @Override
    public void evaluate(double[] x, Collider c, SplittableRandom rng, PartonEvent out) {
        out.clear();
        int k = Math.min((int) (x[0] * channels.size()), channels.size() - 1);
        PhaseSpaceChannel channel = channels.get(k);
        int offset = 1;
        double s = c.s();
        double lo = sqrtShatMin * sqrtShatMin;
        double shat = channel.shat(x[offset], lo, s);
        if (!(shat >= lo && shat < s)) {
            return;
        }
        double tau = shat / s;
        double yMax = -0.5 * Math.log(tau);
        double y = yMax * (2 * x[offset + 1] - 1);
        double x1 = Math.sqrt(tau) * Math.exp(y);
        double x2 = Math.sqrt(tau) * Math.exp(-y);
        if (x1 >= 1 || x2 >= 1) {
            return;
        }
        double eb = c.sqrtS() / 2;
        FourMomentum pa = new FourMomentum(0, 0, x1 * eb, x1 * eb);
        FourMomentum pb = new FourMomentum(0, 0, -x2 * eb, x2 * eb);
        int n = masses.length;
        FourMomentum[] fin = new FourMomentum[n];
        if (!channel.build(x, offset, pa.plus(pb), fin)) {
            return;
        }
        double density = 0;
        for (PhaseSpaceChannel ch : channels) {
            double g = ch.shatDensity(shat, lo, s);
            density += g == 0 ? 0 : g * ch.density(fin);
        }
        density /= channels.size() * 2 * yMax;
        if (!(density > 0)) {
            return;
        }
        double mu = TreeLevelScale.scale(c.scale(), fin, coloured, shat);
        double alphaS = c.pdf().alphaS(mu);
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
        List<FourMomentum> finalList = List.of(fin);
        Map<String, Boolean> passed = new LinkedHashMap<>();
        for (int i = 0; i < contrib.length; i++) {
            Subprocess sp = subprocesses.get(i);
            int[] in = sp.incoming();
            double lum = f1[slot(in[0])] * f2[slot(in[1])];
            if (lum == 0 || !passes(sp.outgoing(), finalList, c.cuts(), passed)) {
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
        out.setPending(() -> record(out, sp, me, draw, momenta, rng));
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
            SplittableRandom rng) {
        int[][] tags = me.colourTags(draw, 501, rng);
        int[] in = sp.incoming();
        int[] out = sp.outgoing();
        ev.add(in[0], -1, p[0], -1, -1, tags[0][0], tags[0][1]);
        ev.add(in[1], -1, p[1], -1, -1, tags[1][0], tags[1][1]);
        for (int i = 0; i < out.length; i++) {
            ev.add(out[i], 1, p[2 + i], 0, 1, tags[2 + i][0], tags[2 + i][1]);
        }
    }

    /** Index of a parton in the PDF arrays (gluon 21 → 6). */
    private static int slot(int pid) {
        return pid == 21 ? 6 : pid + 6;
    }
}
