package org.quarryhep.gen.process;

import org.quarryhep.core.FourMomentum;

/**
 * The S–QCD interference of g g → t t̄ → b ℓ⁺ν b̄ ℓ⁻ν̄ computed in full, amplitude by amplitude
 * (colour-singlet-projected QCD top exchanges against the J = 0 ggS vertex, for each pair of linear
 * gluon polarisations), as an independent check of the factorised form that {@link
 * TopPairResonanceProcess} uses.
 */
final class InterferenceAmplitude {
    private InterferenceAmplitude() {}

    /** γ⁰, from the slash of the unit time vector. */
    private static final double[] GAMMA0 = Dirac.slash(new FourMomentum(0, 0, 0, 1));

    /** The Dirac adjoint M̄ = γ⁰ M† γ⁰: conj(ψ̄₁ M ψ₂) = ψ̄₂ M̄ ψ₁. */
    static double[] bar(double[] m) {
        double[] dagger = new double[32];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                dagger[8 * r + 2 * c] = m[8 * c + 2 * r];
                dagger[8 * r + 2 * c + 1] = -m[8 * c + 2 * r + 1];
            }
        }
        return Dirac.chain(GAMMA0, dagger, GAMMA0);
    }

    /** The trace as {re, im}. */
    static double[] trace(double[] m) {
        return new double[] {m[0] + m[10] + m[20] + m[30], m[1] + m[11] + m[21] + m[31]};
    }

    /** Linear gluon polarisations along x and y (transverse to both beams), upper index. */
    private static final double[][] LINEAR = {{0, 1, 0, 0}, {0, 0, 1, 0}};

    /**
     * The Dirac structure Γ_Q between ū(p_t) and v(p_t̄) of the QCD amplitude g g → t t̄ with the
     * colour structure δ^{ab}-projected, for each pair of linear gluon polarisations (index 2i₁ +
     * i₂): the t- and u-channel top exchanges ε̸₁(p̸_t − k̸₁ + m_t)ε̸₂/(t − m_t²) + ε̸₂(p̸_t − k̸₂
     * + m_t)ε̸₁/(u − m_t²). The s-channel gluon carries f^{abc}, which vanishes against the colour
     * singlet δ^{ab} of S, and Σ δ^{ab}δ_{ij}(T^aT^b)*_{ij} = Σ δ^{ab}δ_{ij}(T^bT^a)*_{ij} = 4
     * weights both exchanges alike.
     */
    private static double[][] singletProjectedQcd(
            FourMomentum k1, FourMomentum k2, FourMomentum pt, double mt) {
        double t = k1.minus(pt).m2();
        double u = k2.minus(pt).m2();
        double[] prop1 = Dirac.plus(Dirac.slash(pt.minus(k1)), Dirac.identity(mt));
        double[] prop2 = Dirac.plus(Dirac.slash(pt.minus(k2)), Dirac.identity(mt));
        double[][] out = new double[4][];
        for (int i1 = 0; i1 < 2; i1++) {
            double[] e1 = Dirac.slash(complex(LINEAR[i1]));
            for (int i2 = 0; i2 < 2; i2++) {
                double[] e2 = Dirac.slash(complex(LINEAR[i2]));
                out[2 * i1 + i2] =
                        Dirac.plus(
                                Dirac.chain(Dirac.identity(1 / (t - mt * mt)), e1, prop1, e2),
                                Dirac.chain(Dirac.identity(1 / (u - mt * mt)), e2, prop2, e1));
            }
        }
        return out;
    }

    private static double[] complex(double[] v) {
        return new double[] {v[0], 0, v[1], 0, v[2], 0, v[3], 0};
    }

    /**
     * The ggS vertex for linear polarisations (index 2i₁ + i₂), up to a constant: from S G^a_{μν}
     * G^{aμν}, (k₁·k₂)(ε₁·ε₂) − (k₁·ε₂)(k₂·ε₁) (CP-even); from S G^a_{μν} G̃^{aμν}, ε_{μνρσ} ε₁^μ
     * ε₂^ν k₁^ρ k₂^σ (CP-odd).
     */
    private static double[] scalarVertex(boolean cpOdd, FourMomentum k1, FourMomentum k2) {
        double[] out = new double[4];
        double[] a = {k1.e(), k1.px(), k1.py(), k1.pz()};
        double[] b = {k2.e(), k2.px(), k2.py(), k2.pz()};
        for (int i1 = 0; i1 < 2; i1++) {
            for (int i2 = 0; i2 < 2; i2++) {
                double[] e1 = LINEAR[i1];
                double[] e2 = LINEAR[i2];
                out[2 * i1 + i2] =
                        cpOdd
                                ? determinant(e1, e2, a, b)
                                : minkowski(a, b) * minkowski(e1, e2)
                                        - minkowski(a, e2) * minkowski(b, e1);
            }
        }
        return out;
    }

    private static double minkowski(double[] a, double[] b) {
        return a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3];
    }

    /** det[a; b; c; d] of the components: ε_{μνρσ}a^μb^νc^ρd^σ up to the sign convention. */
    private static double determinant(double[] a, double[] b, double[] c, double[] d) {
        double det = 0;
        for (int j = 0; j < 4; j++) {
            int[] cols = new int[3];
            for (int k = 0, n = 0; k < 4; k++) {
                if (k != j) {
                    cols[n++] = k;
                }
            }
            double minor =
                    b[cols[0]] * (c[cols[1]] * d[cols[2]] - c[cols[2]] * d[cols[1]])
                            - b[cols[1]] * (c[cols[0]] * d[cols[2]] - c[cols[2]] * d[cols[0]])
                            + b[cols[2]] * (c[cols[0]] * d[cols[1]] - c[cols[1]] * d[cols[0]]);
            det += (j % 2 == 0 ? 1 : -1) * a[j] * minor;
        }
        return det;
    }

    /**
     * The top-spin structure of the S–QCD interference with decays, Y = Σ_pol V_pol (ū Γ_S v)(ū
     * Γ_Q,pol v)* / (n_t n_t̄), with Γ_S = 1 (H) or γ⁵ (A), ū and v replaced by the decay chains.
     * The interference |M|² of the decayed pair is c · Re((A/D) Y) with a real constant c and the
     * loop factor A over the propagator D of {@link TopPairResonanceProcess}.
     *
     * @return Y as {re, im}
     */
    static double[] withDecays(
            boolean cpOdd,
            double mt,
            FourMomentum k1,
            FourMomentum k2,
            FourMomentum b,
            FourMomentum fbar,
            FourMomentum f,
            FourMomentum bbar,
            FourMomentum f2,
            FourMomentum f2bar) {
        TopPairAmplitude.DecayChains dc =
                TopPairAmplitude.DecayChains.of(mt, b, fbar, f, bbar, f2, f2bar);
        double[] aS =
                Dirac.contract(dc.row(), cpOdd ? Dirac.apply(Dirac.gamma5(), dc.col()) : dc.col());
        double[][] q = singletProjectedQcd(k1, k2, dc.pt(), mt);
        double[] v = scalarVertex(cpOdd, k1, k2);
        double re = 0;
        double im = 0;
        for (int k = 0; k < 4; k++) {
            if (v[k] == 0) {
                continue;
            }
            double[] aQ = Dirac.contract(dc.row(), Dirac.apply(q[k], dc.col()));
            // aS · conj(aQ)
            re += v[k] * (aS[0] * aQ[0] + aS[1] * aQ[1]);
            im += v[k] * (aS[1] * aQ[0] - aS[0] * aQ[1]);
        }
        return new double[] {re / dc.norm(), im / dc.norm()};
    }

    /**
     * The same structure summed over top spins, Σ_pol V_pol Tr[(p̸_t + m_t) Γ_S (p̸_t̄ − m_t)
     * Γ̄_Q,pol]: the decay average of {@link #withDecays}.
     *
     * @return {re, im}
     */
    static double[] spinSummed(
            boolean cpOdd,
            double mt,
            FourMomentum k1,
            FourMomentum k2,
            FourMomentum pt,
            FourMomentum ptb) {
        double[][] q = singletProjectedQcd(k1, k2, pt, mt);
        double[] v = scalarVertex(cpOdd, k1, k2);
        double[] left = Dirac.plus(Dirac.slash(pt), Dirac.identity(mt));
        double[] right = Dirac.plus(Dirac.slash(ptb), Dirac.identity(-mt));
        if (cpOdd) {
            left = Dirac.times(left, Dirac.gamma5());
        }
        double re = 0;
        double im = 0;
        for (int k = 0; k < 4; k++) {
            if (v[k] == 0) {
                continue;
            }
            double[] tr = trace(Dirac.chain(left, right, bar(q[k])));
            re += v[k] * tr[0];
            im += v[k] * tr[1];
        }
        return new double[] {re, im};
    }

    /**
     * The decay weight of the S–QCD interference: the interference |M|² of the decayed pair over
     * that of the undecayed pair times n_t n_t̄, Re(z Y′)/(Re(z) Y′_Σ) with z = A/D, Y′ = Y for H
     * and iY for A ({@link #withDecays}; the pseudoscalar Yukawa coupling carries the factor i that
     * makes Y′_Σ real), and Y′_Σ its spin sum.
     *
     * @param d1 the top decay {b, W⁺, A, B}
     * @param d2 the anti-top decay {b̄, W⁻, A, B}
     */
    static double weight(
            boolean cpOdd,
            double mt,
            double zRe,
            double zIm,
            FourMomentum k1,
            FourMomentum k2,
            FourMomentum[] d1,
            FourMomentum[] d2) {
        double[] y = withDecays(cpOdd, mt, k1, k2, d1[0], d1[2], d1[3], d2[0], d2[2], d2[3]);
        double[] sum =
                spinSummed(
                        cpOdd,
                        mt,
                        k1,
                        k2,
                        d1[0].plus(d1[2]).plus(d1[3]),
                        d2[0].plus(d2[2]).plus(d2[3]));
        double yRe = cpOdd ? -y[1] : y[0];
        double yIm = cpOdd ? y[0] : y[1];
        double sumRe = cpOdd ? -sum[1] : sum[0];
        return (zRe * yRe - zIm * yIm) / (zRe * sumRe);
    }
}
