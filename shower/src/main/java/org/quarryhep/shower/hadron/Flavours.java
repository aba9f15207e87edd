package org.quarryhep.shower.hadron;

import java.util.SplittableRandom;

/**
 * Flavour choices of the Lund string: the flavour of each new quark–antiquark or
 * diquark–antidiquark pair, and the hadron two neighbouring flavours form (spin, flavour mixing,
 * SU(6) baryon weights), as described in the Pythia 6.4 manual (hep-ph/0603175, §12.1.2–12.1.3).
 *
 * <p>Flavour codes are PDG codes: a quark (1–5) and an antidiquark (negative, 4 digits) end a
 * string on its colour side (triplets); an antiquark and a diquark on the anticolour side.
 */
final class Flavours {
    private final HadronizationParameters p;
    private final double[] quarkCumulative;
    private final int[] diquarks;
    private final double[] diquarkCumulative;
    private final double etaFromLight;
    private final double etaFromStrange;

    Flavours(HadronizationParameters p) {
        this.p = p;
        double norm = 2 + p.probStoUD();
        quarkCumulative = new double[] {1 / norm, 2 / norm, 1};
        // Diquarks (q1 ≥ q2): spin 0 only for different flavours; spin 1 weighted 3·probQQ1toQQ0;
        // a strange quark costs probSQtoQQ on top of probStoUD.
        int[] codes = {1103, 2101, 2103, 2203, 3101, 3103, 3201, 3203, 3303};
        double[] w = new double[codes.length];
        double sum = 0;
        for (int k = 0; k < codes.length; k++) {
            int q1 = codes[k] / 1000;
            int q2 = (codes[k] / 100) % 10;
            int spin1 = codes[k] % 10 == 3 ? 1 : 0;
            double wt = quarkWeight(q1) * quarkWeight(q2) * (q1 == q2 ? 1 : 2);
            wt *= spin1 == 1 ? 3 * p.probQQ1toQQ0() : 1;
            int strange = (q1 == 3 ? 1 : 0) + (q2 == 3 ? 1 : 0);
            wt *= Math.pow(p.probSQtoQQ(), strange);
            w[k] = wt;
            sum += wt;
        }
        diquarks = codes;
        diquarkCumulative = new double[codes.length];
        double acc = 0;
        for (int k = 0; k < codes.length; k++) {
            acc += w[k] / sum;
            diquarkCumulative[k] = acc;
        }
        // η–η′ mixing: η = cos φ (uū+dd̄)/√2 − sin φ ss̄, φ = θ_PS + atan(√2) (ideal angle).
        double phi = Math.toRadians(p.thetaPSDeg()) + Math.atan(Math.sqrt(2));
        etaFromLight = 0.5 * Math.cos(phi) * Math.cos(phi);
        etaFromStrange = Math.sin(phi) * Math.sin(phi);
    }

    private double quarkWeight(int q) {
        return q == 3 ? p.probStoUD() : 1;
    }

    /** A u, d or s quark code, in the ratio 1 : 1 : probStoUD. */
    int quark(SplittableRandom rng) {
        double r = rng.nextDouble();
        return r < quarkCumulative[0] ? 2 : r < quarkCumulative[1] ? 1 : 3;
    }

    private int diquark(SplittableRandom rng) {
        double r = rng.nextDouble();
        for (int k = 0; k < diquarks.length; k++) {
            if (r < diquarkCumulative[k]) {
                return diquarks[k];
            }
        }
        return diquarks[diquarks.length - 1];
    }

    /** True for a colour triplet end: a quark or an antidiquark. */
    static boolean isTriplet(int f) {
        return Math.abs(f) < 10 ? f > 0 : f < 0;
    }

    static boolean isDiquark(int f) {
        return Math.abs(f) > 1000;
    }

    /**
     * The partner a string break puts next to the end flavour {@code old}: the opposite colour
     * type, a diquark only next to a quark. The new end left behind is {@code -partner}.
     */
    int partner(int old, SplittableRandom rng) {
        boolean triplet = isTriplet(old);
        if (!isDiquark(old) && rng.nextDouble() < p.probQQtoQ()) {
            int dq = diquark(rng);
            return triplet ? dq : -dq;
        }
        int q = quark(rng);
        return triplet ? -q : q;
    }

    /**
     * The hadron of two flavours of opposite colour type (in either order), or 0 when the pair is
     * rejected (a suppressed η/η′, an impossible baryon spin, a diquark with an antidiquark); the
     * caller then draws again.
     */
    int hadron(int a, int b, SplittableRandom rng) {
        boolean da = isDiquark(a);
        boolean db = isDiquark(b);
        if (da && db) {
            return 0;
        }
        if (da || db) {
            int q = da ? b : a;
            int dq = da ? a : b;
            if ((q > 0) != (dq > 0)) {
                return 0;
            }
            int id = baryon(Math.abs(q), Math.abs(dq), rng);
            return dq > 0 ? id : -id;
        }
        if ((a > 0) == (b > 0)) {
            return 0;
        }
        return meson(a > 0 ? a : b, a > 0 ? -b : -a, rng);
    }

    private int meson(int q, int qbar, SplittableRandom rng) {
        int heavy = Math.max(q, qbar);
        double ratio =
                heavy <= 2
                        ? p.mesonUDvector()
                        : heavy == 3
                                ? p.mesonSvector()
                                : heavy == 4 ? p.mesonCvector() : p.mesonBvector();
        boolean vector = rng.nextDouble() < ratio / (1 + ratio);
        if (q != qbar) {
            int code = 100 * heavy + 10 * Math.min(q, qbar) + (vector ? 3 : 1);
            boolean heavyIsQuark = q > qbar;
            boolean heavyUpType = heavy % 2 == 0;
            return heavyIsQuark == heavyUpType ? code : -code;
        }
        if (q >= 4) {
            return 110 * q + (vector ? 3 : 1);
        }
        if (vector) {
            if (q == 3) {
                return 333;
            }
            return rng.nextDouble() < 0.5 ? 113 : 223;
        }
        double r = rng.nextDouble();
        int id;
        if (q == 3) {
            id = r < etaFromStrange ? 221 : 331;
        } else {
            id = r < 0.5 ? 111 : r < 0.5 + etaFromLight ? 221 : 331;
        }
        if (id == 221 && rng.nextDouble() >= p.etaSup()) {
            return 0;
        }
        if (id == 331 && rng.nextDouble() >= p.etaPrimeSup()) {
            return 0;
        }
        return id;
    }

    /**
     * Baryon of quark q and diquark dq (positive codes), with the SU(6) spin weights: a spin-0
     * diquark gives spin 1/2; a spin-1 diquark spin 1/2 with weight 1/3 and 3/2 with 2/3 (times
     * decupletSup).
     */
    private int baryon(int q, int dq, SplittableRandom rng) {
        int a = dq / 1000;
        int b = (dq / 100) % 10;
        boolean dqSpin1 = dq % 10 == 3;
        boolean decuplet = false;
        if (dqSpin1) {
            double w32 = 2.0 / 3 * p.decupletSup();
            decuplet = rng.nextDouble() * (1.0 / 3 + w32) < w32;
        }
        int[] f = {q, a, b};
        java.util.Arrays.sort(f);
        int f1 = f[2];
        int f2 = f[1];
        int f3 = f[0];
        if (decuplet) {
            return 1000 * f1 + 100 * f2 + 10 * f3 + 4;
        }
        if (f1 == f3) {
            return 0;
        }
        if (f1 != f2 && f2 != f3) {
            // Λ-like (light pair in spin 0) or Σ-like (spin 1): direct when the diquark is the
            // light pair, otherwise SU(6) recoupling 1/4 : 3/4.
            boolean lambdaLike;
            if (q == f1) {
                lambdaLike = !dqSpin1;
            } else {
                lambdaLike = rng.nextDouble() < (dqSpin1 ? 0.75 : 0.25);
            }
            return lambdaLike
                    ? 1000 * f1 + 100 * f3 + 10 * f2 + 2
                    : 1000 * f1 + 100 * f2 + 10 * f3 + 2;
        }
        return 1000 * f1 + 100 * f2 + 10 * f3 + 2;
    }
}
