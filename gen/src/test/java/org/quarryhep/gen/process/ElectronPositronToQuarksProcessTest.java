package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.model.StandardModel;

class ElectronPositronToQuarksProcessTest {
    /**
     * σ(e⁺e⁻ → qq̄), five massless flavours, against the closed form of the PDG review
     * ("Cross-section formulae for specific processes", e⁺e⁻ → f f̄ through γ and Z): σ_f =
     * (4πα²N_c /3s)[Q_e²Q_f² + 2Q_eQ_f g_V^e g_V^f Re χ + (g_V^e² + g_A^e²)(g_V^f² + g_A^f²)|χ|²],
     * g_V = T₃ − 2Q s_W², g_A = T₃, χ = s/((s − M_Z² + iM_ZΓ_Z) 4s_W²c_W²), at the Z pole and at
     * 200 GeV. Tolerance: 3 standard errors of the integration plus 1e-4.
     */
    @Test
    void crossSectionMatchesTheClosedForm() {
        for (double rs : new double[] {91.1876, 200}) {
            Collider c =
                    new Collider(
                            rs,
                            Fixtures.pdf(),
                            ScaleChoice.parse("auto"),
                            StandardModel.madgraphDefaults(),
                            new GeneratorCuts(Map.of()));
            IntegrationResult ir =
                    GeneratorRuns.integrate(new ElectronPositronToQuarksProcess(), c, 4000, 7);
            double expected = closedForm(c.sm(), rs * rs);
            assertEquals(
                    expected,
                    ir.crossSectionPb(),
                    3 * ir.errorPb() + 1e-4 * expected,
                    "sigma(ee -> qq) at " + rs + " GeV");
        }
    }

    private static double closedForm(StandardModel sm, double s) {
        double sw2 = sm.sw2();
        double cw2 = sm.cw2();
        double mz = sm.mZ();
        double gz = sm.widthZ();
        double den = (s - mz * mz) * (s - mz * mz) + mz * mz * gz * gz;
        double k = 1 / (4 * sw2 * cw2);
        double chiRe = k * s * (s - mz * mz) / den;
        double chi2 = k * k * s * s / den;
        double qe = -1;
        double gve = -0.5 + 2 * sw2;
        double gae = -0.5;
        double sum = 0;
        double[][] flavours = {
            {-1.0 / 3, -0.5}, {2.0 / 3, 0.5}, {-1.0 / 3, -0.5}, {2.0 / 3, 0.5}, {-1.0 / 3, -0.5}
        };
        for (double[] f : flavours) {
            double q = f[0];
            double gv = f[1] - 2 * q * sw2;
            double ga = f[1];
            sum +=
                    q * q * qe * qe
                            + 2 * qe * q * gve * gv * chiRe
                            + (gve * gve + gae * gae) * (gv * gv + ga * ga) * chi2;
        }
        double alpha = sm.alpha();
        return 4 * Math.PI * alpha * alpha * 3 / (3 * s) * sum * 0.3893793721e9;
    }
}
