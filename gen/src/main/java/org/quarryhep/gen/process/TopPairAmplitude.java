package org.quarryhep.gen.process;

import org.quarryhep.core.FourMomentum;

/**
 * Spin-correlated t t̄ production and decay: the resonant g g, q q̄ → t(→ b W⁺(→ f̄ f′)) t̄(→ b̄
 * W⁻) amplitude of physics-formulas.md §13.2(a) in narrow-width form (on-shell propagators and
 * couplings stripped): ū(p_t) → ū(b) J̸⁺ P_L (p̸_t + m_t), v(p_t̄) → (−p̸_t̄ + m_t) J̸⁻ P_L v(b̄),
 * with the QCD structures K₁, K₂ of §9.1 (colour sums 16/3, −2/3) and, for q q̄, the s-channel
 * gluon (colour sum 2). Used through {@link #correlationWeight}, the ratio of the spin-correlated
 * |M|² to its spin-uncorrelated product form, which has unit mean over decays generated with {@link
 * Decays#top} (V−A decay of an unpolarised top), and is bounded by 4.
 */
final class TopPairAmplitude {
    /** Upper bound of {@link #correlationWeight} (each top's spin factor is at most 2). */
    static final double BOUND = 4.0;

    private TopPairAmplitude() {}

    private static double[] complexVector(double... v) {
        return v;
    }

    private static double[] cdot(double[] a, double[] b) {
        double re = 0;
        double im = 0;
        for (int mu = 0; mu < 4; mu++) {
            double s = mu == 0 ? 1 : -1;
            re += s * (a[2 * mu] * b[2 * mu] - a[2 * mu + 1] * b[2 * mu + 1]);
            im += s * (a[2 * mu] * b[2 * mu + 1] + a[2 * mu + 1] * b[2 * mu]);
        }
        return new double[] {re, im};
    }

    private static double[] real(FourMomentum p) {
        return new double[] {p.e(), 0, p.px(), 0, p.py(), 0, p.pz(), 0};
    }

    /**
     * The correlation weight of one phase-space point.
     *
     * @param gluons true for g g, false for q q̄ (pa is then the quark)
     * @param mt the top mass
     * @param pa parton from beam 1 (the quark for q q̄)
     * @param pb parton from beam 2
     * @param b the b quark from the top
     * @param fbar the antifermion from the W⁺ (ℓ⁺ or d̄-type)
     * @param f the fermion from the W⁺ (ν or u-type)
     * @param bbar the b̄ from the anti-top
     * @param f2 the fermion from the W⁻ (ℓ⁻ or d-type)
     * @param f2bar the antifermion from the W⁻ (ν̄ or ū-type)
     * @return |M_correlated|² / |M_uncorrelated|², unit mean over decays
     */
    static double correlationWeight(
            boolean gluons,
            double mt,
            FourMomentum pa,
            FourMomentum pb,
            FourMomentum b,
            FourMomentum fbar,
            FourMomentum f,
            FourMomentum bbar,
            FourMomentum f2,
            FourMomentum f2bar) {
        DecayChains dc = DecayChains.of(mt, b, fbar, f, bbar, f2, f2bar);
        FourMomentum pt = dc.pt();
        FourMomentum ptb = dc.ptb();
        double[] row = dc.row();
        double[] col = dc.col();
        double sum = 0;
        double prod;
        double shat = pa.plus(pb).m2();
        double t = pa.minus(pt).m2();
        if (gluons) {
            double u = pb.minus(pt).m2();
            double[] prop1 = Dirac.plus(Dirac.slash(pt.minus(pa)), Dirac.identity(mt));
            double[] prop2 = Dirac.plus(Dirac.slash(pt.minus(pb)), Dirac.identity(mt));
            double[][] pols = {
                complexVector(0, 0, 1, 0, 0, 0, 0, 0), complexVector(0, 0, 0, 0, 1, 0, 0, 0)
            };
            double[][] polSlash = {Dirac.slash(pols[0]), Dirac.slash(pols[1])};
            double[] k1mk2 = real(pa.minus(pb));
            for (int i1 = 0; i1 < 2; i1++) {
                double[] e1 = pols[i1];
                for (int i2 = 0; i2 < 2; i2++) {
                    double[] e2 = pols[i2];
                    double[] e12 = cdot(e1, e2);
                    double[] k2e1 = cdot(real(pb), e1);
                    double[] k1e2 = cdot(real(pa), e2);
                    double[] w = new double[8];
                    for (int i = 0; i < 8; i += 2) {
                        // (e1.e2)(k1-k2) + 2(k2.e1) e2 - 2(k1.e2) e1 (real polarisations)
                        w[i] = e12[0] * k1mk2[i] + 2 * k2e1[0] * e2[i] - 2 * k1e2[0] * e1[i];
                    }
                    double[] x = Dirac.contract(row, Dirac.apply(Dirac.slash(w), col));
                    double[] t1 =
                            Dirac.contract(
                                    row,
                                    Dirac.apply(
                                            polSlash[i1],
                                            Dirac.apply(prop1, Dirac.apply(polSlash[i2], col))));
                    double[] t2 =
                            Dirac.contract(
                                    row,
                                    Dirac.apply(
                                            polSlash[i2],
                                            Dirac.apply(prop2, Dirac.apply(polSlash[i1], col))));
                    double inv1 = 1 / (t - mt * mt);
                    double inv2 = 1 / (u - mt * mt);
                    double a1r = t1[0] * inv1 + x[0] / shat;
                    double a1i = t1[1] * inv1 + x[1] / shat;
                    double a2r = t2[0] * inv2 - x[0] / shat;
                    double a2i = t2[1] * inv2 - x[1] / shat;
                    double m1 = a1r * a1r + a1i * a1i;
                    double m2 = a2r * a2r + a2i * a2i;
                    double cross = a1r * a2r + a1i * a2i;
                    sum += 16.0 / 3 * (m1 + m2) - 4.0 / 3 * cross;
                }
            }
            sum /= 256;
            prod = TopPairProcess.gluonMatrixElement(shat, t, mt);
        } else {
            double[] vq = Dirac.leftSpinor(pb);
            double[] uq = Dirac.leftSpinor(pa);
            // Left- and right-handed quark currents; P_R via the right-handed Weyl spinors.
            double[] jl = Dirac.leftCurrent(vq, uq);
            double[] jr = rightCurrent(pb, pa);
            for (double[] j : new double[][] {jl, jr}) {
                double[] a = Dirac.contract(row, Dirac.apply(Dirac.slash(j), col));
                sum += 2 * (a[0] * a[0] + a[1] * a[1]) / (shat * shat);
            }
            sum /= 36;
            prod = TopPairProcess.quarkMatrixElement(shat, t, mt);
        }
        return sum / (dc.norm() * prod);
    }

    /**
     * The spin-correlation weight of the pure (pseudo)scalar signal g g → S → t t̄ → b f̄ f′ b̄ f
     * f̄′. The ggS vertex does not depend on the top spins, so the top-spin structure of the
     * amplitude is ū(t) Γ v(t̄) with Γ = 1 (CP-even, t t̄ in ³P₀) or γ⁵ (CP-odd, ¹S₀); in narrow
     * width form |ū(b) J̸⁺ P_L (p̸_t + m_t) Γ (−p̸_t̄ + m_t) J̸⁻ P_L v(b̄)|² divided by the
     * uncorrelated product n_t n_t̄ Tr[(p̸_t + m_t) Γ (p̸_t̄ − m_t) Γ̄], where the trace is
     * 4(p_t·p_t̄ − m_t²) (Γ = 1) or 4(p_t·p_t̄ + m_t²) (Γ = γ⁵). Like {@link #correlationWeight} it
     * has unit mean over decays generated with {@link Decays#top}, and since the production
     * spin-density matrix is positive it is bounded by {@link #BOUND}.
     *
     * @param cpOdd true for the pseudoscalar (Γ = γ⁵)
     * @param mt the top mass
     * @param b the b quark from the top
     * @param fbar the antifermion from the W⁺ (ℓ⁺ or d̄-type)
     * @param f the fermion from the W⁺ (ν or u-type)
     * @param bbar the b̄ from the anti-top
     * @param f2 the fermion from the W⁻ (ℓ⁻ or d-type)
     * @param f2bar the antifermion from the W⁻ (ν̄ or ū-type)
     * @return |M_correlated|² / |M_uncorrelated|², unit mean over decays
     */
    static double scalarWeight(
            boolean cpOdd,
            double mt,
            FourMomentum b,
            FourMomentum fbar,
            FourMomentum f,
            FourMomentum bbar,
            FourMomentum f2,
            FourMomentum f2bar) {
        DecayChains dc = DecayChains.of(mt, b, fbar, f, bbar, f2, f2bar);
        FourMomentum pt = dc.pt();
        FourMomentum ptb = dc.ptb();
        double[] row = dc.row();
        double[] col = dc.col();
        double[] a = Dirac.contract(row, cpOdd ? Dirac.apply(Dirac.gamma5(), col) : col);
        double trace = 4 * (pt.dot(ptb) + (cpOdd ? 1 : -1) * mt * mt);
        return (a[0] * a[0] + a[1] * a[1]) / (dc.norm() * trace);
    }

    /** v̄(pb) γ^μ P_R u(pa) for massless quarks, from right-handed Weyl spinors. */
    private static double[] rightCurrent(FourMomentum pb, FourMomentum pa) {
        Weyl.Cx[] j = Weyl.current(Weyl.right(pb), Weyl.right(pa), -1);
        return new double[] {
            j[0].re(), j[0].im(), j[1].re(), j[1].im(), j[2].re(), j[2].im(), j[3].re(), j[3].im()
        };
    }

    /**
     * The narrow-width decay chains of a t t̄ pair: the row ū(b) J̸⁺ P_L (p̸_t + m_t) that replaces
     * ū(p_t), the column (−p̸_t̄ + m_t) J̸⁻ P_L v(b̄) that replaces v(p_t̄), and n_t n_t̄ =
     * 8(p_t·f̄)(b·f) · 8(p_t̄·f₂)(b̄·f̄₂), the product of the unpolarised decay |M|²: averaged over
     * decays from {@link Decays#top}, row†row/n_t → p̸_t + m_t and col col†/n_t̄ → p̸_t̄ − m_t in
     * every bilinear of the amplitudes.
     */
    record DecayChains(double[] row, double[] col, double norm, FourMomentum pt, FourMomentum ptb) {
        static DecayChains of(
                double mt,
                FourMomentum b,
                FourMomentum fbar,
                FourMomentum f,
                FourMomentum bbar,
                FourMomentum f2,
                FourMomentum f2bar) {
            FourMomentum pt = b.plus(fbar).plus(f);
            FourMomentum ptb = bbar.plus(f2).plus(f2bar);
            double[] jp = Dirac.leftCurrent(Dirac.leftSpinor(f), Dirac.leftSpinor(fbar));
            double[] jm = Dirac.leftCurrent(Dirac.leftSpinor(f2), Dirac.leftSpinor(f2bar));
            double[] pl = Dirac.projectorLeft();
            double[] left =
                    Dirac.chain(
                            Dirac.slash(jp), pl, Dirac.plus(Dirac.slash(pt), Dirac.identity(mt)));
            double[] right =
                    Dirac.chain(
                            Dirac.plus(Dirac.slash(ptb.times(-1)), Dirac.identity(mt)),
                            Dirac.slash(jm),
                            pl);
            double norm = 8 * pt.dot(fbar) * b.dot(f) * 8 * ptb.dot(f2) * bbar.dot(f2bar);
            return new DecayChains(
                    Dirac.barTimes(Dirac.leftSpinor(b), left),
                    Dirac.apply(right, Dirac.leftSpinor(bbar)),
                    norm,
                    pt,
                    ptb);
        }
    }
}
