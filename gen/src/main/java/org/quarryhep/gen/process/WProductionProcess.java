package org.quarryhep.gen.process;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.model.StandardModel;

/**
 * q q̄′ → W± → ℓν (physics-formulas.md §3), unit CKM: Σ̄|M|² = (16π²α²/N_c)|A_W|² (p_q − p_f̄)⁴/ŝ²,
 * A_W = χ_W/(2 s_W²), where f̄ is the final-state antifermion (ℓ⁺ for W⁺, ν̄ for W⁻).
 */
public final class WProductionProcess extends TwoToTwoProcess {
    private final int lepton;
    private final List<Channel> channels;

    /**
     * Creates the process.
     *
     * @param lepton 11 or 13
     * @param charge +1 (W⁺), −1 (W⁻) or 0 (both)
     * @throws InvalidParameterException for other values
     */
    public WProductionProcess(int lepton, int charge) {
        this.lepton = Fermions.lightChargedLepton(lepton);
        if (charge < -1 || charge > 1) {
            throw new InvalidParameterException("charge: expected -1, 0 or 1, found " + charge);
        }
        List<Channel> ch = new ArrayList<>();
        int[][] pairs = {{2, -1}, {4, -3}};
        for (int[] pr : pairs) {
            if (charge >= 0) {
                ch.add(new Channel(pr[0], pr[1]));
                ch.add(new Channel(pr[1], pr[0]));
            }
            if (charge <= 0) {
                ch.add(new Channel(-pr[0], -pr[1]));
                ch.add(new Channel(-pr[1], -pr[0]));
            }
        }
        this.channels = List.copyOf(ch);
    }

    @Override
    public String name() {
        return "drell-yan-w";
    }

    @Override
    public String description() {
        return "q qbar' -> W+- -> l nu";
    }

    @Override
    protected List<Channel> channels() {
        return channels;
    }

    @Override
    protected double mass1(Collider c) {
        return 0;
    }

    @Override
    protected boolean resonant() {
        return true;
    }

    @Override
    protected double[] resonance(Collider c) {
        return new double[] {c.sm().mW(), c.sm().widthW()};
    }

    @Override
    protected double shatMin(Collider c) {
        return 1.0;
    }

    /**
     * Σ̄|M|² of q q̄′ → W → ℓν with unit CKM.
     *
     * @param sm the SM inputs
     * @param shat ŝ
     * @param u (p_q − p_f̄)², f̄ the final antifermion
     * @return the averaged squared matrix element
     */
    public static double matrixElement(StandardModel sm, double shat, double u) {
        double mw = sm.mW();
        double gw = sm.widthW();
        double dr = shat - mw * mw;
        double chi2 = shat * shat / (dr * dr + mw * mw * gw * gw);
        double sw2 = sm.sw2();
        double aw2 = chi2 / (4 * sw2 * sw2);
        double alpha = sm.alpha();
        return 16 * Math.PI * Math.PI * alpha * alpha / 3 * aw2 * u * u / (shat * shat);
    }

    private static boolean plus(Channel ch) {
        int up = Math.abs(ch.id1()) % 2 == 0 ? ch.id1() : ch.id2();
        return up > 0;
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
        FourMomentum[] qf = quarkFirst(ch, pa, pb);
        // Particle 2 is the antifermion in both charge states (see record()).
        double u = qf[0].minus(p2).m2();
        return matrixElement(c.sm(), pa.plus(pb).m2(), u);
    }

    @Override
    protected void record(
            PartonEvent ev, Channel ch, FourMomentum[] p, Collider c, SplittableRandom rng) {
        addIncomingSinglet(ev, ch, p);
        boolean wplus = plus(ch);
        int w = ev.add(wplus ? 24 : -24, 2, p[2].plus(p[3]), 0, 1, 0, 0);
        if (wplus) {
            ev.add(lepton + 1, 1, p[2], w, w, 0, 0);
            ev.add(-lepton, 1, p[3], w, w, 0, 0);
        } else {
            ev.add(lepton, 1, p[2], w, w, 0, 0);
            ev.add(-(lepton + 1), 1, p[3], w, w, 0, 0);
        }
    }
}
