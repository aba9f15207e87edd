package org.quarryhep.gen.amplitude;

/**
 * Wavefunctions of external particles in the chiral representation of {@link Dirac}: helicity
 * spinors u(p, λ) = (√(E − λ|p|) χ_λ, √(E + λ|p|) χ_λ), v(p, λ) = (√(E + λ|p|) χ_−λ, −√(E − λ|p|)
 * χ_−λ) with the two-component helicity eigenstates χ_±(p̂) of σ·p̂, and helicity polarisation
 * vectors ε(k, ±) = (∓ε₁ − iε₂)/√2, ε(k, 0) = (|k|, E k̂)/m. The phases drop out of every
 * helicity-summed quantity because each set is complete (Σ u ū = p̸ + m, Σ ε ε* = −g + kk/m²).
 */
final class ExternalStates {
    private ExternalStates() {}

    /** χ_λ(p̂) as 2 complex numbers. */
    private static double[] chi(double[] p, int helicity) {
        double px = p[1];
        double py = p[2];
        double pz = p[3];
        double pp = Math.sqrt(px * px + py * py + pz * pz);
        if (pp == 0) {
            return helicity > 0 ? new double[] {1, 0, 0, 0} : new double[] {0, 0, 1, 0};
        }
        double a = pp + pz;
        if (a <= 1e-14 * pp) {
            return helicity > 0 ? new double[] {0, 0, 1, 0} : new double[] {-1, 0, 0, 0};
        }
        double n = 1 / Math.sqrt(2 * pp * a);
        return helicity > 0
                ? new double[] {a * n, 0, px * n, py * n}
                : new double[] {-px * n, py * n, a * n, 0};
    }

    private static double[] magnitudes(double[] p, int helicity) {
        double pp = Math.sqrt(p[1] * p[1] + p[2] * p[2] + p[3] * p[3]);
        double minus = Math.sqrt(Math.max(0, p[0] - helicity * pp));
        double plus = Math.sqrt(Math.max(0, p[0] + helicity * pp));
        return new double[] {minus, plus};
    }

    /** u(p, λ), λ = ±1. */
    static double[] u(double[] p, int helicity) {
        double[] c = chi(p, helicity);
        double[] w = magnitudes(p, helicity);
        return new double[] {
            w[0] * c[0], w[0] * c[1], w[0] * c[2], w[0] * c[3],
            w[1] * c[0], w[1] * c[1], w[1] * c[2], w[1] * c[3]
        };
    }

    /** v(p, λ), λ = ±1. */
    static double[] v(double[] p, int helicity) {
        double[] c = chi(p, -helicity);
        double[] w = magnitudes(p, helicity);
        return new double[] {
            w[1] * c[0], w[1] * c[1], w[1] * c[2], w[1] * c[3],
            -w[0] * c[0], -w[0] * c[1], -w[0] * c[2], -w[0] * c[3]
        };
    }

    /** The Dirac conjugate ψ̄ = ψ†γ⁰ of a spinor, as a row. */
    static double[] bar(double[] psi) {
        return new double[] {psi[4], -psi[5], psi[6], -psi[7], psi[0], -psi[1], psi[2], -psi[3]};
    }

    /**
     * ε^μ(k, λ), λ ∈ {−1, 0, +1} (0 only for a massive boson), complex-conjugated when {@code
     * outgoing}.
     */
    static double[] polarisation(double[] k, double mass, int helicity, boolean outgoing) {
        double kx = k[1];
        double ky = k[2];
        double kz = k[3];
        double kk = Math.sqrt(kx * kx + ky * ky + kz * kz);
        double[] e = new double[8];
        if (helicity == 0) {
            e[0] = kk / mass;
            double f = kk == 0 ? 0 : k[0] / (mass * kk);
            e[2] = kx * f;
            e[4] = ky * f;
            e[6] = kk == 0 ? k[0] / mass : kz * f;
            return e;
        }
        double kt = Math.sqrt(kx * kx + ky * ky);
        double cosT = kk == 0 ? 1 : kz / kk;
        double sinT = kk == 0 ? 0 : kt / kk;
        double cosP = kt == 0 ? 1 : kx / kt;
        double sinP = kt == 0 ? 0 : ky / kt;
        double[] e1 = {0, cosT * cosP, cosT * sinP, -sinT};
        double[] e2 = {0, -sinP, cosP, 0};
        double r = 1 / Math.sqrt(2);
        double conj = outgoing ? -1 : 1;
        for (int mu = 0; mu < 4; mu++) {
            e[2 * mu] = -helicity * e1[mu] * r;
            e[2 * mu + 1] = -e2[mu] * r * conj;
        }
        return e;
    }
}
