package org.quarryhep.analysis.kinematics;

import org.quarryhep.core.FourMomentum;

/**
 * Transverse mass variables for events with invisible particles: m_T, m_CT and its boost-corrected
 * form. M_T2 is in {@link Mt2Bisection}.
 */
public final class TransverseMasses {
    private TransverseMasses() {}

    /**
     * Transverse mass of a visible object and a massless invisible one: m_T² = m² + 2(E_T
     * |p⃗_T^miss| − p⃗_T · p⃗_T^miss) with E_T = √(m² + p_T²) (PDG review "Kinematics", eq. 49.37
     * with m_ν = 0).
     *
     * @param visible the visible four-momentum
     * @param metX missing p_x, GeV
     * @param metY missing p_y, GeV
     * @return m_T, GeV
     */
    public static double mT(FourMomentum visible, double metX, double metY) {
        double m2 = Math.max(0, visible.m2());
        double et = Math.sqrt(m2 + visible.pt2());
        double met = Math.sqrt(metX * metX + metY * metY);
        double v = m2 + 2 * (et * met - visible.px() * metX - visible.py() * metY);
        return Math.sqrt(Math.max(0, v));
    }

    /**
     * The contransverse mass (Tovey, arXiv:0802.2879, eq. 3): m_CT² = (E_T1 + E_T2)² − |p⃗_T1 −
     * p⃗_T2|², with E_T = √(E² − p_z²) (the visible masses included).
     *
     * @param a the first visible system
     * @param b the second visible system
     * @return m_CT, GeV
     */
    public static double mCT(FourMomentum a, FourMomentum b) {
        double et = transverseEnergy(a) + transverseEnergy(b);
        double dx = a.px() - b.px();
        double dy = a.py() - b.py();
        return Math.sqrt(Math.max(0, et * et - dx * dx - dy * dy));
    }

    /**
     * The boost-corrected contransverse mass (Polesello &amp; Tovey, arXiv:0910.0174, §2). The
     * upstream transverse momentum p⃗_b = −(p⃗_T1 + p⃗_T2 + p⃗_T^downstream + p⃗_T^miss) boosts the
     * pair's centre-of-momentum frame; its energy is unknown, so the visible systems are boosted
     * back along p⃗_b with β = p_b/√s or with β = p_b/Ê (Ê = E₁ + E₂ + E_downstream +
     * √(|p⃗_T^miss|² + 4χ²), the smallest energy the frame can have). The paper's rule picks the
     * variant that never exceeds m_CT in the frame: the √s boost when the pair's momenta along p⃗_b
     * are such that it cannot overshoot, the Ê boost when that one is safe, and otherwise the
     * one-dimensional m_CT perpendicular to p⃗_b, which no boost along p⃗_b changes.
     *
     * @param a the first visible system
     * @param b the second visible system
     * @param downstream the sum of other visible objects that belong to the pair's decays (e.g.
     *     jets from the decay chains), or {@link FourMomentum#ZERO}
     * @param metX missing p_x, GeV
     * @param metY missing p_y, GeV
     * @param sqrtS the collider energy, GeV
     * @param chi a lower bound on each invisible particle's mass, GeV
     * @return the corrected m_CT, GeV; plain m_CT when there is no upstream momentum
     * @throws IllegalArgumentException when √s is not above the upstream momentum
     */
    public static double mCTBoostCorrected(
            FourMomentum a,
            FourMomentum b,
            FourMomentum downstream,
            double metX,
            double metY,
            double sqrtS,
            double chi) {
        double ux = -(a.px() + b.px() + downstream.px() + metX);
        double uy = -(a.py() + b.py() + downstream.py() + metY);
        double pb = Math.hypot(ux, uy);
        if (pb == 0) {
            return mCT(a, b);
        }
        if (!(sqrtS > pb)) {
            throw new IllegalArgumentException(
                    "sqrt(s) = " + sqrtS + " GeV must exceed the upstream pT " + pb + " GeV");
        }
        // Axes: x along the upstream momentum, y perpendicular to it.
        Rotated ra = Rotated.of(a, ux / pb, uy / pb);
        Rotated rb = Rotated.of(b, ux / pb, uy / pb);
        double frameEnergy =
                a.e()
                        + b.e()
                        + downstream.e()
                        + Math.sqrt(metX * metX + metY * metY + 4 * chi * chi);
        double betaS = pb / sqrtS;
        double betaHat = pb / frameEnergy;
        boolean safeUnboosted = ra.x * rb.ey() + rb.x * ra.ey() >= 0;
        Rotated ras = ra.boostX(betaS);
        Rotated rbs = rb.boostX(betaS);
        boolean safeS = ras.x * rbs.ey() + rbs.x * ras.ey() >= 0;
        if (safeUnboosted || safeS) {
            return Rotated.mct(ras, rbs);
        }
        Rotated rah = ra.boostX(betaHat);
        Rotated rbh = rb.boostX(betaHat);
        if (rah.x * rbh.ey() + rbh.x * rah.ey() < 0) {
            return Rotated.mct(rah, rbh);
        }
        double ey = ra.ey() + rb.ey();
        double dy = ra.y - rb.y;
        return Math.sqrt(Math.max(0, ey * ey - dy * dy));
    }

    private static double transverseEnergy(FourMomentum p) {
        return Math.sqrt(Math.max(0, p.e() * p.e() - p.pz() * p.pz()));
    }

    /** A four-momentum in the frame whose x axis is the upstream direction. */
    private record Rotated(double e, double x, double y, double z) {
        static Rotated of(FourMomentum p, double cx, double cy) {
            return new Rotated(p.e(), p.px() * cx + p.py() * cy, p.py() * cx - p.px() * cy, p.pz());
        }

        /** √(E² − p_x² − p_z²): the energy seen by the one-dimensional projection onto y. */
        double ey() {
            return Math.sqrt(Math.max(0, e * e - x * x - z * z));
        }

        /** A boost with velocity β along +x (undoing the upstream recoil along −x). */
        Rotated boostX(double beta) {
            double gamma = 1 / Math.sqrt(1 - beta * beta);
            return new Rotated(gamma * (e + beta * x), gamma * (x + beta * e), y, z);
        }

        static double mct(Rotated a, Rotated b) {
            double et =
                    Math.sqrt(Math.max(0, a.e * a.e - a.z * a.z))
                            + Math.sqrt(Math.max(0, b.e * b.e - b.z * b.z));
            double dx = a.x - b.x;
            double dy = a.y - b.y;
            return Math.sqrt(Math.max(0, et * et - dx * dx - dy * dy));
        }
    }
}
