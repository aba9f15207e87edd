package org.quarryhep.gen.process;

import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Units;

/**
 * e⁻e⁺ → γ*, Z → q q̄ for the five light flavours (d, u, s, c, b; massless), with the full γ–Z
 * interference: the crossed Drell–Yan amplitude, Σ̄|M|² = N_c² × {@link
 * DrellYanProcess#matrixElement} with t = (p_e⁻ − p_q)² (the Drell–Yan form averages over quark
 * colours; here they are summed). Lepton beams at the collider's √s along ±z, no PDFs; the flavour
 * is drawn in proportion to its dσ at the point. Colour: one line from the quark to the antiquark.
 */
public final class ElectronPositronToQuarksProcess implements HardProcess {
    private static final int[] FLAVOURS = {1, 2, 3, 4, 5};
    private static final int COLOURS = 3;

    @Override
    public String name() {
        return "ee-qq";
    }

    @Override
    public String description() {
        return "e- e+ -> gamma*/Z -> q qbar, 5 flavours (full interference)";
    }

    @Override
    public int dimensions() {
        return 2;
    }

    @Override
    public int[] beams() {
        return new int[] {11, -11};
    }

    /**
     * dσ/dcosθ of one flavour, pb, θ the quark's angle to the electron.
     *
     * @param c the collider (√s, SM inputs)
     * @param quark the flavour
     * @param cosTheta cos θ
     * @return the differential cross section
     */
    public static double dSigmaDCosTheta(Collider c, int quark, double cosTheta) {
        double s = c.s();
        double t = -0.5 * s * (1 - cosTheta);
        double u = -0.5 * s * (1 + cosTheta);
        double me2 = COLOURS * COLOURS * DrellYanProcess.matrixElement(c.sm(), quark, s, t, u);
        return me2 / (32 * Math.PI * s) * Units.GEV2_TO_PB;
    }

    @Override
    public void evaluate(double[] x, Collider c, SplittableRandom rng, PartonEvent out) {
        out.clear();
        double cos = 2 * x[0] - 1;
        double phi = 2 * Math.PI * x[1];
        double[] w = new double[FLAVOURS.length];
        double total = 0;
        for (int k = 0; k < FLAVOURS.length; k++) {
            w[k] = dSigmaDCosTheta(c, FLAVOURS[k], cos);
            total += w[k];
        }
        // the Jacobian of cos θ = 2x − 1 is 2
        out.setWeight(2 * total);
        double e = c.sqrtS() / 2;
        out.setPdf(1, 1, 0, 0, c.sqrtS(), c.pdf().alphaS(c.sqrtS()));
        double pick = rng.nextDouble() * total;
        int k = 0;
        while (k < FLAVOURS.length - 1 && pick >= w[k]) {
            pick -= w[k];
            k++;
        }
        int q = FLAVOURS[k];
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        FourMomentum pq =
                new FourMomentum(e * sin * Math.cos(phi), e * sin * Math.sin(phi), e * cos, e);
        FourMomentum pqb = new FourMomentum(-pq.px(), -pq.py(), -pq.pz(), e);
        out.setPending(
                () -> {
                    out.add(11, -1, new FourMomentum(0, 0, e, e), -1, -1, 0, 0);
                    out.add(-11, -1, new FourMomentum(0, 0, -e, e), -1, -1, 0, 0);
                    out.add(q, 1, pq, 0, 1, 501, 0);
                    out.add(-q, 1, pqb, 0, 1, 0, 501);
                });
    }
}
