package org.quarryhep.gen.amplitude;

import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;

/**
 * The tree-level squared matrix element of one {@link Subprocess}: Σ̄|M|², summed over final and
 * averaged over initial helicities and colours, with the identical-particle factor of the final
 * state — the quantity MadGraph's standalone output prints. Helicities and colours are summed
 * explicitly; each configuration is one {@link OffShellRecursion} pass.
 *
 * <p>Instances hold no mutable state after construction (each evaluation has its own current cache)
 * and may be shared between threads.
 */
public final class MatrixElement {
    private final Subprocess process;
    private final AmplitudeModel model;
    private final int n;
    private final int nIn;
    private final int[] physical;
    private final int[] crossed;
    private final OffShellRecursion recursion;
    private final int rootSpecies;
    private final boolean explicitOrders;
    private final List<int[]> colourConfigurations;

    /**
     * Prepares the matrix element of a subprocess.
     *
     * @param process the subprocess
     * @param model couplings, masses and widths
     */
    public MatrixElement(Subprocess process, AmplitudeModel model) {
        this.process = process;
        this.model = model;
        this.nIn = process.incoming().length;
        this.n = nIn + process.outgoing().length;
        this.physical = new int[n];
        this.crossed = new int[n];
        for (int i = 0; i < n; i++) {
            int id = i < nIn ? process.incoming()[i] : process.outgoing()[i - nIn];
            physical[i] = id;
            crossed[i] = i < nIn ? id : Particle.byPdg(id).anti().pdg();
        }
        var limits = process.orderLimits();
        this.explicitOrders = !limits.isEmpty();
        this.recursion =
                new OffShellRecursion(
                        crossed,
                        nIn,
                        model,
                        process.excluded(),
                        limits.getOrDefault("QCD", Integer.MAX_VALUE / 4),
                        limits.getOrDefault("QED", Integer.MAX_VALUE / 4),
                        limits.getOrDefault("WEIGHTED", Integer.MAX_VALUE / 4));
        this.rootSpecies = Particle.byPdg(crossed[n - 1]).anti().pdg();
        this.colourConfigurations = ColourStates.conserving(crossed);
    }

    /**
     * Whether the subprocess has any tree diagram within its coupling-order limits: the recursion's
     * structure (which currents exist) does not depend on the momenta or wavefunctions.
     */
    public boolean hasDiagrams() {
        return minimalWeightedOrder() < Integer.MAX_VALUE;
    }

    /**
     * The lowest QCD + 2·QED order among this subprocess's diagrams within its limits ({@code
     * Integer.MAX_VALUE} when there is none); like {@link #hasDiagrams()} it depends on the
     * structure only.
     */
    public int minimalWeightedOrder() {
        int min = Integer.MAX_VALUE;
        for (OffShellRecursion.Current c : structuralRootCurrents()) {
            if (c.id == rootSpecies) {
                min = Math.min(min, c.qcd + 2 * c.qed);
            }
        }
        return min;
    }

    /**
     * The power of g_s in the amplitude (so Σ̄|M|² ∝ α_s^order) among the contributions {@link
     * #squared} keeps, or −1 when amplitudes of several QCD orders interfere; depends on the
     * structure only.
     */
    public int strongOrder() {
        int minWeighted = minimalWeightedOrder();
        int order = -2;
        for (OffShellRecursion.Current c : structuralRootCurrents()) {
            if (c.id != rootSpecies || (!explicitOrders && c.qcd + 2 * c.qed != minWeighted)) {
                continue;
            }
            if (order != -2 && order != c.qcd) {
                return -1;
            }
            order = c.qcd;
        }
        return Math.max(order, -1);
    }

    /**
     * The root currents of a recursion over placeholder momenta, whose coupling orders depend on
     * the diagram structure only.
     */
    private List<OffShellRecursion.Current> structuralRootCurrents() {
        double[][] external = new double[n - 1][];
        double[][] q = new double[n][4];
        for (int i = 0; i < n - 1; i++) {
            Particle p = Particle.byPdg(crossed[i]);
            external[i] = new double[OffShellRecursion.size(crossed[i])];
            q[i][0] = 1 + i;
            q[i][3] = p.isFermion() ? 0.5 : 0.25;
        }
        return recursion.rootCurrents(external, q);
    }

    /** The subprocess. */
    public Subprocess process() {
        return process;
    }

    /**
     * Σ̄|M|² at one phase-space point.
     *
     * @param momenta one momentum per particle, in the subprocess's order (incoming first)
     * @return the averaged squared matrix element (GeV^(4−2n) for n particles)
     * @throws IllegalArgumentException if the number of momenta is wrong
     */
    public double squared(FourMomentum[] momenta) {
        return squared(arrays(momenta), -1);
    }

    /**
     * Σ̄|M|² with one vector boson's polarisation replaced by its momentum k/E (a Ward-identity
     * probe: gauge invariance makes the result vanish); {@code probe} = −1 for the physical one.
     */
    double squared(double[][] p, int probe) {
        return sum(p, probe, colourConfigurations, null) / average();
    }

    /**
     * One Monte Carlo draw of Σ̄|M|² for integration: a colour assignment drawn uniformly among the
     * weight-conserving ones, helicities summed or (with {@code sampleHelicities}) one helicity
     * configuration drawn uniformly; the value is |M|² of the draw times the number of
     * alternatives, so its mean over draws is exactly {@link #squared}. Drawing the colour cuts the
     * cost of g g → t t̄ g by the 336 assignments; the assignment drawn is kept for {@link
     * ColourFlow}, and an accept–reject on the value picks it with probability ∝ |M_c|².
     *
     * @param momenta one momentum per particle, in the subprocess's order (incoming first)
     * @param rng the stream the colour and helicities are drawn from
     * @param sampleHelicities whether to draw the helicities instead of summing them
     * @return the draw
     */
    public Draw sample(FourMomentum[] momenta, SplittableRandom rng, boolean sampleHelicities) {
        double[][] p = arrays(momenta);
        int[] config = colourConfigurations.get(rng.nextInt(colourConfigurations.size()));
        int[] fixedHelicities = null;
        double alternatives = colourConfigurations.size();
        if (sampleHelicities) {
            fixedHelicities = new int[n];
            for (int i = 0; i < n; i++) {
                int states = helicityStates(i);
                fixedHelicities[i] = rng.nextInt(states);
                alternatives *= states;
            }
        }
        double value = sum(p, -1, List.of(config), fixedHelicities) * alternatives / average();
        return new Draw(value, config.clone());
    }

    /**
     * One draw of {@link #sample}.
     *
     * @param value the unbiased estimate of Σ̄|M|²
     * @param colourStates the colour state drawn for each particle but the last (crossed to
     *     incoming, in the basis of {@link ColourFlow})
     */
    public record Draw(double value, int[] colourStates) {
        /** Copies the states. */
        public Draw {
            colourStates = colourStates.clone();
        }

        /** A copy of the colour states. */
        @Override
        public int[] colourStates() {
            return colourStates.clone();
        }
    }

    /**
     * The LHE colour and anticolour tags of a draw's colour assignment (see {@link ColourFlow}).
     *
     * @param draw a draw of this matrix element
     * @param firstTag the tag of the first colour line (LHE uses 501, 502, …)
     * @param rng randomness to resolve which of equally labelled lines join
     * @return {colour, anticolour} per particle, in the subprocess's order
     */
    public int[][] colourTags(Draw draw, int firstTag, SplittableRandom rng) {
        return ColourFlow.tags(crossed, nIn, draw.colourStates, firstTag, rng);
    }

    private double[][] arrays(FourMomentum[] momenta) {
        if (momenta.length != n) {
            throw new IllegalArgumentException(
                    process.text() + " needs " + n + " momenta, got " + momenta.length);
        }
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            FourMomentum m = momenta[i];
            p[i] = new double[] {m.e(), m.px(), m.py(), m.pz()};
        }
        return p;
    }

    private int helicityStates(int i) {
        Particle part = Particle.byPdg(physical[i]);
        return part.helicityStates(model.mass(physical[i]) > 0);
    }

    /** The initial-state average: helicity states times colours of the incoming particles. */
    private double average() {
        double average = 1;
        for (int i = 0; i < nIn; i++) {
            average *= helicityStates(i) * Particle.byPdg(physical[i]).colour();
        }
        return average;
    }

    /**
     * Σ|M|² × symmetry factor over the given colour assignments and all helicities (or only {@code
     * fixedHelicities} when not null), not yet averaged.
     */
    private double sum(double[][] p, int probe, List<int[]> colours, int[] fixedHelicities) {
        int[] helicityCount = new int[n];
        for (int i = 0; i < n; i++) {
            helicityCount[i] = helicityStates(i);
        }
        if (probe >= 0) {
            helicityCount[probe] = 1;
        }
        double[][] q = new double[n][4];
        for (int i = 0; i < n; i++) {
            for (int mu = 0; mu < 4; mu++) {
                q[i][mu] = i < nIn ? p[i][mu] : -p[i][mu];
            }
        }
        // Wavefunctions once per helicity state; colours outermost, so that the currents of
        // subsets whose particles keep their helicities are reused from the cache.
        double[][][] wfs = new double[n][][];
        for (int i = 0; i < n; i++) {
            wfs[i] = new double[helicityCount[i]][];
            for (int h = 0; h < helicityCount[i]; h++) {
                boolean drawn = fixedHelicities != null && h != fixedHelicities[i];
                wfs[i][h] =
                        drawn ? null : i == probe ? probeVector(p[i]) : wavefunction(i, p[i], h);
            }
        }
        double sum = 0;
        OffShellRecursion.Cache cache = recursion.newCache();
        double[][] wf = new double[n][];
        for (int[] config : colours) {
            int[] hel = fixedHelicities == null ? new int[n] : fixedHelicities;
            do {
                for (int i = 0; i < n; i++) {
                    wf[i] = wfs[i][hel[i]];
                }
                sum += colourSum(List.<int[]>of(config), wf, q, hel, cache);
            } while (fixedHelicities == null && next(hel, helicityCount));
        }
        return sum * process.symmetryFactor();
    }

    private static double[] probeVector(double[] k) {
        double[] e = new double[8];
        for (int mu = 0; mu < 4; mu++) {
            e[2 * mu] = k[mu] / k[0];
        }
        return e;
    }

    private double colourSum(
            List<int[]> colours,
            double[][] wf,
            double[][] q,
            int[] hel,
            OffShellRecursion.Cache cache) {
        double sum = 0;
        double[][] external = new double[n - 1][];
        int[] states = new int[n - 1];
        for (int[] config : colours) {
            for (int i = 0; i < n - 1; i++) {
                external[i] = ColourStates.embed(crossed[i], config[i], wf[i]);
                // helicity index < 3, colour state < 8: a number below 64 per particle
                states[i] = 8 * hel[i] + config[i];
            }
            List<OffShellRecursion.Current> root =
                    recursion.rootCurrents(external, q, states, cache);
            sum += contract(root, wf[n - 1], Particle.byPdg(crossed[n - 1]).colour());
        }
        return sum;
    }

    private double contract(List<OffShellRecursion.Current> root, double[] w, int colours) {
        int minWeighted = Integer.MAX_VALUE;
        for (OffShellRecursion.Current c : root) {
            if (c.id == rootSpecies) {
                minWeighted = Math.min(minWeighted, c.qcd + 2 * c.qed);
            }
        }
        double[] amp = new double[2 * colours];
        int block = w.length;
        Particle r = Particle.byPdg(crossed[n - 1]);
        for (OffShellRecursion.Current c : root) {
            if (c.id != rootSpecies || (!explicitOrders && c.qcd + 2 * c.qed != minWeighted)) {
                continue;
            }
            for (int a = 0; a < colours; a++) {
                double sr = 0;
                double si = 0;
                for (int k = 0; k < block / 2; k++) {
                    double g = r.isVector() ? Dirac.metric(k) : 1;
                    double xr = c.v[a * block + 2 * k];
                    double xi = c.v[a * block + 2 * k + 1];
                    sr += g * (xr * w[2 * k] - xi * w[2 * k + 1]);
                    si += g * (xr * w[2 * k + 1] + xi * w[2 * k]);
                }
                amp[2 * a] += sr;
                amp[2 * a + 1] += si;
            }
        }
        double s = 0;
        for (double x : amp) {
            s += x * x;
        }
        return s;
    }

    /** The colourless wavefunction of particle i with helicity index h. */
    private double[] wavefunction(int i, double[] p, int h) {
        int id = physical[i];
        Particle part = Particle.byPdg(id);
        boolean incoming = i < nIn;
        if (part.twiceSpin() == 0) {
            return new double[] {1, 0};
        }
        if (part.isFermion()) {
            int helicity = 2 * h - 1;
            if (incoming) {
                return id > 0
                        ? ExternalStates.u(p, helicity)
                        : ExternalStates.bar(ExternalStates.v(p, helicity));
            }
            return id > 0
                    ? ExternalStates.bar(ExternalStates.u(p, helicity))
                    : ExternalStates.v(p, helicity);
        }
        double mass = model.mass(id);
        int helicity = mass > 0 ? h - 1 : 2 * h - 1;
        return ExternalStates.polarisation(p, mass, helicity, !incoming);
    }

    private static boolean next(int[] digits, int[] radix) {
        for (int k = digits.length - 1; k >= 0; k--) {
            if (++digits[k] < radix[k]) {
                return true;
            }
            digits[k] = 0;
        }
        return false;
    }
}
