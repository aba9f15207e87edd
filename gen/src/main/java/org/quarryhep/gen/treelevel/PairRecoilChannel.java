package org.quarryhep.gen.treelevel;

import org.quarryhep.core.FourMomentum;

/**
 * A phase-space channel for a colour-singlet pair (ℓ⁺ℓ⁻, ℓν) recoiling against k massless partons,
 * drawn in the variables whose distribution V + jets follows: each parton's p_T² (along 1/p_T²
 * below the pair's mass and 1/p_T⁴ above, from the jet cut up), rapidity and azimuth in the lab,
 * the pair's mass (along its propagator) and rapidity, the pair's decay direction in its rest
 * frame; the pair takes the partons' transverse recoil and x₁, x₂ follow from the total momentum.
 *
 * <p>Why: initial-state radiation is flat in rapidity and 1/p_T² in transverse momentum. The chain
 * channels ({@link PhaseSpaceChannel}) split ŝ in two-body steps, where a soft jet at large
 * rapidity separation sits at cos θ ≈ ±1 of a split whose mass is itself set by the jets — with two
 * jets (Z + 2 partons, 116 subprocesses) VEGAS could not follow that in one grid, and the
 * integration error of σ(p p → e⁺e⁻jj) stayed at 20–60 % (issue 19).
 *
 * <p>The measure: with x₁x₂s = ŝ and y = ½ ln(x₁/x₂), dŝ dy dΦ_n = dq² dY dΦ₂(q → ℓℓ) Π_j dp_T,j²
 * dy_j dφ_j/(32π³) (the δ⁴ of dΦ_n removed by x₁, x₂ and the pair's transverse momentum; dΦ₂ =
 * dΩ/(32π²) in the pair frame for massless leptons), so the channel's density in dŝ dy dΦ_n is a
 * product of one-dimensional densities, computable at any point a chain channel generated.
 *
 * <p>A <em>balanced</em> channel draws the pair's transverse momentum q_T instead of the last
 * parton's (along 1/(q_T² + m²_min), m_min the pair's lowest mass); that parton takes what the
 * others and the pair leave. It covers dijet-like configurations with the pair radiated softly (two
 * hard partons balancing each other), which carried most of the weight with independent p_T's:
 * there the density fell as 1/p_T⁴ for each parton while the rate falls as 1/p_T⁴ for the pair of
 * them. dp_T,k² dφ_k = dq_T² dφ_q at fixed other partons, so the measure is unchanged.
 */
final class PairRecoilChannel {
    private final int first;
    private final int second;
    private final int[] partons;
    private final InvariantMassMap map;
    private final double pairMin2;
    private final double pairMax2;
    private final double ptMin2;
    private final double jetYMax;
    private final boolean balanced;

    /**
     * A channel.
     *
     * @param first the slot of the pair's first particle (massless)
     * @param second the slot of the second (massless)
     * @param partons the slots of the massless partons
     * @param map how the pair's mass is drawn (its s-channel propagator)
     * @param pairMin the lowest pair mass (an {@code mmll} cut), GeV
     * @param pairMax the highest pair mass ({@code mmllmax}), GeV, or infinity
     * @param ptMin the lowest parton p_T ({@code ptj} or {@code xqcut}), GeV, positive
     * @param jetYMax the highest parton |y| ({@code etaj}), or infinity
     * @param balanced whether the last parton's transverse momentum balances the others and a drawn
     *     q_T of the pair
     */
    PairRecoilChannel(
            int first,
            int second,
            int[] partons,
            InvariantMassMap map,
            double pairMin,
            double pairMax,
            double ptMin,
            double jetYMax,
            boolean balanced) {
        if (!(ptMin > 0)) {
            throw new IllegalArgumentException("ptMin must be positive, got " + ptMin);
        }
        this.first = first;
        this.second = second;
        this.partons = partons.clone();
        this.map = map;
        this.pairMin2 = pairMin * pairMin;
        this.pairMax2 = pairMax * pairMax;
        this.ptMin2 = ptMin * ptMin;
        this.jetYMax = jetYMax;
        this.balanced = balanced;
    }

    /** A readable description, e.g. {@code recoil[z(0 1) 2 3]}. */
    String description() {
        StringBuilder b =
                new StringBuilder(
                        (balanced ? "balanced[" : "recoil[")
                                + map.label()
                                + "("
                                + first
                                + " "
                                + second);
        b.append(")");
        for (int p : partons) {
            b.append(' ').append(p);
        }
        return b.append(']').toString();
    }

    /** The highest parton p_T²: half the collision energy. */
    private static double ptMax2(double s) {
        return s / 4;
    }

    /**
     * The highest |y| of a massless parton with p_T ≥ ptMin, within the etaj cut: its light-cone
     * momentum p_T e^{|y|} is at most x√s ≤ √s.
     */
    private double jetY(double s) {
        return Math.min(jetYMax, 0.5 * Math.log(s / ptMin2));
    }

    /** The highest |Y| of the pair: m_T e^{|Y|} ≤ √s likewise, with m_T ≥ the lowest mass. */
    private double pairY(double s) {
        return 0.5 * Math.log(s / Math.max(pairMin2, 1));
    }

    /**
     * Whether the channel reaches every point that passes the cuts: partons have p_T ≥ ptMin and
     * |y| within etaj by the cuts, and the pair a lowest mass (so a highest rapidity) of its own.
     */
    boolean coversCuts() {
        return pairMin2 >= 1;
    }

    private double pairMax2(double s) {
        return Math.min(pairMax2, s);
    }

    /** The pair's lowest mass squared (at least 1 GeV²): the scale of the p_T and q_T maps. */
    private double qtOffset() {
        return Math.max(pairMin2, 1);
    }

    /**
     * The range of v = ln(p_T²/(p_T² + c)), c = {@link #qtOffset}: p_T² drawn uniformly in v has
     * the density c/(p_T²(p_T² + c)) — 1/p_T² (soft and collinear emission) below the pair's mass,
     * 1/p_T⁴ (a hard emission) above it.
     */
    private double[] ptRange(double s) {
        double c = qtOffset();
        return new double[] {
            Math.log(ptMin2 / (ptMin2 + c)), Math.log(ptMax2(s) / (ptMax2(s) + c))
        };
    }

    private double ptDensity(double pt2, double[] range) {
        double c = qtOffset();
        return c / (pt2 * (pt2 + c) * (range[1] - range[0]));
    }

    /** The density dP/dq_T² of the balanced channel's pair q_T² on [0, s/4]. */
    private double qtDensity(double qt2, double s) {
        double c = qtOffset();
        return qt2 > ptMax2(s) ? 0 : 1 / ((qt2 + c) * Math.log((ptMax2(s) + c) / c));
    }

    /**
     * Builds a point from the 3k + 4 uniform numbers {@code x[offset …]}: the pair's Y, cos θ*, m²,
     * φ*, then p_T², y, φ of each parton.
     *
     * @param x the uniform numbers
     * @param offset where this channel's block starts
     * @param sqrtS the collision energy, GeV
     * @param out filled with the final-state momenta by slot (lab frame)
     * @param fractions filled with x₁, x₂
     * @return false when the point lies outside the phase space (x₁ or x₂ ≥ 1)
     */
    boolean build(double[] x, int offset, double sqrtS, FourMomentum[] out, double[] fractions) {
        double s = sqrtS * sqrtS;
        double[] range = ptRange(s);
        double yj = jetY(s);
        double sumX = 0;
        double sumY = 0;
        double e = 0;
        double pz = 0;
        int c = offset + 4;
        for (int k = 0; k < partons.length; k++) {
            int slot = partons[k];
            double y = yj * (2 * x[c + 1] - 1);
            double phi = 2 * Math.PI * x[c + 2];
            double px;
            double py;
            if (balanced && k == partons.length - 1) {
                double off = qtOffset();
                double qt = Math.sqrt(off * Math.pow((ptMax2(s) + off) / off, x[c]) - off);
                px = -sumX - qt * Math.cos(phi);
                py = -sumY - qt * Math.sin(phi);
            } else {
                double v = Math.exp(range[0] + (range[1] - range[0]) * x[c]);
                double pt = Math.sqrt(qtOffset() * v / (1 - v));
                px = pt * Math.cos(phi);
                py = pt * Math.sin(phi);
            }
            c += 3;
            double pt = Math.hypot(px, py);
            if (pt * pt < ptMin2) {
                return false;
            }
            FourMomentum p = new FourMomentum(px, py, pt * Math.sinh(y), pt * Math.cosh(y));
            out[slot] = p;
            sumX += p.px();
            sumY += p.py();
            e += p.e();
            pz += p.pz();
        }
        double m2 = map.m2(x[offset + 2], pairMin2, pairMax2(s));
        if (!(m2 > 0)) {
            return false;
        }
        double m = Math.sqrt(m2);
        double bigY = pairY(s) * (2 * x[offset] - 1);
        double mt = Math.sqrt(m2 + sumX * sumX + sumY * sumY);
        FourMomentum q = new FourMomentum(-sumX, -sumY, mt * Math.sinh(bigY), mt * Math.cosh(bigY));
        double cos = 2 * x[offset + 1] - 1;
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        double phi = 2 * Math.PI * x[offset + 3];
        double half = m / 2;
        double bx = q.px() / q.e();
        double by = q.py() / q.e();
        double bz = q.pz() / q.e();
        double lx = half * sin * Math.cos(phi);
        double ly = half * sin * Math.sin(phi);
        double lz = half * cos;
        out[first] = new FourMomentum(lx, ly, lz, half).boost(bx, by, bz);
        out[second] = new FourMomentum(-lx, -ly, -lz, half).boost(bx, by, bz);
        e += q.e();
        pz += q.pz();
        fractions[0] = (e + pz) / sqrtS;
        fractions[1] = (e - pz) / sqrtS;
        return fractions[0] < 1 && fractions[1] < 1;
    }

    /**
     * The density of a point in dŝ dy dΦ_n (0 where this channel cannot reach it).
     *
     * @param momenta the final-state momenta by slot, lab frame
     * @param s the collision energy squared, GeV²
     * @return the density
     */
    double density(FourMomentum[] momenta, double s) {
        FourMomentum q = momenta[first].plus(momenta[second]);
        double m2 = q.m2();
        double g = map.density(m2, pairMin2, pairMax2(s));
        double bigY = q.rapidity();
        double ymax = pairY(s);
        if (g == 0 || !(Math.abs(bigY) <= ymax)) {
            return 0;
        }
        // dΦ₂ = dΩ/(32π²) in the pair frame, Ω* uniform: 32π²/(4π)
        g *= 8 * Math.PI / (2 * ymax);
        double[] range = ptRange(s);
        double yj = jetY(s);
        for (int k = 0; k < partons.length; k++) {
            FourMomentum p = momenta[partons[k]];
            double pt2 = p.pt2();
            double y = p.rapidity();
            if (pt2 < ptMin2 || !(Math.abs(y) <= yj)) {
                return 0;
            }
            // 32π³ · p(p_T²) (or p(q_T²): dp_T,k² dφ_k = dq_T² dφ_q) · 1/(2 y_max) · 1/(2π)
            double p2 =
                    balanced && k == partons.length - 1
                            ? qtDensity(q.pt2(), s)
                            : pt2 > ptMax2(s) ? 0 : ptDensity(pt2, range);
            g *= 16 * Math.PI * Math.PI * p2 / (2 * yj);
        }
        return g;
    }
}
