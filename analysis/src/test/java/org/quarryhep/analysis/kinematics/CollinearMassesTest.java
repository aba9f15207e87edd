package org.quarryhep.analysis.kinematics;

import static org.quarryhep.testkit.Tolerance.assertClose;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;

class CollinearMassesTest {

    /**
     * Hand calculation: e (30, 0, 0), μ (−50, 0, 0) massless, p⃗_miss = (10, 0): x_τ = 30/40,
     * m_vis² = 80² − 20² = 6000, M_col² = 6000/0.75 = 8000.
     */
    @Test
    void handCalculationAlongTheElectron() {
        FourMomentum e = FourMomentum.ofPxPyPzE(30, 0, 0, 30);
        FourMomentum mu = FourMomentum.ofPxPyPzE(-50, 0, 0, 50);
        assertClose(0.75, CollinearMasses.xTau(e, 10, 0), 1e-15, 0);
        assertClose(0.75, CollinearMasses.xTauProjected(e, 10, 0), 1e-15, 0);
        assertClose(Math.sqrt(8000), CollinearMasses.mCol(e, mu, 10, 0), 1e-14, 0);
    }

    /**
     * The two forms differ when p⃗_miss is not along the electron (physics-formulas.md §13.4):
     * p⃗_miss = (0, 10) perpendicular to a 30 GeV electron gives 0.75 by magnitude and 1 projected.
     */
    @Test
    void projectedFormIgnoresPerpendicularMissingMomentum() {
        FourMomentum e = FourMomentum.ofPxPyPzE(30, 0, 0, 30);
        FourMomentum mu = FourMomentum.ofPxPyPzE(-50, 0, 0, 50);
        assertClose(0.75, CollinearMasses.xTau(e, 0, 10), 1e-15, 0);
        assertClose(1.0, CollinearMasses.xTauProjected(e, 0, 10), 1e-15, 0);
        assertClose(Math.sqrt(6000), CollinearMasses.mColProjected(e, mu, 0, 10), 1e-14, 0);
        // Missing momentum against the electron is not counted.
        assertClose(1.0, CollinearMasses.xTauProjected(e, -10, 3), 1e-15, 0);
    }

    /**
     * The approximation is exact when the neutrinos are exactly collinear and massless: a massless
     * τ split into e = xτ and ν = (1 − x)τ, with p⃗_miss = p⃗_T^ν, gives M_col = m(μ, τ) in both
     * forms.
     */
    @Test
    void exactForCollinearNeutrinos() {
        SplittableRandom rng = new SplittableRandom(23);
        for (int i = 0; i < 100; i++) {
            FourMomentum tau =
                    FourMomentum.ofPtEtaPhiM(
                            rng.nextDouble(20, 200),
                            rng.nextDouble(-2.4, 2.4),
                            rng.nextDouble(-Math.PI, Math.PI),
                            0);
            FourMomentum mu =
                    FourMomentum.ofPtEtaPhiM(
                            rng.nextDouble(20, 200),
                            rng.nextDouble(-2.4, 2.4),
                            rng.nextDouble(-Math.PI, Math.PI),
                            0);
            double x = rng.nextDouble(0.05, 1);
            FourMomentum e = tau.times(x);
            FourMomentum nu = tau.times(1 - x);
            double expected = tau.plus(mu).mass();
            assertClose(x, CollinearMasses.xTau(e, nu.px(), nu.py()), 1e-12, 0);
            assertClose(expected, CollinearMasses.mCol(e, mu, nu.px(), nu.py()), 1e-11, 0);
            assertClose(expected, CollinearMasses.mColProjected(e, mu, nu.px(), nu.py()), 1e-11, 0);
        }
    }
}
