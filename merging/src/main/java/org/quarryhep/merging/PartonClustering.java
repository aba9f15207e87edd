package org.quarryhep.merging;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.process.KtMeasure;

/**
 * Exclusive k_T clustering of a matrix-element event's light partons with MadGraph's measure
 * ({@link KtMeasure}): at each step the smallest of all d_iB and d_ij is taken; a parton closest to
 * the beam is removed, a closest pair is replaced by its four-momentum sum. n partons take n steps.
 * The clustering is flavour-blind: every pair may combine (MadGraph allows only the combinations of
 * a Feynman diagram; for Z + jets the difference is which of two close partons a third joins).
 */
public final class PartonClustering {
    private PartonClustering() {}

    /**
     * The clustering scales √d of each step, in the order the steps happen (hardest last for
     * strongly ordered emissions).
     *
     * @param partons the light final-state partons
     * @return one scale per parton, GeV
     */
    public static double[] scales(List<FourMomentum> partons) {
        List<FourMomentum> left = new ArrayList<>(partons);
        double[] out = new double[partons.size()];
        for (int step = 0; step < out.length; step++) {
            int bestI = -1;
            int bestJ = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < left.size(); i++) {
                double dib = KtMeasure.toBeam(left.get(i));
                if (dib < best) {
                    best = dib;
                    bestI = i;
                    bestJ = -1;
                }
                for (int j = i + 1; j < left.size(); j++) {
                    double dij = KtMeasure.between(left.get(i), left.get(j));
                    if (dij < best) {
                        best = dij;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            out[step] = Math.sqrt(best);
            if (bestJ >= 0) {
                left.set(bestI, left.get(bestI).plus(left.get(bestJ)));
                left.remove(bestJ);
            } else {
                left.remove(bestI);
            }
        }
        return out;
    }
}
