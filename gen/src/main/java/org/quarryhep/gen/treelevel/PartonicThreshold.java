package org.quarryhep.gen.treelevel;

import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.process.GeneratorCuts;

/** The lowest partonic √ŝ that a final state can have under the run-card cuts. */
final class PartonicThreshold {
    private PartonicThreshold() {}

    /**
     * A lower bound on √ŝ: in the partonic frame √ŝ = Σ E ≥ Σ max(m, p_T,min) over the final state,
     * and ≥ m_ℓℓ,min + the rest for an opposite-charge lepton pair under {@code mmll}.
     *
     * @param out the final-state ids
     * @param model their masses
     * @param cuts the run's generator cuts
     * @return the bound, GeV
     */
    static double sqrtShatBound(int[] out, AmplitudeModel model, GeneratorCuts cuts) {
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
}
