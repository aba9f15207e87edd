package org.quarryhep.gen.phasespace;

import org.quarryhep.core.FourMomentum;

/** Two-body kinematics: momenta in the rest frame and decays boosted to the lab. */
public final class TwoBody {
    private TwoBody() {}

    /** Källén's λ(a, b, c) = a² + b² + c² − 2ab − 2ac − 2bc. */
    public static double kallen(double a, double b, double c) {
        return a * a + b * b + c * c - 2 * a * b - 2 * a * c - 2 * b * c;
    }

    /** |p*| of the daughters of a system of mass m decaying to masses m1, m2 (0 if closed). */
    public static double momentum(double m, double m1, double m2) {
        double l = kallen(m * m, m1 * m1, m2 * m2);
        return l > 0 ? Math.sqrt(l) / (2 * m) : 0.0;
    }

    /**
     * The two-body phase-space weight ∫dΦ₂ = |p*|/(4π√s) over the full solid angle, with
     * (2π)^(4−3n) normalisation: dΦ₂ = |p*|/(16π²√s) dΩ.
     */
    public static double phaseSpace(double m, double m1, double m2) {
        return momentum(m, m1, m2) / (4 * Math.PI * m);
    }

    /**
     * Decays a parent into two daughters at a given rest-frame direction.
     *
     * @param parent the parent's lab momentum
     * @param m1 first daughter's mass
     * @param m2 second daughter's mass
     * @param cosTheta cos θ of daughter 1 in the parent rest frame (relative to the z axis)
     * @param phi azimuth of daughter 1
     * @return the two lab momenta
     */
    public static FourMomentum[] decay(
            FourMomentum parent, double m1, double m2, double cosTheta, double phi) {
        double m = parent.mass();
        double p = momentum(m, m1, m2);
        double sin = Math.sqrt(Math.max(0, 1 - cosTheta * cosTheta));
        double px = p * sin * Math.cos(phi);
        double py = p * sin * Math.sin(phi);
        double pz = p * cosTheta;
        FourMomentum d1 = new FourMomentum(px, py, pz, Math.sqrt(p * p + m1 * m1));
        FourMomentum d2 = new FourMomentum(-px, -py, -pz, Math.sqrt(p * p + m2 * m2));
        double bx = parent.px() / parent.e();
        double by = parent.py() / parent.e();
        double bz = parent.pz() / parent.e();
        return new FourMomentum[] {d1.boost(bx, by, bz), d2.boost(bx, by, bz)};
    }
}
