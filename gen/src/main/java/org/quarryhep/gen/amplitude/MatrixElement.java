package org.quarryhep.gen.amplitude;

import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;

/**
 * The tree-level squared matrix element of one {@link Subprocess}: Σ̄|M|², summed over final and
 * averaged over initial helicities and colours, with the identical-particle factor of the final
 * state — the quantity MadGraph's standalone output prints. Helicities and colours are summed
 * explicitly; each configuration is one {@link OffShellRecursion} pass ({@link ConfigurationSum},
 * with the wavefunctions of {@link ExternalWavefunctions} and the root currents that {@link
 * RootSelection} keeps); the event's colour lines come from {@link ColourLines}. For gluons and at
 * most one quark line in pure QCD, {@link #squared} takes the colour-ordered recursion with a
 * colour matrix and helicity recycling instead ({@link OrderedColourSum}; the same number to 1e-10,
 * hundreds of times faster).
 *
 * <p>Instances hold no mutable state after construction (each evaluation has its own current cache;
 * the immutable colour-flow decomposition is built once, on first use, under a lock) and may be
 * shared between threads.
 */
public final class MatrixElement {
    private final Subprocess process;
    private final AmplitudeModel model;
    private final int n;
    private final int nIn;
    private final int[] physical;
    private final int[] crossed;
    private final RootSelection roots;
    private final OffShellRecursion recursion;
    private final List<int[]> colourConfigurations;
    private final ExternalWavefunctions wavefunctions;
    private final ConfigurationSum sums;
    private final ColourLines colourLines;
    private volatile Object ordered;

    /**
     * Prepares the matrix element of a subprocess.
     *
     * @param process the subprocess
     * @param model couplings, masses and widths
     */
    public MatrixElement(Subprocess process, AmplitudeModel model) {
        this(process, model, true);
    }

    /**
     * Prepares the matrix element of a subprocess, for a decay chain with identical particles in
     * different branches either with every assignment of them to the branches ({@code symmetrised},
     * the physical one) or with the subprocess's own assignment alone (its share, by which an event
     * picks the decay tree it writes).
     *
     * @param process the subprocess
     * @param model couplings, masses and widths
     * @param symmetrised whether the diagrams of every assignment are kept ({@link
     *     ResonanceAssignments})
     */
    public MatrixElement(Subprocess process, AmplitudeModel model, boolean symmetrised) {
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
        DiagramSelection topology = ResonanceAssignments.selection(process, n, nIn, symmetrised);
        this.roots =
                new RootSelection(
                        crossed[n - 1],
                        Particle.byPdg(crossed[n - 1]).anti().pdg(),
                        !process.sChannel().isEmpty(),
                        limits.getOrDefault("QCD", Integer.MAX_VALUE / 4),
                        limits.getOrDefault("WEIGHTED", Integer.MAX_VALUE / 4),
                        !limits.isEmpty(),
                        topology);
        this.recursion = recursionWith(topology);
        this.colourConfigurations = ColourStates.conserving(crossed);
        this.wavefunctions = new ExternalWavefunctions(physical, nIn, model);
        this.sums =
                new ConfigurationSum(
                        crossed, nIn, recursion, wavefunctions, roots, process.symmetryFactor());
        this.colourLines = new ColourLines(this, crossed, nIn);
    }

    /**
     * The recursion over the crossed particles with a diagram selection. With an s-channel
     * requirement the tag raises the QCD order of the currents (see DiagramSelection), so the QCD
     * and WEIGHTED limits are applied at the root ({@link RootSelection}).
     */
    private OffShellRecursion recursionWith(DiagramSelection topology) {
        return new OffShellRecursion(
                crossed,
                nIn,
                model,
                process.excluded(),
                roots.lifted() ? Integer.MAX_VALUE / 4 : roots.maxQcd(),
                process.orderLimits().getOrDefault("QED", Integer.MAX_VALUE / 4),
                roots.lifted() ? Integer.MAX_VALUE / 4 : roots.maxWeighted(),
                topology);
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
        OffShellRecursion r = recursionWith(roots.topology().requiring(m, absId));
        for (OffShellRecursion.Current c : structuralPass(r, r.newCache())) {
            if (roots.kept(c)) {
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
            if (roots.kept(c)) {
                min = Math.min(min, RootSelection.qcd(c) + 2 * c.qed);
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
            int qcd = RootSelection.qcd(c);
            if (!roots.kept(c) || (!roots.explicitOrders() && qcd + 2 * c.qed != minWeighted)) {
                continue;
            }
            if (order != -2 && order != qcd) {
                return -1;
            }
            order = qcd;
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

    /**
     * Σ̄|M|² by the explicit colour and helicity sum ({@link ConfigurationSum}) even where {@link
     * #squared} takes the colour-ordered one: the independent engine, for cross-checks and for
     * timing the two ({@code quarry bench me --explicit}).
     *
     * @param momenta one momentum per particle, in the subprocess's order (incoming first)
     * @return the averaged squared matrix element
     */
    public double explicitSquared(FourMomentum[] momenta) {
        return squared(arrays(momenta), -1);
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
        double[][] p = arrays(momenta);
        OrderedColourSum fast = orderedSum();
        return fast != null ? fast.squared(p) : squared(p, -1);
    }

    /**
     * The colour-ordered exact sum where the subprocess is in its class (gluons and at most one
     * quark line, pure QCD), else null; built on first use (its colour matrix enumerates the colour
     * assignments once), under a lock.
     */
    OrderedColourSum orderedSum() {
        Object o = ordered;
        if (o == null) {
            synchronized (this) {
                o = ordered;
                if (o == null) {
                    OrderedColourSum built =
                            OrderedColourSum.of(process, model, crossed, nIn, wavefunctions);
                    o = built == null ? Boolean.FALSE : built;
                    ordered = o;
                }
            }
        }
        return o instanceof OrderedColourSum s ? s : null;
    }

    /**
     * Σ̄|M|² by the explicit colour sum of {@link ConfigurationSum}, with one vector boson's
     * polarisation replaced by its momentum k/E (a Ward-identity probe: gauge invariance makes the
     * result vanish); {@code probe} = −1 for the physical one.
     */
    double squared(double[][] p, int probe) {
        return sums.sum(p, probe, colourConfigurations, null) / wavefunctions.average();
    }

    /**
     * One Monte Carlo draw of Σ̄|M|² for integration: a colour assignment drawn uniformly among the
     * weight-conserving ones, helicities summed or (with {@code sampleHelicities}) one helicity
     * configuration drawn uniformly; the value is |M|² of the draw times the number of
     * alternatives, so its mean over draws is exactly {@link #squared}. Drawing the colour cuts the
     * cost of g g → t t̄ g by the 336 assignments; the assignment drawn is kept for {@link
     * ColourFlow} (an accept–reject on the value picks it with probability ∝ |M_c|²), and the point
     * for the leading-colour flows of {@link #colourTags}. Where the colour-ordered sum applies
     * ({@link OrderedColourSum}) and the colour lines come from the leading-colour flows at the
     * point rather than from the drawn assignment, the value is the exact Σ̄|M|² itself — cheaper
     * than one drawn configuration of the explicit engine, and without its variance (the same
     * random numbers are still drawn, so the stream advances as before).
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
                int states = wavefunctions.helicityStates(i);
                fixedHelicities[i] = rng.nextInt(states);
                alternatives *= states;
            }
        }
        OrderedColourSum fast = orderedSum();
        double value =
                fast != null && leadingColourFlows() != null
                        ? fast.squared(p)
                        : sums.sum(p, -1, List.of(config), fixedHelicities)
                                * alternatives
                                / wavefunctions.average();
        return new Draw(value, config.clone(), momenta);
    }

    /**
     * One draw of {@link #sample}.
     *
     * @param value the unbiased estimate of Σ̄|M|²
     * @param colourStates the colour state drawn for each particle but the last (crossed to
     *     incoming, in the basis of {@link ColourFlow})
     * @param momenta the point of the draw (null when unknown), from which {@link #colourTags}
     *     computes the leading-colour weights of the colour flows
     */
    public record Draw(double value, int[] colourStates, FourMomentum[] momenta) {
        /** Copies the states and momenta. */
        public Draw {
            colourStates = colourStates.clone();
            momenta = momenta == null ? null : momenta.clone();
        }

        /** A draw without its point: its colour lines come from the drawn assignment. */
        public Draw(double value, int[] colourStates) {
            this(value, colourStates, null);
        }

        /** A copy of the momenta, or null. */
        @Override
        public FourMomentum[] momenta() {
            return momenta == null ? null : momenta.clone();
        }

        /** A copy of the colour states. */
        @Override
        public int[] colourStates() {
            return colourStates.clone();
        }
    }

    /**
     * The LHE colour and anticolour tags of a draw. Where the subprocess's coloured particles are
     * gluons and at most one quark line ({@link LeadingColourFlows}), one colour flow is picked
     * with probability ∝ its helicity-summed leading-colour weight |A_σ|² at the draw's point, as
     * MadGraph picks a flow from its JAMP² weights; otherwise (several quark lines, the top-philic
     * scalar's g g S vertex, or a draw without momenta) the lines are read off the draw's colour
     * assignment ({@link ColourFlow}).
     *
     * @param draw a draw of this matrix element
     * @param firstTag the tag of the first colour line (LHE uses 501, 502, …)
     * @param rng randomness for the flow (or to resolve which of equally labelled lines join)
     * @return {colour, anticolour} per particle, in the subprocess's order
     */
    public int[][] colourTags(Draw draw, int firstTag, SplittableRandom rng) {
        return colourLines.tags(draw, firstTag, rng);
    }

    /**
     * The colour-ordered decomposition of this subprocess's amplitude (null where its coloured
     * particles are not gluons and at most one quark line, or it has fewer than two flows).
     */
    public LeadingColourFlows leadingColourFlows() {
        return colourLines.leadingColourFlows();
    }

    /** The model. */
    AmplitudeModel model() {
        return model;
    }

    /** Crossed-incoming PDG ids, root last. */
    int[] crossedIds() {
        return crossed.clone();
    }

    /** The number of incoming particles. */
    int incomingCount() {
        return nIn;
    }

    /** The off-shell recursion (shared; each pass needs its own cache). */
    OffShellRecursion recursion() {
        return recursion;
    }

    /** Momenta as arrays, checked for their number. */
    double[][] momentumArrays(FourMomentum[] momenta) {
        return arrays(momenta);
    }

    /** The colourless wavefunction of particle i with helicity index h. */
    double[] wavefunctionOf(int i, double[] p, int h) {
        return wavefunctions.wavefunction(i, p, h);
    }

    /** The number of helicity states of particle i. */
    int helicityCount(int i) {
        return wavefunctions.helicityStates(i);
    }

    /**
     * The amplitude (re, im per colour component of the root) of the kept root currents contracted
     * with the root's wavefunction w.
     */
    double[] rootAmplitude(List<OffShellRecursion.Current> root, double[] w, int colours) {
        return roots.amplitude(root, w, colours);
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
}
