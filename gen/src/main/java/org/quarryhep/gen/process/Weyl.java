package org.quarryhep.gen.process;

import org.quarryhep.core.FourMomentum;

/**
 * Two-component (Weyl) spinor algebra for massless helicity amplitudes in the chiral basis
 * (Peskin–Schroeder conventions): spinors of definite helicity times √(2E), currents a†σ̄^μb and
 * a†σ^μb, and X_μσ̄^μ, X_μσ^μ matrices of complex four-vectors.
 */
final class Weyl {
    private Weyl() {}

    /** A complex number. */
    record Cx(double re, double im) {
        Cx plus(Cx o) {
            return new Cx(re + o.re, im + o.im);
        }

        Cx minus(Cx o) {
            return new Cx(re - o.re, im - o.im);
        }

        Cx times(Cx o) {
            return new Cx(re * o.re - im * o.im, re * o.im + im * o.re);
        }

        Cx times(double f) {
            return new Cx(re * f, im * f);
        }

        Cx conj() {
            return new Cx(re, -im);
        }

        double abs2() {
            return re * re + im * im;
        }
    }

    /** Two-spinor of helicity −1/2 along p, times √(2E) (ξ₋ up to a phase). */
    static Cx[] left(FourMomentum p) {
        double a = p.p();
        double n = Math.sqrt(2 * p.e());
        if (p.pz() >= 0) {
            double norm = n / Math.sqrt(2 * a * (a + p.pz()));
            return new Cx[] {new Cx(-p.px() * norm, p.py() * norm), new Cx((a + p.pz()) * norm, 0)};
        }
        double norm = n / Math.sqrt(2 * a * (a - p.pz()));
        return new Cx[] {new Cx(-(a - p.pz()) * norm, 0), new Cx(p.px() * norm, p.py() * norm)};
    }

    /** Two-spinor of helicity +1/2 along p, times √(2E). */
    static Cx[] right(FourMomentum p) {
        double a = p.p();
        double n = Math.sqrt(2 * p.e());
        if (p.pz() >= 0) {
            double norm = n / Math.sqrt(2 * a * (a + p.pz()));
            return new Cx[] {new Cx((a + p.pz()) * norm, 0), new Cx(p.px() * norm, p.py() * norm)};
        }
        double norm = n / Math.sqrt(2 * a * (a - p.pz()));
        return new Cx[] {new Cx(p.px() * norm, -p.py() * norm), new Cx((a - p.pz()) * norm, 0)};
    }

    /** 2×2 matrix X⁰ + s·X⃗·σ⃗ for a complex four-vector X (s = +1: X_μσ̄^μ; −1: X_μσ^μ). */
    static Cx[] slash(Cx[] x, int s) {
        Cx x0 = x[0];
        Cx x1 = x[1].times(s);
        Cx x2 = x[2].times(s);
        Cx x3 = x[3].times(s);
        // sigma_x = [[0,1],[1,0]], sigma_y = [[0,-i],[i,0]], sigma_z = [[1,0],[0,-1]]
        Cx ix2 = new Cx(-x2.im(), x2.re());
        return new Cx[] {x0.plus(x3), x1.minus(ix2), x1.plus(ix2), x0.minus(x3)};
    }

    static Cx[] real(FourMomentum p) {
        return new Cx[] {new Cx(p.e(), 0), new Cx(p.px(), 0), new Cx(p.py(), 0), new Cx(p.pz(), 0)};
    }

    static Cx[] mul(Cx[] m, Cx[] v) {
        return new Cx[] {
            m[0].times(v[0]).plus(m[1].times(v[1])), m[2].times(v[0]).plus(m[3].times(v[1]))
        };
    }

    static Cx dagger(Cx[] a, Cx[] b) {
        return a[0].conj().times(b[0]).plus(a[1].conj().times(b[1]));
    }

    /** a† σ̄^μ b (s = +1) or a† σ^μ b (s = −1) as a complex four-vector. */
    static Cx[] current(Cx[] a, Cx[] b, int s) {
        Cx[] out = new Cx[4];
        out[0] = dagger(a, b);
        // sigma-bar^i = -sigma^i
        Cx[] sx = {b[1], b[0]};
        Cx[] sy = {new Cx(b[1].im(), -b[1].re()), new Cx(-b[0].im(), b[0].re())};
        Cx[] sz = {b[0], b[1].times(-1)};
        out[1] = dagger(a, sx).times(-s);
        out[2] = dagger(a, sy).times(-s);
        out[3] = dagger(a, sz).times(-s);
        return out;
    }

    static Cx dot(Cx[] a, Cx[] b) {
        return a[0].times(b[0])
                .minus(a[1].times(b[1]))
                .minus(a[2].times(b[2]))
                .minus(a[3].times(b[3]));
    }

    static Cx[] combine(Cx ca, Cx[] a, Cx cb, Cx[] b) {
        Cx[] out = new Cx[4];
        for (int i = 0; i < 4; i++) {
            out[i] = ca.times(a[i]).plus(cb.times(b[i]));
        }
        return out;
    }

    static Cx[] scale(Cx[] v, double f) {
        Cx[] out = new Cx[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i].times(f);
        }
        return out;
    }
}
