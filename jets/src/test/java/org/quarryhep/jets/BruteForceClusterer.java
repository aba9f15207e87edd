package org.quarryhep.jets;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Kinematics;

/**
 * The O(N³) reference: at every step, every d_iB and every d_ij of the active pseudojets is
 * computed straight from the definition (arXiv:0802.1189, eqs. 1–2) with core's rapidity and
 * azimuth, and the smallest is merged. Shares no code with the strategies under test. Exact ties
 * follow the convention {@link ClusterSequence} documents: the active list is a compact array in
 * which a merged pseudojet takes its parents' lower place and the last entry fills the vacated one;
 * the candidate in the lowest place wins.
 */
final class BruteForceClusterer {
    /** An active or final pseudojet. */
    record PseudoJet(int index, FourMomentum p, TreeSet<Integer> constituents) {}

    /** The inclusive jets, the merge distances in order, and the active set after each step. */
    record Result(List<PseudoJet> inclusive, List<Double> distances, List<List<PseudoJet>> active) {
        /** The pseudojets present when {@code n} remain (FastJet's exclusive jets). */
        List<PseudoJet> exclusive(int n, int particles) {
            return active.get(particles - n);
        }
    }

    private BruteForceClusterer() {}

    static Result cluster(List<FourMomentum> particles, JetAlgorithm algorithm, double radius) {
        List<PseudoJet> active = new ArrayList<>();
        for (int i = 0; i < particles.size(); i++) {
            TreeSet<Integer> c = new TreeSet<>();
            c.add(i);
            active.add(new PseudoJet(i, particles.get(i), c));
        }
        int nextIndex = particles.size();
        List<PseudoJet> inclusive = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        List<List<PseudoJet>> snapshots = new ArrayList<>();
        snapshots.add(List.copyOf(active));
        double r2 = radius * radius;
        while (!active.isEmpty()) {
            double best = Double.POSITIVE_INFINITY;
            int bestI = -1;
            int bestJ = -1;
            for (int i = 0; i < active.size(); i++) {
                PseudoJet a = active.get(i);
                double diB = scale(algorithm, a.p());
                if (diB < best) {
                    best = diB;
                    bestI = i;
                    bestJ = -1;
                }
                for (int j = i + 1; j < active.size(); j++) {
                    PseudoJet b = active.get(j);
                    double dy = a.p().rapidity() - b.p().rapidity();
                    double dphi = Kinematics.deltaPhi(a.p().phi(), b.p().phi());
                    double dij =
                            Math.min(scale(algorithm, a.p()), scale(algorithm, b.p()))
                                    * (dy * dy + dphi * dphi)
                                    / r2;
                    if (dij < best) {
                        best = dij;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            distances.add(best);
            PseudoJet a = active.get(bestI);
            int vacated;
            if (bestJ < 0) {
                inclusive.add(a);
                vacated = bestI;
            } else {
                PseudoJet b = active.get(bestJ);
                TreeSet<Integer> c = new TreeSet<>(a.constituents());
                c.addAll(b.constituents());
                active.set(bestI, new PseudoJet(nextIndex++, a.p().plus(b.p()), c));
                vacated = bestJ;
            }
            PseudoJet last = active.remove(active.size() - 1);
            if (vacated < active.size()) {
                active.set(vacated, last);
            }
            snapshots.add(List.copyOf(active));
        }
        return new Result(inclusive, distances, snapshots);
    }

    private static double scale(JetAlgorithm algorithm, FourMomentum p) {
        return Math.pow(p.pt2(), algorithm.p());
    }
}
