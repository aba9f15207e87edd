package org.quarryhep.shower.parton;

/**
 * The Catani–Seymour final–initial momentum map of {@link SystemEvolution}: a final-state parton
 * branches and the incoming parton it is colour-connected to takes the recoil.
 */
final class FinalInitialMap {
    private FinalInitialMap() {}

    /** {i′, j, a′} of the final–initial map. */
    static double[][] kinematics(double[] pi, double[] pa, double z, double x, double phi) {
        double sTilde = 2 * Vectors.dot(pi, pa);
        double kt = Math.sqrt(z * (1 - z) * (1 - x) / x * sTilde);
        double[] cm = Vectors.add(pi, pa);
        double[] ri = Vectors.toRest(pi, cm);
        double l = Math.sqrt(ri[0] * ri[0] + ri[1] * ri[1] + ri[2] * ri[2]);
        double[][] e = Vectors.perpendicular(new double[] {ri[0] / l, ri[1] / l, ri[2] / l});
        double c = kt * Math.cos(phi);
        double sn = kt * Math.sin(phi);
        double[] kRest = {
            c * e[0][0] + sn * e[1][0], c * e[0][1] + sn * e[1][1], c * e[0][2] + sn * e[1][2], 0
        };
        double[] kperp = Vectors.fromRest(kRest, cm);
        double[] aPart = Vectors.scale(pa, (1 - x) / x);
        double[] newI =
                Vectors.add(Vectors.add(Vectors.scale(pi, z), Vectors.scale(aPart, 1 - z)), kperp);
        double[] newJ =
                Vectors.sub(Vectors.add(Vectors.scale(pi, 1 - z), Vectors.scale(aPart, z)), kperp);
        return new double[][] {newI, newJ, Vectors.scale(pa, 1 / x)};
    }
}
