package org.quarryhep.gen.process;

import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.phasespace.TwoBody;

/**
 * g g → S → μτ through the top loop with the exact form factor, τ → e ν ν̄ with the τ helicity set
 * by the LFV Yukawas (physics-formulas.md §7, §8, §13.3). The off-shell cross section is σ̂(ŝ) =
 * (π/8) Γ_gg(√ŝ) Γ_μτ(√ŝ)/((ŝ − m_S²)² + m_S²Γ_S²) with Γ_μτ(m) = m(|Y_μτ|² + |Y_τμ|²)/(8π) (both
 * charge modes, Harnik–Kopp–Zupan arXiv:1209.1397), decaying isotropically; P(τ⁻) = (|Y_μτ|² −
 * |Y_τμ|²)/(|Y_μτ|² + |Y_τμ|²), P(τ⁺) = −P(τ⁻).
 */
public final class ScalarLfvProcess extends TwoToTwoProcess {
    private static final List<Channel> GLUONS = List.of(new Channel(21, 21));

    private final double mS;
    private final double kappa;
    private final double yMuTau;
    private final double yTauMu;
    private final double widthInput;
    private final boolean decayTau;

    /**
     * Creates the process.
     *
     * @param mS the scalar mass, GeV
     * @param kappa the top-Yukawa modifier
     * @param yMuTau Y_μτ
     * @param yTauMu Y_τμ
     * @param width Γ_S in GeV, or NaN to compute Γ_gg + Γ_μτ + Γ_tt at m_S
     * @param decayTau true to decay τ → e ν ν̄ (weight × BR), false to keep the τ stable
     * @throws InvalidParameterException when m_S or the couplings are not usable
     */
    public ScalarLfvProcess(
            double mS, double kappa, double yMuTau, double yTauMu, double width, boolean decayTau) {
        if (!(mS > 10) || yMuTau * yMuTau + yTauMu * yTauMu == 0) {
            throw new InvalidParameterException(
                    "MS must exceed 10 GeV and Ymutau, Ytaumu must not both be 0; found MS="
                            + mS
                            + ", Ymutau="
                            + yMuTau
                            + ", Ytaumu="
                            + yTauMu);
        }
        this.mS = mS;
        this.kappa = kappa;
        this.yMuTau = yMuTau;
        this.yTauMu = yTauMu;
        this.widthInput = width;
        this.decayTau = decayTau;
    }

    @Override
    public String name() {
        return "gg-s-mutau";
    }

    @Override
    public String description() {
        return "g g -> S (top loop) -> mu tau" + (decayTau ? ", tau -> e nu nu" : "");
    }

    /** Γ(S → μτ), both charge modes, massless leptons. */
    public double widthMuTau(double m) {
        return m * (yMuTau * yMuTau + yTauMu * yTauMu) / (8 * Math.PI);
    }

    /** Γ_S: the input width, or Γ_gg + Γ_μτ + Γ_tt at m_S with α_s(m_S) of the PDF set. */
    public double width(Collider c) {
        if (!Double.isNaN(widthInput)) {
            return widthInput;
        }
        double as = c.pdf().alphaS(mS);
        double mt = c.sm().mTop();
        return TopLoop.widthToGluons(mS, mt, kappa, as, c.sm().gF(), false)
                + widthMuTau(mS)
                + TopLoop.widthToTops(mS, mt, kappa, c.sm().gF(), false);
    }

    /** BR(τ → e ν ν̄) = G_F² m_τ⁵/(192π³)/Γ_τ with MadGraph's Γ_τ = 2.27e-12 GeV. */
    public static double branchingTauToElectron(double gF, double mTau) {
        return gF * gF * Math.pow(mTau, 5) / (192 * Math.pow(Math.PI, 3)) / 2.27e-12;
    }

    /**
     * σ̂(g g → S → μτ) at ŝ, GeV⁻².
     *
     * @param shat ŝ
     * @param alphaS α_s
     * @param c the collision (top mass, G_F, width)
     * @return the partonic cross section
     */
    public double partonicCrossSection(double shat, double alphaS, Collider c) {
        double m = Math.sqrt(shat);
        double gg = TopLoop.widthToGluons(m, c.sm().mTop(), kappa, alphaS, c.sm().gF(), false);
        double w = width(c);
        double d = shat - mS * mS;
        return Math.PI / 8 * gg * widthMuTau(m) / (d * d + mS * mS * w * w);
    }

    @Override
    protected List<Channel> channels() {
        return GLUONS;
    }

    @Override
    protected double mass1(Collider c) {
        return 0;
    }

    @Override
    protected double mass2(Collider c) {
        return c.sm().mTau();
    }

    @Override
    protected boolean resonant() {
        return true;
    }

    @Override
    protected double[] resonance(Collider c) {
        return new double[] {mS, width(c)};
    }

    @Override
    protected double matrixElement(
            Channel ch,
            FourMomentum pa,
            FourMomentum pb,
            FourMomentum p1,
            FourMomentum p2,
            double alphaS,
            Collider c) {
        double shat = pa.plus(pb).m2();
        double beta = 2 * TwoBody.momentum(Math.sqrt(shat), 0, c.sm().mTau()) / Math.sqrt(shat);
        // Isotropic: σ̂ = β Σ̄|M|²/(16π ŝ), so Σ̄|M|² = 16π ŝ σ̂/β reproduces σ̂ exactly.
        return 16 * Math.PI * shat * partonicCrossSection(shat, alphaS, c) / beta;
    }

    @Override
    protected double finalStateFactor(Collider c) {
        return decayTau ? branchingTauToElectron(c.sm().gF(), c.sm().mTau()) : 1.0;
    }

    @Override
    protected void record(
            PartonEvent ev, Channel ch, FourMomentum[] p, Collider c, SplittableRandom rng) {
        ev.add(21, -1, p[0], -1, -1, 501, 502);
        ev.add(21, -1, p[1], -1, -1, 502, 501);
        int s = ev.add(35, 2, p[2].plus(p[3]), 0, 1, 0, 0);
        boolean tauMinus = rng.nextBoolean();
        double sum = yMuTau * yMuTau + yTauMu * yTauMu;
        double pol = (yMuTau * yMuTau - yTauMu * yTauMu) / sum;
        double polThis = tauMinus ? pol : -pol;
        double helicity = rng.nextDouble() < (1 + polThis) / 2 ? 1 : -1;
        ev.add(tauMinus ? -13 : 13, 1, p[2], s, s, 0, 0);
        int tauId = tauMinus ? 15 : -15;
        if (!decayTau) {
            ev.add(new PartonEvent.Entry(tauId, 1, p[3], s, s, 0, 0, 0, null, helicity));
            return;
        }
        int tau = ev.add(new PartonEvent.Entry(tauId, 2, p[3], s, s, 0, 0, 0, null, helicity));
        // Helicity is defined in the S rest frame: decay there, then boost back.
        FourMomentum sys = p[2].plus(p[3]);
        double bz = sys.pz() / sys.e();
        FourMomentum tauRest = p[3].boost(0, 0, -bz);
        FourMomentum[] d = Decays.tau(tauRest, helicity, !tauMinus, rng);
        int e = tauMinus ? 11 : -11;
        int nuE = tauMinus ? -12 : 12;
        int nuTau = tauMinus ? 16 : -16;
        ev.add(e, 1, d[0].boost(0, 0, bz), tau, tau, 0, 0);
        ev.add(nuE, 1, d[1].boost(0, 0, bz), tau, tau, 0, 0);
        ev.add(nuTau, 1, d[2].boost(0, 0, bz), tau, tau, 0, 0);
    }
}
