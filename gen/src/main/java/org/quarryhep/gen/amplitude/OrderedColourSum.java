package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;

/**
 * The fast exact Σ̄|M|² of gluons and at most one quark line (massless or massive), plus possibly
 * one massless lepton pair joined to the line by a γ, Z or W ({@link ColourlessInsertion}: V +
 * jets, t t̄ + jets, pure multi-gluon): the colour-ordered amplitudes of {@link OrderedAmplitudes}
 * (currents shared between orders, and between helicity configurations) contracted with the exact
 * colour matrix of {@link ColourMatrix}, Σ|M|² = Σ_h Σ_στ A_σ(h) C_στ A_τ(h)*. Helicity
 * configurations whose amplitudes vanish at three random points boosted out of the centre-of-mass
 * frame (helicity conservation along a massless quark line, the MHV zeros) are left out of the sum,
 * as MadGraph's helicity filter does.
 *
 * <p>Independent of {@link ConfigurationSum} (explicit colours through the adjoint recursion of
 * {@link OffShellRecursion}); the two agree to 1e-10 ({@code OrderedColourSumTest}). Thread-safe:
 * each thread gets its own buffers.
 */
final class OrderedColourSum {
    /** |A|² below this fraction of the largest at every probe point: a vanishing configuration. */
    private static final double VANISHING = 1e-24;

    private final ThreadLocal<OrderedAmplitudes> kernels;
    private final java.util.function.Supplier<OrderedAmplitudes> kernel;
    private final List<int[]> orders;
    private final int flows;
    private final double[] packed;
    private final int[] kept;
    private final double normalisation;

    private OrderedColourSum(
            java.util.function.Supplier<OrderedAmplitudes> kernel,
            double[] colourMatrix,
            List<int[]> orders,
            double normalisation,
            double sqrtS,
            double[] masses,
            int nIn) {
        this.kernels = ThreadLocal.withInitial(kernel);
        this.kernel = kernel;
        this.orders = List.copyOf(orders);
        this.flows = orders.size();
        this.normalisation = normalisation;
        // the upper triangle, off-diagonal entries doubled
        this.packed = new double[flows * (flows + 1) / 2];
        int k = 0;
        for (int s = 0; s < flows; s++) {
            for (int t = s; t < flows; t++) {
                packed[k++] = (s == t ? 1 : 2) * colourMatrix[s * flows + t];
            }
        }
        this.kept = nonVanishing(kernel.get(), sqrtS, masses, nIn);
    }

    /**
     * The fast sum for a subprocess, or null where it does not apply: other coloured particles than
     * gluons and one quark–antiquark pair, decays (one incoming particle), colourless particles
     * other than one massless lepton pair that one γ, Z or W joins to the quark line, the
     * top-philic scalar, s-channel requirements or exclusions ({@code $$ x}), decay chains,
     * excluded gluons or quarks of the line, or coupling-order limits that remove the amplitude
     * (whose orders are then unique: QCD = the gluons' g_s powers, QED = 0 or 2).
     */
    static OrderedColourSum of(
            Subprocess process,
            AmplitudeModel model,
            int[] crossed,
            int nIn,
            ExternalWavefunctions wavefunctions) {
        int n = crossed.length;
        if (model.scalar().active()
                || n < 4
                || nIn != 2
                || !process.sChannel().isEmpty()
                || !process.sChannelForbidden().isEmpty()
                || !process.resonances().isEmpty()) {
            return null;
        }
        List<Integer> gluons = new ArrayList<>();
        List<Integer> colourless = new ArrayList<>();
        int quark = -1;
        int antiquark = -1;
        for (int i = 0; i < n; i++) {
            int id = crossed[i];
            int colour = Particle.byPdg(id).colour();
            if (id == 21) {
                gluons.add(i);
            } else if (colour == 3 && id > 0 && quark < 0) {
                quark = i;
            } else if (colour == 3 && id < 0 && antiquark < 0) {
                antiquark = i;
            } else if (colour == 1) {
                colourless.add(i);
            } else {
                return null;
            }
        }
        boolean line = quark >= 0;
        ColourlessInsertion insertion =
                ColourlessInsertion.of(
                        model, crossed, nIn, quark, antiquark, colourless, process.excluded());
        int qed = colourless.isEmpty() ? 0 : 2;
        int qcd = line ? gluons.size() : gluons.size() - 2;
        if ((quark < 0) != (antiquark < 0)
                || (!colourless.isEmpty() && insertion == null)
                || (colourless.isEmpty() && line && crossed[quark] != -crossed[antiquark])
                || (!line && gluons.size() < 3)
                || (!gluons.isEmpty() && process.excluded().contains(21))
                || (line && process.excluded().contains(crossed[quark]))
                || (line && process.excluded().contains(-crossed[antiquark]))
                || !ordersAllow(process.orderLimits(), qcd, qed)) {
            return null;
        }
        int[] states = new int[n];
        for (int i = 0; i < n; i++) {
            states[i] = wavefunctions.helicityStates(i);
        }
        int[] g = gluons.stream().mapToInt(Integer::intValue).toArray();
        List<int[]> orders = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        int root = line ? quark : n - 1;
        int[] rest = line ? g : java.util.Arrays.copyOfRange(g, 1, g.length);
        for (int[] perm : LeadingColourFlows.permutations(rest)) {
            int[] order = new int[line ? g.length + 2 : g.length];
            order[0] = line ? antiquark : g[0];
            System.arraycopy(perm, 0, order, 1, perm.length);
            if (line) {
                order[order.length - 1] = quark;
            }
            orders.add(order);
            words.add(line ? perm : aroundTrace(order, root));
        }
        OrderedProgram program =
                new OrderedProgram(
                        states, root, antiquark, words, insertion == null ? 0 : insertion.mask());
        double gs = Math.sqrt(4 * Math.PI * model.alphaS());
        double[] quarkLine =
                line
                        ? new double[] {
                            model.mass(-crossed[antiquark]),
                            model.width(-crossed[antiquark]),
                            model.mass(crossed[quark]),
                            model.width(crossed[quark])
                        }
                        : new double[4];
        double[] colour = ColourMatrix.of(crossed, orders, !line);
        double[] masses = new double[n];
        for (int i = 0; i < n; i++) {
            masses[i] = model.mass(Math.abs(crossed[i]));
        }
        double sqrtS = 0;
        for (double m : masses) {
            sqrtS += m;
        }
        return new OrderedColourSum(
                () -> new OrderedAmplitudes(program, wavefunctions, nIn, gs, quarkLine, insertion),
                colour,
                orders,
                process.symmetryFactor() / wavefunctions.average(),
                Math.max(1000, 3 * sqrtS),
                masses,
                nIn);
    }

    /** Whether coupling-order limits keep the amplitude of the given orders (its only ones). */
    private static boolean ordersAllow(Map<String, Integer> limits, int qcd, int qed) {
        for (Map.Entry<String, Integer> e : limits.entrySet()) {
            boolean ok =
                    switch (e.getKey()) {
                        case "QCD" -> e.getValue() >= qcd;
                        case "QED" -> e.getValue() >= qed;
                        case "WEIGHTED" -> e.getValue() >= qcd + 2 * qed;
                        default -> false;
                    };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The gluons after the root around a trace, then those before it. */
    private static int[] aroundTrace(int[] order, int root) {
        int r = 0;
        while (order[r] != root) {
            r++;
        }
        int[] w = new int[order.length - 1];
        for (int k = 1; k < order.length; k++) {
            w[k - 1] = order[(r + k) % order.length];
        }
        return w;
    }

    /**
     * The helicity configurations with a non-vanishing amplitude at some of three probe points (all
     * of them where a beam is massive: the probe points have massless beams).
     */
    private int[] nonVanishing(OrderedAmplitudes kernel, double sqrtS, double[] masses, int nIn) {
        int configurations = kernel.helicityConfigurations();
        if (masses[0] != 0 || masses[1] != 0) {
            return java.util.stream.IntStream.range(0, configurations).toArray();
        }
        double[] largest = new double[configurations];
        SplittableRandom rng = new SplittableRandom(0x5eedL);
        double overall = 0;
        double[] outgoing = java.util.Arrays.copyOfRange(masses, nIn, masses.length);
        for (int point = 0; point < 3; point++) {
            double[][] p = arrays(PhaseSpacePoints.random(sqrtS, outgoing, rng));
            boost(p, masses, rng);
            double[] a = kernel.evaluate(p);
            for (int h = 0; h < configurations; h++) {
                for (int s = 0; s < flows; s++) {
                    int at = 2 * (h * flows + s);
                    double v = a[at] * a[at] + a[at + 1] * a[at + 1];
                    largest[h] = Math.max(largest[h], v);
                    overall = Math.max(overall, v);
                }
            }
        }
        List<Integer> keep = new ArrayList<>();
        for (int h = 0; h < configurations; h++) {
            if (largest[h] > VANISHING * overall) {
                keep.add(h);
            }
        }
        return keep.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Boosts a point by β = 0.5 in a random direction. A massive particle's helicity is not Lorentz
     * invariant: amplitudes that vanish in the centre-of-mass frame by angular momentum along the
     * beam (g g → t t̄ with equal gluon helicities and some top helicities) do not vanish in other
     * frames, where callers may evaluate (the collinear limits do), so the filter looks at boosted
     * points and keeps only the zeros that hold in every frame.
     */
    private static void boost(double[][] p, double[] masses, SplittableRandom rng) {
        double cos = 2 * rng.nextDouble() - 1;
        double sin = Math.sqrt(1 - cos * cos);
        double phi = 2 * Math.PI * rng.nextDouble();
        double[] b = {0.5 * sin * Math.cos(phi), 0.5 * sin * Math.sin(phi), 0.5 * cos};
        double gamma = 1 / Math.sqrt(1 - 0.25);
        for (int j = 0; j < p.length; j++) {
            double[] k = p[j];
            double bk = b[0] * k[1] + b[1] * k[2] + b[2] * k[3];
            double f = (gamma - 1) * bk / 0.25 + gamma * k[0];
            for (int i = 0; i < 3; i++) {
                k[i + 1] += f * b[i];
            }
            // the energy from the mass shell, as ExternalStates reads |p|: a massless spinor's
            // wrong-helicity components stay exactly zero (a rounding mass would make the
            // helicity-violating amplitudes ~1e-7 instead of 0)
            double m = masses[j];
            k[0] = Math.sqrt(m * m + (k[1] * k[1] + k[2] * k[2] + k[3] * k[3]));
        }
    }

    /** The number of helicity configurations kept by the filter. */
    int keptHelicities() {
        return kept.length;
    }

    /** The number of colour flows. */
    int flowCount() {
        return flows;
    }

    /**
     * Σ̄|M|² at a point: summed over helicities and colours, averaged over the initial ones, with
     * the identical-particle factor.
     *
     * @param p physical momenta (E, px, py, pz), incoming first
     */
    double squared(double[][] p) {
        double[] a = kernels.get().evaluate(p);
        double sum = 0;
        for (int h : kept) {
            int base = 2 * h * flows;
            int k = 0;
            for (int s = 0; s < flows; s++) {
                double re = a[base + 2 * s];
                double im = a[base + 2 * s + 1];
                double row = 0;
                for (int t = s; t < flows; t++) {
                    row += packed[k++] * (re * a[base + 2 * t] + im * a[base + 2 * t + 1]);
                }
                sum += row;
            }
        }
        return sum * normalisation;
    }

    /**
     * The leading-colour weights Σ_h |A_σ(h)|² of the flows at a point, in the order of {@link
     * LeadingColourFlows} (whose weights they equal).
     *
     * @param p physical momenta, incoming first
     */
    double[] flowWeights(double[][] p) {
        double[] a = kernels.get().evaluate(p);
        double[] w = new double[flows];
        for (int at = 0; at < a.length; at += 2) {
            w[(at / 2) % flows] += a[at] * a[at] + a[at + 1] * a[at + 1];
        }
        return w;
    }

    /**
     * The colour order of a flow, as {@link LeadingColourFlows#order}: the crossed antiquark, the
     * gluons, the crossed quark; or the gluons around the trace from the first.
     */
    int[] order(int flow) {
        return orders.get(flow).clone();
    }

    /**
     * The colour-ordered amplitudes at a point, (re, im) of A_σ(h) at 2(h F + σ) over all helicity
     * configurations (none filtered), with gluon {@code probe}'s polarisation replaced by k/E
     * unless it is −1.
     */
    double[] amplitudes(double[][] p, int probe) {
        OrderedAmplitudes fresh = kernel.get();
        fresh.probe(probe);
        return fresh.evaluate(p).clone();
    }

    private static double[][] arrays(FourMomentum[] momenta) {
        double[][] p = new double[momenta.length][];
        for (int i = 0; i < p.length; i++) {
            FourMomentum m = momenta[i];
            p[i] = new double[] {m.e(), m.px(), m.py(), m.pz()};
        }
        return p;
    }
}
