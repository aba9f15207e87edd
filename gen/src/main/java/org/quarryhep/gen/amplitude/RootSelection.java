package org.quarryhep.gen.amplitude;

import java.util.List;

/**
 * Which root currents of an {@link OffShellRecursion} make a {@link MatrixElement}'s amplitude, and
 * their contraction with the root's wavefunction. A root current is kept when it is the root's
 * species, within the QCD and WEIGHTED limits that the recursion left to the root (it does so with
 * an s-channel requirement, whose tag raises the currents' QCD order by {@link
 * OffShellRecursion#TAG}), and tagged where the requirement is set; without explicit order limits
 * only the lowest QCD + 2·QED order contributes, as MadGraph's default. With a decay chain's
 * alternatives (identical particles across its branches) a root current is kept when its tags show
 * every propagator of some alternative ({@link DiagramSelection#selects}).
 *
 * @param rootId the root's PDG id, crossed to incoming
 * @param rootSpecies the species of a root current: the root's antiparticle
 * @param tagged whether an s-channel propagator is required
 * @param maxQcd the QCD limit
 * @param maxWeighted the WEIGHTED (QCD + 2·QED) limit
 * @param explicitOrders whether the process sets order limits (every order within them is kept)
 * @param topology the recursion's diagram selection, whose alternatives' tags the root reads
 */
record RootSelection(
        int rootId,
        int rootSpecies,
        boolean tagged,
        int maxQcd,
        int maxWeighted,
        boolean explicitOrders,
        DiagramSelection topology) {

    /**
     * Whether the recursion left the QCD and WEIGHTED limits to the root (its orders carry tags).
     */
    boolean lifted() {
        return tagged || topology.tagsAlternatives();
    }

    /** A root current's QCD order (without the s-channel tag). */
    static int qcd(OffShellRecursion.Current c) {
        return c.qcd % OffShellRecursion.TAG;
    }

    /**
     * Whether a root current is kept before the lowest-order selection: the root's species, within
     * the limits the recursion did not apply, tagged where an s-channel propagator is required.
     */
    boolean kept(OffShellRecursion.Current c) {
        if (c.id != rootSpecies) {
            return false;
        }
        if (!lifted()) {
            return true;
        }
        int q = qcd(c);
        return (!tagged || (c.qcd & OffShellRecursion.TAG) != 0)
                && topology.selects(c.qcd)
                && q <= maxQcd
                && q + 2 * c.qed <= maxWeighted;
    }

    /**
     * The amplitude (re, im per colour component of the root) of the kept root currents contracted
     * with the root's wavefunction w.
     */
    double[] amplitude(List<OffShellRecursion.Current> root, double[] w, int colours) {
        int minWeighted = Integer.MAX_VALUE;
        for (OffShellRecursion.Current c : root) {
            if (kept(c)) {
                minWeighted = Math.min(minWeighted, qcd(c) + 2 * c.qed);
            }
        }
        double[] amp = new double[2 * colours];
        int block = w.length;
        Particle r = Particle.byPdg(rootId);
        for (OffShellRecursion.Current c : root) {
            if (!kept(c) || (!explicitOrders && qcd(c) + 2 * c.qed != minWeighted)) {
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
        return amp;
    }
}
