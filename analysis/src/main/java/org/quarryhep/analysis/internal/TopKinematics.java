package org.quarryhep.analysis.internal;

import org.quarryhep.core.FourMomentum;

/**
 * Kinematics for tt̄ and W reconstruction: the neutrino's longitudinal momentum from the W mass,
 * and the spin-analysing angles of the tt̄ spin-correlation measurements (Bernreuther &amp; Si,
 * Nucl. Phys. B837 (2010) 90, arXiv:1003.3926; CMS, Phys. Rev. D 100 (2019) 072002).
 */
final class TopKinematics {
    private TopKinematics() {}

    /**
     * The neutrino p_z from (p_ℓ + p_ν)² = m_W² with p⃗_T^ν = p⃗_T^miss and a massless neutrino:
     * the quadratic A p_z² + B p_z + C = 0 with μ = m_W²/2 + p⃗_T^ℓ·p⃗_T^ν gives p_z = (μ p_z^ℓ ±
     * E_ℓ √(μ² − p_T^ℓ² p_T^ν²))/p_T^ℓ² (massless lepton); we solve the general quadratic so that
     * the lepton's mass counts. Returns the root of smaller |p_z|, or the real part when the
     * discriminant is negative.
     */
    static double neutrinoPz(
            double lx, double ly, double lz, double le, double nx, double ny, double massW) {
        // (E_ℓ + E_ν)² − |p⃗_ℓ + p⃗_ν|² = m_W², E_ν = √(p_Tν² + p_z²):
        // E_ℓ E_ν = k + p_zℓ p_z with k = (m_W² − m_ℓ²)/2 + p⃗_Tℓ·p⃗_Tν.
        double ml2 = le * le - lx * lx - ly * ly - lz * lz;
        double k = 0.5 * (massW * massW - ml2) + lx * nx + ly * ny;
        double ptn2 = nx * nx + ny * ny;
        // Square: E_ℓ²(p_Tν² + p_z²) = k² + 2 k p_zℓ p_z + p_zℓ² p_z².
        double a = le * le - lz * lz;
        double b = -2 * k * lz;
        double cc = le * le * ptn2 - k * k;
        if (a <= 0) {
            return Double.NaN;
        }
        double disc = b * b - 4 * a * cc;
        if (disc < 0) {
            return -b / (2 * a);
        }
        double sq = Math.sqrt(disc);
        double r1 = (-b + sq) / (2 * a);
        double r2 = (-b - sq) / (2 * a);
        return Math.abs(r1) < Math.abs(r2) ? r1 : r2;
    }

    /**
     * cos θ of a decay product in the helicity basis: the angle between the product's direction in
     * its parent's rest frame and the parent's direction in the system's rest frame (the parent
     * reached from the system frame by a rotation-free boost).
     */
    static double cosHelicity(FourMomentum daughter, FourMomentum parent, FourMomentum system) {
        FourMomentum parentInSystem = parent.inRestFrameOf(system);
        FourMomentum daughterInSystem = daughter.inRestFrameOf(system);
        FourMomentum daughterInParent = daughterInSystem.inRestFrameOf(parentInSystem);
        return cosAngle(daughterInParent, parentInSystem);
    }

    /**
     * cos φ, the opening angle between two decay products each in its parent's rest frame, both
     * parents reached from the pair's rest frame (Bernreuther &amp; Si's D observable: dσ/dcos φ ∝
     * 1 − D cos φ).
     */
    static double cosOpening(
            FourMomentum a, FourMomentum parentA, FourMomentum b, FourMomentum parentB) {
        FourMomentum system = parentA.plus(parentB);
        FourMomentum pa = parentA.inRestFrameOf(system);
        FourMomentum pb = parentB.inRestFrameOf(system);
        FourMomentum aStar = a.inRestFrameOf(system).inRestFrameOf(pa);
        FourMomentum bStar = b.inRestFrameOf(system).inRestFrameOf(pb);
        return cosAngle(aStar, bStar);
    }

    private static double cosAngle(FourMomentum a, FourMomentum b) {
        double pa = a.p();
        double pb = b.p();
        if (pa == 0 || pb == 0) {
            return Double.NaN;
        }
        return (a.px() * b.px() + a.py() * b.py() + a.pz() * b.pz()) / (pa * pb);
    }
}
