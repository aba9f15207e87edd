package org.quarryhep.core;

import java.util.Collection;

/** Kinematic functions on angles and four-vectors shared by every module. */
public final class Kinematics {
    private Kinematics() {}

    private static final double TWO_PI = 2 * Math.PI;

    /** Wraps an angle into [−π, π). */
    public static double wrapPhi(double phi) {
        if (phi >= -Math.PI && phi < Math.PI) {
            return phi;
        }
        double w = phi - TWO_PI * Math.floor((phi + Math.PI) / TWO_PI);
        // Rounding can land exactly on +π; the interval is half-open.
        return w >= Math.PI ? w - TWO_PI : w;
    }

    /** φ₁ − φ₂ wrapped into [−π, π). */
    public static double deltaPhi(double phi1, double phi2) {
        return wrapPhi(phi1 - phi2);
    }

    /** √(Δa² + Δφ²) where a is η or y, with Δφ wrapped. */
    public static double deltaR(double a1, double phi1, double a2, double phi2) {
        double da = a1 - a2;
        double dphi = deltaPhi(phi1, phi2);
        return Math.sqrt(da * da + dphi * dphi);
    }

    /**
     * Inverse hyperbolic sine, accurate for small and large arguments (Java 17 has none): asinh(x)
     * = log1p(|x| + x²/(1 + √(1 + x²))) with the sign of x; log(2|x|) + 1/(4x²) for huge |x| where
     * x² would overflow.
     */
    public static double asinh(double x) {
        double a = Math.abs(x);
        double r;
        if (a > 1e150) {
            r = Math.log(a) + Math.log(2.0);
        } else {
            double a2 = a * a;
            r = Math.log1p(a + a2 / (1.0 + Math.sqrt(1.0 + a2)));
        }
        return Math.copySign(r, x);
    }

    /** Sum of a collection of four-vectors. */
    public static FourMomentum sum(Collection<FourMomentum> vectors) {
        double px = 0;
        double py = 0;
        double pz = 0;
        double e = 0;
        for (FourMomentum v : vectors) {
            px += v.px();
            py += v.py();
            pz += v.pz();
            e += v.e();
        }
        return new FourMomentum(px, py, pz, e);
    }

    /**
     * Transverse mass of a visible object and missing transverse momentum, assuming both massless:
     * mT = √(2 pT^vis pT^miss (1 − cos Δφ)).
     */
    public static double transverseMass(FourMomentum visible, double metX, double metY) {
        double met = Math.hypot(metX, metY);
        double ptVis = visible.pt();
        double dot = visible.px() * metX + visible.py() * metY;
        return Math.sqrt(Math.max(0.0, 2 * (ptVis * met - dot)));
    }
}
