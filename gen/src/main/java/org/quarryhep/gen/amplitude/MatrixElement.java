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
    private final boolean tagged;
    private final int maxQcd;
    private final int maxWeighted;

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
        if (model.scalar().active()) {
            requireScalarCoverage(process);
        }
        var limits = process.orderLimits();
        this.explicitOrders = !limits.isEmpty();
        this.tagged = !process.sChannel().isEmpty();
        this.maxQcd = limits.getOrDefault("QCD", Integer.MAX_VALUE / 4);
        this.maxWeighted = limits.getOrDefault("WEIGHTED", Integer.MAX_VALUE / 4);
        // With an s-channel requirement the tag raises the QCD order of the currents (see
        // OffShellRecursion.Topology), so the QCD and WEIGHTED limits are applied at the root.
        this.recursion =
                new OffShellRecursion(
                        crossed,
                        nIn,
                        model,
                        process.excluded(),
                        tagged ? Integer.MAX_VALUE / 4 : maxQcd,
                        limits.getOrDefault("QED", Integer.MAX_VALUE / 4),
                        tagged ? Integer.MAX_VALUE / 4 : maxWeighted,
                        topology(process, n, nIn));
        this.rootSpecies = Particle.byPdg(crossed[n - 1]).anti().pdg();
        this.colourConfigurations = ColourStates.conserving(crossed);
    }

    /**
     * The effective g g S vertex is the top loop with two gluons attached; more gluons or other
     * coloured particles would need the loop's vertices with three and four gluons.
     */
    private void requireScalarCoverage(Subprocess sp) {
        int gluons = 0;
        int tops = 0;
        boolean otherColoured = false;
        for (int id : physical) {
            gluons += id == 21 ? 1 : 0;
            tops += Math.abs(id) == 6 ? 1 : 0;
            otherColoured |= Particle.byPdg(id).colour() > 1 && id != 21 && Math.abs(id) != 6;
        }
        if (gluons > 2 || tops > 2 || otherColoured) {
            throw new IllegalArgumentException(
                    sp.text()
                            + ": with the top-philic scalar on, only processes whose coloured"
                            + " particles are at most two gluons and one t t~ pair are covered"
                            + " (the g g S loop vertex has no three- and four-gluon partners"
                            + " here)");
        }
    }

    /**
     * The recursion's diagram selection: each decay-chain resonance's products as one propagator
     * (their subset, or its complement among the non-root particles when they include the root —
     * the same propagator seen from the other side), and the s-channel requirement's tag.
     */
    private static OffShellRecursion.Topology topology(Subprocess process, int n, int nIn) {
        List<Resonance> resonances = process.resonances();
        int[] masks = new int[resonances.size()];
        int[] species = new int[masks.length];
        int full = (1 << (n - 1)) - 1;
        for (int r = 0; r < masks.length; r++) {
            int m = resonances.get(r).mask() << nIn;
            masks[r] = (m & (1 << (n - 1))) != 0 ? full & ~m : m;
            species[r] = Math.abs(resonances.get(r).pdg());
        }
        return new OffShellRecursion.Topology(masks, species, process.sChannel());
    }

    /** A root current's QCD order (without the s-channel tag). */
    private static int qcd(OffShellRecursion.Current c) {
        return c.qcd % OffShellRecursion.TAG;
    }

    /**
     * Whether a root current is kept before the lowest-order selection: the root's species, within
     * the limits the recursion did not apply, tagged where an s-channel propagator is required.
     */
    private boolean rootKept(OffShellRecursion.Current c) {
        if (c.id != rootSpecies) {
            return false;
        }
        if (!tagged) {
            return true;
        }
        int q = qcd(c);
        return c.qcd >= OffShellRecursion.TAG && q <= maxQcd && q + 2 * c.qed <= maxWeighted;
    }

    /**
     * The final-state subsets that an s-channel propagator of a species can make in this
     * subprocess's diagrams (for {@code $ z}: where the propagator could be on shell), as bit masks
     * over the outgoing slots; subsets of one particle are left out.
     *
     * @param absId |PDG| id of the species
     * @return the masks
     */
    public List<Integer> sChannelSubsets(int absId) {
        OffShellRecursion.Cache cache = recursion.newCache();
        structuralPass(recursion, cache);
        int full = (1 << (n - 1)) - 1;
        int incoming = (1 << nIn) - 1;
        List<Integer> out = new java.util.ArrayList<>();
        for (int m : recursion.sChannelMasks(cache, absId)) {
            if (!completes(m, absId)) {
                continue; // the current exists but no diagram uses it as a propagator
            }
            int slots =
                    (m & incoming) == 0 ? m >> nIn : ((full & ~m) >> nIn) | (1 << (n - 1 - nIn));
            if (Integer.bitCount(slots) >= 2 && !out.contains(slots)) {
                out.add(slots);
            }
        }
        return out;
    }

    /** Whether some diagram has a propagator of species absId for the subset m (a mask). */
    private boolean completes(int m, int absId) {
        OffShellRecursion.Topology base = topology(process, n, nIn);
        int[] masks =
                java.util.Arrays.copyOf(base.requiredMasks(), base.requiredMasks().length + 1);
        int[] species =
                java.util.Arrays.copyOf(base.requiredSpecies(), base.requiredSpecies().length + 1);
        masks[masks.length - 1] = m;
        species[species.length - 1] = absId;
        var limits = process.orderLimits();
        OffShellRecursion r =
                new OffShellRecursion(
                        crossed,
                        nIn,
                        model,
                        process.excluded(),
                        tagged ? Integer.MAX_VALUE / 4 : maxQcd,
                        limits.getOrDefault("QED", Integer.MAX_VALUE / 4),
                        tagged ? Integer.MAX_VALUE / 4 : maxWeighted,
                        new OffShellRecursion.Topology(masks, species, base.sChannelTagged()));
        for (OffShellRecursion.Current c : structuralPass(r, r.newCache())) {
            if (rootKept(c)) {
                return true;
            }
        }
        return false;
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
            if (rootKept(c)) {
                min = Math.min(min, qcd(c) + 2 * c.qed);
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
            if (!rootKept(c) || (!explicitOrders && qcd(c) + 2 * c.qed != minWeighted)) {
                continue;
            }
            if (order != -2 && order != qcd(c)) {
                return -1;
            }
            order = qcd(c);
        }
        return Math.max(order, -1);
    }

    /**
     * The root currents of a recursion over arbitrary momenta, whose coupling orders depend on the
     * diagram structure only.
     */
    private List<OffShellRecursion.Current> structuralRootCurrents() {
        return structuralPass(recursion, recursion.newCache());
    }

    private List<OffShellRecursion.Current> structuralPass(
            OffShellRecursion r, OffShellRecursion.Cache cache) {
        double[][] external = new double[n - 1][];
        double[][] q = new double[n][4];
        for (int i = 0; i < n - 1; i++) {
            Particle p = Particle.byPdg(crossed[i]);
            external[i] = new double[OffShellRecursion.size(crossed[i])];
            q[i][0] = 1 + i;
            q[i][3] = p.isFermion() ? 0.5 : 0.25;
        }
        return r.rootCurrents(external, q, null, cache);
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
            if (rootKept(c)) {
                minWeighted = Math.min(minWeighted, qcd(c) + 2 * c.qed);
            }
        }
        double[] amp = new double[2 * colours];
        int block = w.length;
        Particle r = Particle.byPdg(crossed[n - 1]);
        for (OffShellRecursion.Current c : root) {
            if (!rootKept(c) || (!explicitOrders && qcd(c) + 2 * c.qed != minWeighted)) {
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
