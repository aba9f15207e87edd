package org.quarryhep.analysis.kinematics;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;

class TransverseMassesTest {

    /** W → μν at rest in the transverse plane: back-to-back, m_T = 2 p_T = m_W for 40.19 GeV. */
    @Test
    void transverseMassOfBackToBackMasslessPair() {
        FourMomentum mu = FourMomentum.ofPtEtaPhiM(40.19, 0.7, 0.3, 0);
        double phi = 0.3 + Math.PI;
        double mt = TransverseMasses.mT(mu, 40.19 * Math.cos(phi), 40.19 * Math.sin(phi));
        assertClose(80.38, mt, 1e-12, 0);
    }

    /**
     * Hand calculation: m = 10, p⃗_T = (30, 0), p⃗_miss = (0, 40): E_T = √1000, m_T² = 100 +
     * 2·√1000·40 = 2629.822…
     */
    @Test
    void transverseMassWithVisibleMass() {
        FourMomentum v = FourMomentum.ofPxPyPzM(30, 0, 12, 10);
        assertClose(Math.sqrt(100 + 80 * Math.sqrt(1000)), TransverseMasses.mT(v, 0, 40), 1e-14, 0);
    }

    /** Massless: m_CT² = 2 p_T1 p_T2 (1 + cos Δφ) (Tovey arXiv:0802.2879 eq. 4); 30, 30, 90°. */
    @Test
    void contransverseMassOfMasslessPairs() {
        FourMomentum a = FourMomentum.ofPtEtaPhiM(30, 1.2, 0, 0);
        FourMomentum b = FourMomentum.ofPtEtaPhiM(30, -0.4, Math.PI / 2, 0);
        assertClose(Math.sqrt(1800), TransverseMasses.mCT(a, b), 1e-13, 0);
        // Back to back: zero.
        FourMomentum c = FourMomentum.ofPtEtaPhiM(30, -0.4, Math.PI, 0);
        assertClose(0, TransverseMasses.mCT(a, c), 0, 1e-6);
    }

    /**
     * m_CT is invariant under equal and opposite ("contra-linear") transverse boosts of the two
     * visible systems (Tovey arXiv:0802.2879 §2): the property that makes its endpoint a mass.
     * Exact for momenta in the transverse plane (p_z = 0), where (E_T, p⃗_T) is a Lorentz vector
     * under transverse boosts; the systems are drawn at η = 0.
     */
    @Test
    void contransverseMassIsInvariantUnderContraLinearBoosts() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 50; i++) {
            FourMomentum a = transverse(rng);
            FourMomentum b = transverse(rng);
            double bx = rng.nextDouble(-0.6, 0.6);
            double by = rng.nextDouble(-0.6, 0.6);
            double before = TransverseMasses.mCT(a, b);
            double after = TransverseMasses.mCT(a.boost(bx, by, 0), b.boost(-bx, -by, 0));
            assertClose(before, after, 1e-10, 1e-9);
        }
    }

    /** Without upstream momentum the correction does nothing (Polesello–Tovey §2). */
    @Test
    void boostCorrectionIsNeutralWithoutUpstreamMomentum() {
        FourMomentum a = FourMomentum.ofPtEtaPhiM(55, 0.3, 0.4, 5);
        FourMomentum b = FourMomentum.ofPtEtaPhiM(35, -1.1, 2.5, 0);
        FourMomentum sum = a.plus(b);
        double corrected =
                TransverseMasses.mCTBoostCorrected(
                        a, b, FourMomentum.ZERO, -sum.px(), -sum.py(), 13000, 0);
        assertClose(TransverseMasses.mCT(a, b), corrected, 1e-14, 0);
    }

    /**
     * Polesello–Tovey's defining property (arXiv:0910.0174, abstract and §2): the corrected value
     * never exceeds m_CT in the pair's centre-of-momentum frame. Pair decays δ → v χ (m_δ = 300,
     * m_χ = 100) are generated at rest in their frame, then the whole system is boosted
     * transversely against ISR.
     */
    @Test
    void boostCorrectionNeverExceedsTheRestFrameValue() {
        SplittableRandom rng = new SplittableRandom(17);
        double mDelta = 300;
        double mChi = 100;
        int below = 0;
        for (int i = 0; i < 500; i++) {
            double pStar = (mDelta * mDelta - mChi * mChi) / (2 * mDelta);
            double ptPair = rng.nextDouble(0, 400);
            double eDelta = Math.sqrt(ptPair * ptPair + mDelta * mDelta);
            double[] dir = isotropic(rng);
            FourMomentum d1 =
                    FourMomentum.ofPxPyPzM(
                            ptPair * dir[0], ptPair * dir[1], ptPair * dir[2], mDelta);
            FourMomentum d2 =
                    FourMomentum.ofPxPyPzM(
                            -ptPair * dir[0], -ptPair * dir[1], -ptPair * dir[2], mDelta);
            assertTrue(eDelta > 0);
            double[] u1 = isotropic(rng);
            double[] u2 = isotropic(rng);
            FourMomentum[] v = new FourMomentum[2];
            FourMomentum[] x = new FourMomentum[2];
            FourMomentum[] parents = {d1, d2};
            double[][] dirs = {u1, u2};
            for (int k = 0; k < 2; k++) {
                double[] bvec = parents[k].boostVector();
                v[k] =
                        FourMomentum.ofPxPyPzM(
                                        pStar * dirs[k][0],
                                        pStar * dirs[k][1],
                                        pStar * dirs[k][2],
                                        0)
                                .boost(bvec[0], bvec[1], bvec[2]);
                x[k] =
                        FourMomentum.ofPxPyPzM(
                                        -pStar * dirs[k][0],
                                        -pStar * dirs[k][1],
                                        -pStar * dirs[k][2],
                                        mChi)
                                .boost(bvec[0], bvec[1], bvec[2]);
            }
            double restFrame = TransverseMasses.mCT(v[0], v[1]);
            // Boost the system transversely (recoil against ISR) and longitudinally.
            double ecm = 2 * eDelta;
            double pIsr = rng.nextDouble(0, 300);
            double phi = rng.nextDouble(-Math.PI, Math.PI);
            double gammaBeta = pIsr / ecm;
            double beta = gammaBeta / Math.sqrt(1 + gammaBeta * gammaBeta);
            double bx = beta * Math.cos(phi);
            double by = beta * Math.sin(phi);
            double bz = rng.nextDouble(-0.5, 0.5);
            FourMomentum v0 = v[0].boost(bx, by, 0).boost(0, 0, bz);
            FourMomentum v1 = v[1].boost(bx, by, 0).boost(0, 0, bz);
            FourMomentum inv = x[0].plus(x[1]).boost(bx, by, 0).boost(0, 0, bz);
            double corrected =
                    TransverseMasses.mCTBoostCorrected(
                            v0, v1, FourMomentum.ZERO, inv.px(), inv.py(), 13000, 0);
            assertTrue(
                    corrected <= restFrame * (1 + 1e-9) + 1e-9,
                    "event " + i + ": corrected " + corrected + " > rest frame " + restFrame);
            if (corrected < restFrame - 1e-6) {
                below++;
            }
            // The endpoint: m_CT in the frame never exceeds (m_δ² − m_χ²)/m_δ (Tovey eq. 5).
            assertTrue(restFrame <= (mDelta * mDelta - mChi * mChi) / mDelta * (1 + 1e-12));
        }
        // The correction is conservative, not trivial: it must differ from the rest-frame value in
        // some events, or the test checks nothing.
        assertTrue(below > 0);
    }

    private static double[] isotropic(SplittableRandom rng) {
        double c = rng.nextDouble(-1, 1);
        double s = Math.sqrt(1 - c * c);
        double phi = rng.nextDouble(-Math.PI, Math.PI);
        return new double[] {s * Math.cos(phi), s * Math.sin(phi), c};
    }

    private static FourMomentum transverse(SplittableRandom rng) {
        return FourMomentum.ofPtEtaPhiM(
                rng.nextDouble(5, 200),
                0,
                rng.nextDouble(-Math.PI, Math.PI),
                rng.nextDouble(0, 20));
    }
}
