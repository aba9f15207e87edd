package org.quarryhep.gen.treelevel;

import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.process.ScaleChoice;

/**
 * Scales for a final state of any multiplicity: fixed, √ŝ, Σ E_T, H_T = Σ m_T, H_T/2 (MadGraph's
 * {@code dynamical_scale_choice} 1–4 over the whole final state), and {@code auto}: the transverse
 * mass of the colour-singlet part of the final state (taken as one system) plus half the m_T of
 * each coloured particle — √ŝ for Drell–Yan, H_T/2 for t t̄, as MadGraph's default clustering scale
 * gives for those 2 → 2 cores; for extra jets it is a simpler stand-in for MadGraph's CKKW
 * clustering scale (choice −1), not a reproduction of it.
 */
final class TreeLevelScale {
    private TreeLevelScale() {}

    /**
     * The scale.
     *
     * @param choice the choice
     * @param fin final-state momenta
     * @param coloured which of them carry colour
     * @param shat ŝ
     * @return μ, GeV
     */
    static double scale(ScaleChoice choice, FourMomentum[] fin, boolean[] coloured, double shat) {
        double sumMt = 0;
        double sumEt = 0;
        for (FourMomentum p : fin) {
            sumMt += p.mt();
            sumEt += p.et();
        }
        return switch (choice.kind()) {
            case FIXED -> choice.fixedValue();
            case SQRT_SHAT -> Math.sqrt(shat);
            case SUM_ET -> sumEt;
            case HT -> sumMt;
            case HALF_HT -> sumMt / 2;
            case AUTO -> auto(fin, coloured);
        };
    }

    private static double auto(FourMomentum[] fin, boolean[] coloured) {
        FourMomentum singlet = null;
        double mu = 0;
        for (int i = 0; i < fin.length; i++) {
            if (coloured[i]) {
                mu += fin[i].mt() / 2;
            } else {
                singlet = singlet == null ? fin[i] : singlet.plus(fin[i]);
            }
        }
        return singlet == null ? mu : mu + singlet.mt();
    }
}
