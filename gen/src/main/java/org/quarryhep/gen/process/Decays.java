package org.quarryhep.gen.process;

import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.phasespace.Rambo;
import org.quarryhep.gen.phasespace.TwoBody;

/**
 * Decays in the narrow-width approximation, sampled with unit weight (the branching ratio enters
 * the process weight as a constant). Distributions follow the decay matrix elements by
 * accept–reject against a proven upper bound.
 */
final class Decays {
    private Decays() {}

    /** An isotropic two-body decay; returns the two daughters' lab momenta. */
    static FourMomentum[] isotropic(
            FourMomentum parent, double m1, double m2, SplittableRandom rng) {
        double cos = 2 * rng.nextDouble() - 1;
        double phi = 2 * Math.PI * rng.nextDouble();
        return TwoBody.decay(parent, m1, m2, cos, phi);
    }

    /**
     * t → b W, W → A B for an unpolarised top with the V−A matrix element Σ|M|² ∝
     * (p_t·p_A)(p_b·p_B) (physics-formulas.md §13.2), where A is the down-type member of the W
     * doublet (ℓ⁺ or d̄ for W⁺; ℓ⁻ or d for W⁻) and B the up-type one; the same form holds for the
     * anti-top with the W⁻ members. Massless A, B; on-shell W.
     *
     * @return {b, W, A, B}
     */
    static FourMomentum[] top(FourMomentum top, double mW, double mB, SplittableRandom rng) {
        double mt = top.mass();
        double eb = (mt * mt - mW * mW - mB * mB) / (2 * mW);
        double bound = (eb * mW + mW * mW / 2) * (eb * mW);
        while (true) {
            FourMomentum[] bw = isotropic(top, mB, mW, rng);
            FourMomentum[] ab = isotropic(bw[1], 0, 0, rng);
            double me = top.dot(ab[0]) * bw[0].dot(ab[1]);
            if (me >= rng.nextDouble() * bound) {
                return new FourMomentum[] {bw[0], bw[1], ab[0], ab[1]};
            }
        }
    }

    /**
     * τ → e ν ν̄ (V−A) for a τ of given helicity (physics-formulas.md §13.3): τ⁻ → e⁻ ν̄_e ν_τ with
     * Σ|M|² ∝ ((p_τ − m s)·p_ν̄e)(p_e·p_ντ), and by CP τ⁺ → e⁺ ν_e ν̄_τ with ((p_τ + m
     * s)·p_νe)(p_e·p_ν̄τ). The helicity is defined in the frame of the given momentum.
     *
     * @param tau the τ momentum in the frame where its helicity is defined
     * @param helicity ±1 (0: unpolarised)
     * @param antiTau true for τ⁺
     * @param rng randomness
     * @return {e, ν from the W vertex with the e (ν̄_e or ν_e), ν_τ or ν̄_τ} in the same frame
     */
    static FourMomentum[] tau(
            FourMomentum tau, double helicity, boolean antiTau, SplittableRandom rng) {
        double m = tau.mass();
        double p = tau.p();
        double nx = p > 0 ? tau.px() / p : 0;
        double ny = p > 0 ? tau.py() / p : 0;
        double nz = p > 0 ? tau.pz() / p : 1;
        double h = antiTau ? -helicity : helicity;
        double bound = m * m * m * m / 2;
        while (true) {
            FourMomentum[] k = Rambo.generate(3, m, rng);
            // k[0] = e, k[1] = neutrino paired with the e, k[2] = tau neutrino.
            double pairN = m * (k[1].e() + h * (nx * k[1].px() + ny * k[1].py() + nz * k[1].pz()));
            double me = pairN * k[0].dot(k[2]);
            if (me >= rng.nextDouble() * bound) {
                double bx = tau.px() / tau.e();
                double by = tau.py() / tau.e();
                double bz = tau.pz() / tau.e();
                return new FourMomentum[] {
                    k[0].boost(bx, by, bz), k[1].boost(bx, by, bz), k[2].boost(bx, by, bz)
                };
            }
        }
    }

    /**
     * Writes W → ℓν, charged lepton first. The decay angles come from a massless-lepton amplitude;
     * a τ is then put on its mass shell keeping its direction in the W rest frame (momentum is
     * conserved; the angular distribution changes at O(m_τ²/m_W²) = 5·10⁻⁴) and gets the V−A
     * helicity as its LHE SPINUP: τ⁻ from W⁻ is left-handed (−1), τ⁺ from W⁺ right-handed (+1),
     * exact up to O(m_τ/E_τ) for the massless-neutrino charged current. The shower's τ decays read
     * it (τ → ℓνν with spin).
     *
     * @param ev the record
     * @param w index of the W in the record
     * @param lepton PDG id of the charged lepton (±11, ±13, ±15)
     * @param neutrino PDG id of the neutrino
     * @param l the massless charged lepton's lab momentum
     * @param nu the neutrino's lab momentum
     * @param mTau the τ mass, GeV
     */
    static void addLeptonPair(
            PartonEvent ev,
            int w,
            int lepton,
            int neutrino,
            FourMomentum l,
            FourMomentum nu,
            double mTau) {
        FourMomentum lOut = l;
        FourMomentum nuOut = nu;
        double helicity = 9;
        if (Math.abs(lepton) == 15) {
            FourMomentum wp = l.plus(nu);
            FourMomentum rest = l.inRestFrameOf(wp);
            double mw = wp.mass();
            double pStar = (mw * mw - mTau * mTau) / (2 * mw);
            double f = pStar / rest.p();
            FourMomentum tau =
                    FourMomentum.ofPxPyPzM(rest.px() * f, rest.py() * f, rest.pz() * f, mTau);
            FourMomentum n = new FourMomentum(-tau.px(), -tau.py(), -tau.pz(), pStar);
            double bx = wp.px() / wp.e();
            double by = wp.py() / wp.e();
            double bz = wp.pz() / wp.e();
            lOut = tau.boost(bx, by, bz);
            nuOut = n.boost(bx, by, bz);
            helicity = lepton > 0 ? -1 : 1;
        }
        ev.add(new PartonEvent.Entry(lepton, 1, lOut, w, w, 0, 0, 0, null, helicity));
        ev.add(neutrino, 1, nuOut, w, w, 0, 0);
    }
}
