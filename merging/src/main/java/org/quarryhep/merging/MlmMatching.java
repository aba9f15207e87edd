package org.quarryhep.merging;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.jets.ClusterSequence;
import org.quarryhep.jets.Jet;
import org.quarryhep.jets.JetAlgorithm;
import org.quarryhep.jets.JetDefinition;

/**
 * k_T-MLM jet matching, as MadGraph with Pythia does it ({@code JetMatching:scheme = 1}, the
 * "MadGraph-style" k_T scheme of Alwall et al., arXiv:0706.2569): the showered partons with |η| <
 * {@code etaMax} are clustered with the exclusive k_T algorithm (R = 1, E scheme) down to d_cut =
 * qcut²; each matrix-element parton (harder first) is matched to the closest unused jet in the k_T
 * measure d = min(p_T,parton², p_T,jet²) ΔR² and must have d < qcut². A sample below the highest
 * multiplicity is exclusive: every parton matched and no jet left over. The highest multiplicity is
 * inclusive: every parton must still be matched, and jets left over are allowed when their p_T
 * (their k_T to the beam) is below the softest matrix-element parton's k_T — those are the shower's
 * to make, the harder ones belong to a higher multiplicity that is not generated.
 *
 * @param qcut the matching scale, GeV
 * @param etaMax the |η| beyond which partons and jets take no part
 */
public record MlmMatching(double qcut, double etaMax) {
    private static final JetDefinition KT = JetDefinition.of(JetAlgorithm.KT, 1.0);

    /** Validates the scale. */
    public MlmMatching {
        if (!(qcut > 0) || !Double.isFinite(qcut)) {
            throw new MergingException("--qcut: expected a positive scale in GeV, found " + qcut);
        }
        if (!(etaMax > 0)) {
            throw new MergingException("eta max: expected a positive value, found " + etaMax);
        }
    }

    /**
     * The outcome for one event.
     *
     * @param accepted whether the event is kept
     * @param jets the number of k_T jets the showered partons gave at the matching scale
     * @param matched how many matrix-element partons were matched
     */
    public record Result(boolean accepted, int jets, int matched) {}

    /**
     * Matches one showered event.
     *
     * @param mePartons the light partons of the matrix-element event
     * @param showered the light partons after the shower (no hadronisation)
     * @param highest whether the event belongs to the highest multiplicity (inclusive) sample
     * @param softestScale the softest k_T of the matrix-element partons ({@link
     *     CkkwScales.Reweighting#softestScale()}): jets left over at the highest multiplicity must
     *     be softer
     * @return the outcome
     */
    public Result match(
            List<FourMomentum> mePartons,
            List<FourMomentum> showered,
            boolean highest,
            double softestScale) {
        List<FourMomentum> partons = central(mePartons);
        partons.sort((a, b) -> Double.compare(b.pt(), a.pt()));
        double scale = qcut;
        List<FourMomentum> jets = new ArrayList<>();
        List<FourMomentum> inside = central(showered);
        if (!inside.isEmpty()) {
            for (Jet j : ClusterSequence.of(inside, KT).exclusiveJetsUpToDcut(scale * scale)) {
                if (Math.abs(j.eta()) < etaMax) {
                    jets.add(j.momentum());
                }
            }
        }
        int nJets = jets.size();
        if (nJets < partons.size() || (!highest && nJets > partons.size())) {
            return new Result(false, nJets, 0);
        }
        int matched = 0;
        for (FourMomentum p : partons) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < jets.size(); j++) {
                double d = ktDistance(p, jets.get(j));
                if (d < bestD) {
                    bestD = d;
                    best = j;
                }
            }
            if (best < 0 || bestD >= scale * scale) {
                return new Result(false, nJets, matched);
            }
            jets.remove(best);
            matched++;
        }
        for (FourMomentum extra : jets) {
            if (extra.pt() > softestScale) {
                return new Result(false, nJets, matched);
            }
        }
        return new Result(true, nJets, matched);
    }

    private List<FourMomentum> central(List<FourMomentum> ps) {
        List<FourMomentum> out = new ArrayList<>();
        for (FourMomentum p : ps) {
            if (p.pt() > 0 && Math.abs(p.eta()) < etaMax) {
                out.add(p);
            }
        }
        return out;
    }

    /** The k_T distance with R = 1 (rapidity and azimuth), as the jets are clustered. */
    static double ktDistance(FourMomentum a, FourMomentum b) {
        double dy = a.rapidity() - b.rapidity();
        double dphi = Math.abs(a.phi() - b.phi());
        if (dphi > Math.PI) {
            dphi = 2 * Math.PI - dphi;
        }
        return Math.min(a.pt2(), b.pt2()) * (dy * dy + dphi * dphi);
    }
}
