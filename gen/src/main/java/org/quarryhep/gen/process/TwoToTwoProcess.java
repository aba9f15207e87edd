package org.quarryhep.gen.process;

import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Units;
import org.quarryhep.gen.phasespace.BreitWigner;
import org.quarryhep.gen.phasespace.TwoBody;

/**
 * Common machinery of p p → X Y processes: the partonic ŝ (uniform in ln ŝ and, when the process
 * has an s-channel resonance, a Breit–Wigner channel combined with it by multi-channel weights),
 * the rapidity of the partonic system, the scattering angle, the sum over parton channels with the
 * PDFs, and the hadronic weight σ = Σ_ij ∫ dŝ/s dy f_i(x₁) f_j(x₂) Σ̄|M|²/(2ŝ) dΦ₂.
 *
 * <p>Variables: x₀ → ŝ (ln ŝ channel), x₁ → y, x₂ → cos θ* (of particle 1 relative to beam 1), x₃ →
 * φ; resonant processes add x₄, which selects the ŝ channel, and x₅, the Breit–Wigner channel's own
 * variable (a separate dimension, so that VEGAS adapts each channel's map without the other's
 * peak). Processes with t- or u-channel poles map cos θ* logarithmically towards both poles (two
 * channels sharing x₂: x₂ &lt; ½ maps towards cos = +1, else towards −1, with the weight from the
 * mixed density).
 */
public abstract class TwoToTwoProcess implements HardProcess {
    /** The proton's partons: MadGraph's default {@code p} (gluon, u, c, d, s and antiquarks). */
    protected static final int[] LIGHT_QUARKS = {1, 2, 3, 4};

    /**
     * One parton channel.
     *
     * @param id1 the parton from beam 1
     * @param id2 the parton from beam 2
     */
    protected record Channel(int id1, int id2) {}

    /** The parton channels summed over. */
    protected abstract List<Channel> channels();

    /** Mass of final-state particle 1 (on shell), GeV. */
    protected abstract double mass1(Collider c);

    /**
     * Mass of final-state particle 2 (on shell), GeV; default: that of particle 1, as in the pair
     * production most processes here are.
     */
    protected double mass2(Collider c) {
        return mass1(c);
    }

    /** {M, Γ} of an s-channel resonance to map ŝ onto, or {@code null} (the default: none). */
    protected double[] resonance(Collider c) {
        return null;
    }

    /**
     * True when {@link #resonance} is not null (fixes the number of dimensions); default false,
     * matching the default {@link #resonance}.
     */
    protected boolean resonant() {
        return false;
    }

    /**
     * Whether the automatic scale is √ŝ (s-channel processes) rather than H_T/2 (pair production);
     * default: whether the process has an s-channel resonance.
     */
    protected boolean sChannelScale() {
        return resonant();
    }

    /** Lowest ŝ (default: the production threshold). */
    protected double shatMin(Collider c) {
        double m = mass1(c) + mass2(c);
        return m * m;
    }

    /** The threshold √ŝ_min: the lowest ŝ the process generates. */
    @Override
    public double thresholdGeV(Collider c) {
        return Math.sqrt(shatMin(c));
    }

    /** Highest ŝ (default: s). */
    protected double shatMax(Collider c) {
        return c.s();
    }

    /**
     * The spin- and colour-averaged |M|² of one channel, without the final-state factor.
     *
     * @param ch the channel
     * @param pa the parton from beam 1
     * @param pb the parton from beam 2
     * @param p1 final particle 1
     * @param p2 final particle 2
     * @param alphaS α_s at the renormalisation scale
     * @param c the collision
     * @return Σ̄|M|²
     */
    protected abstract double matrixElement(
            Channel ch,
            FourMomentum pa,
            FourMomentum pb,
            FourMomentum p1,
            FourMomentum p2,
            double alphaS,
            Collider c);

    /**
     * The distance δ of the t-channel pole beyond cos θ* = ±1 at ŝ (the pole is at cos = 1 + δ), or
     * NaN for processes without t- or u-channel poles (cos θ* is then uniform).
     */
    protected double tChannelDelta(double shat, double m1, double m2) {
        return Double.NaN;
    }

    /**
     * {@link #tChannelDelta} of an equal-mass pair (mass m) produced through the exchange of a
     * massless quark: t̂ = 0 at cos θ* = (1 − 2m²/ŝ)/β.
     */
    protected static double masslessExchangeDelta(double shat, double m) {
        double beta = Math.sqrt(Math.max(1 - 4 * m * m / shat, 1e-300));
        return Math.max((1 - 2 * m * m / shat) / beta - 1, 1e-12);
    }

    /**
     * {@link #tChannelDelta} of an equal-mass pair (mass m) produced through the exchange of a
     * particle of the same mass (the top in t t̄): t̂ = m² at cos θ* = 1/β.
     */
    protected static double sameMassExchangeDelta(double shat, double m) {
        double beta = Math.sqrt(Math.max(1 - 4 * m * m / shat, 1e-300));
        return Math.max(1 / beta - 1, 1e-12);
    }

    /** A constant factor: identical-particle 1/2 times the branching ratios of the decays. */
    protected double finalStateFactor(Collider c) {
        return 1.0;
    }

    /**
     * Writes the event record of an accepted point (incoming partons, resonances, decays).
     *
     * @param ev the record to fill
     * @param ch the chosen parton channel
     * @param p the lab momenta pa, pb, p1, p2
     * @param c the collision
     * @param rng randomness for decays and colour flow
     */
    protected abstract void record(
            PartonEvent ev, Channel ch, FourMomentum[] p, Collider c, SplittableRandom rng);

    @Override
    public int dimensions() {
        return resonant() ? 6 : 4;
    }

    /** A sampled ŝ and its density in ŝ. */
    private record ShatPoint(double shat, double density) {}

    /** A sampled cos θ* and dcos/dx. */
    private record CosPoint(double cos, double jacobian) {}

    @Override
    public void evaluate(double[] x, Collider c, SplittableRandom rng, PartonEvent out) {
        out.clear();
        double m1 = mass1(c);
        double m2 = mass2(c);
        double lo = Math.max(shatMin(c), Math.pow(m1 + m2, 2));
        double hi = Math.min(shatMax(c), c.s());
        if (!(hi > lo)) {
            return;
        }
        ShatPoint sp = sampleShat(x, c, lo, hi);
        double shat = sp.shat();
        double tau = shat / c.s();
        double yMax = -0.5 * Math.log(tau);
        double y = yMax * (2 * x[1] - 1);
        double x1 = Math.sqrt(tau) * Math.exp(y);
        double x2 = Math.sqrt(tau) * Math.exp(-y);
        if (x1 >= 1 || x2 >= 1) {
            return;
        }
        double rootS = Math.sqrt(shat);
        double pstar = TwoBody.momentum(rootS, m1, m2);
        if (!(pstar > 0)) {
            return;
        }
        CosPoint cp = sampleCos(x[2], tChannelDelta(shat, m1, m2));
        double cos = cp.cos();
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        double phi = 2 * Math.PI * x[3];
        double beta = Math.tanh(y);
        double eb = c.sqrtS() / 2;
        FourMomentum pa = new FourMomentum(0, 0, x1 * eb, x1 * eb);
        FourMomentum pb = new FourMomentum(0, 0, -x2 * eb, x2 * eb);
        double px = pstar * sin * Math.cos(phi);
        double py = pstar * sin * Math.sin(phi);
        double pz = pstar * cos;
        FourMomentum p1 =
                new FourMomentum(px, py, pz, Math.sqrt(pstar * pstar + m1 * m1)).boost(0, 0, beta);
        FourMomentum p2 =
                new FourMomentum(-px, -py, -pz, Math.sqrt(pstar * pstar + m2 * m2))
                        .boost(0, 0, beta);
        double mu = c.scale().scale(p1, p2, sChannelScale());
        double alphaS = c.pdf().alphaS(mu);
        List<Channel> chans = channels();
        double[] contrib = new double[chans.size()];
        double[] f1 = new double[13];
        double[] f2 = new double[13];
        fill(c, x1, mu, f1);
        fill(c, x2, mu, f2);
        double total = channelContributions(chans, f1, f2, pa, pb, p1, p2, alphaS, c, contrib);
        if (total == 0) {
            return;
        }
        // dŝ dy / s · f f /(x1 x2) · |M|²/(2ŝ) · p*/(8π√ŝ) dcos, dcos = cosJacobian dx.
        double weight =
                Units.GEV2_TO_PB
                        / (sp.density() * c.s())
                        * (2 * yMax)
                        / tau
                        * total
                        / (2 * shat)
                        * pstar
                        / (8 * Math.PI * rootS)
                        * cp.jacobian()
                        * finalStateFactor(c);
        Channel ch = chans.get(pickChannel(rng, contrib, total));
        out.setWeight(weight);
        out.setPdf(x1, x2, f1[slot(ch.id1())], f2[slot(ch.id2())], mu, alphaS);
        FourMomentum[] momenta = {pa, pb, p1, p2};
        out.setPending(() -> record(out, ch, momenta, c, rng));
    }

    /**
     * ŝ in [lo, hi]: logarithmic, or for a resonant process half logarithmic and half Breit–Wigner
     * (x[4] picks the channel, the density is their average).
     */
    private ShatPoint sampleShat(double[] x, Collider c, double lo, double hi) {
        double logRange = Math.log(hi / lo);
        if (resonant()) {
            double[] r = resonance(c);
            BreitWigner bw = new BreitWigner(r[0], r[1], lo, hi);
            double shat = x[4] < 0.5 ? lo * Math.exp(logRange * x[0]) : bw.m2(x[5]);
            return new ShatPoint(shat, 0.5 / (shat * logRange) + 0.5 / bw.jacobian(shat));
        }
        double shat = lo * Math.exp(logRange * x[0]);
        return new ShatPoint(shat, 1.0 / (shat * logRange));
    }

    /**
     * cos θ*: flat when the process has no t-channel pole (delta NaN), otherwise logarithmic
     * towards both poles at cos = ±(1 + delta), half the points each.
     */
    private static CosPoint sampleCos(double x, double delta) {
        if (Double.isNaN(delta)) {
            return new CosPoint(2 * x - 1, 2);
        }
        double l = Math.log(1 + 2 / delta);
        double xx = x < 0.5 ? 2 * x : 2 * x - 1;
        double a = delta * (Math.exp(l * xx) - 1);
        double cos = x < 0.5 ? 1 - a : -1 + a;
        cos = Math.max(-1, Math.min(1, cos));
        double cosDensity = 0.5 / ((1 - cos + delta) * l) + 0.5 / ((1 + cos + delta) * l);
        return new CosPoint(cos, 1 / cosDensity);
    }

    /** Fills each channel's luminosity × |M|² and returns their sum. */
    private double channelContributions(
            List<Channel> chans,
            double[] f1,
            double[] f2,
            FourMomentum pa,
            FourMomentum pb,
            FourMomentum p1,
            FourMomentum p2,
            double alphaS,
            Collider c,
            double[] contrib) {
        double total = 0;
        for (int k = 0; k < contrib.length; k++) {
            Channel ch = chans.get(k);
            double lum = f1[slot(ch.id1())] * f2[slot(ch.id2())];
            if (lum == 0) {
                continue;
            }
            double me = matrixElement(ch, pa, pb, p1, p2, alphaS, c);
            contrib[k] = lum * me;
            total += contrib[k];
        }
        return total;
    }

    /** A channel drawn with probability |contribution|/Σ|contribution|. */
    private static int pickChannel(SplittableRandom rng, double[] contrib, double total) {
        double pick = rng.nextDouble() * Math.abs(total);
        double acc = 0;
        for (int k = 0; k < contrib.length; k++) {
            acc += Math.abs(contrib[k]);
            if (pick < acc) {
                return k;
            }
        }
        return 0;
    }

    private static void fill(Collider c, double x, double mu, double[] out) {
        var grid = c.pdf().grid();
        double q2 = mu * mu;
        out[6] = grid.xfxQ2(21, x, q2);
        for (int q : LIGHT_QUARKS) {
            out[6 + q] = grid.xfxQ2(q, x, q2);
            out[6 - q] = grid.xfxQ2(-q, x, q2);
        }
    }

    /** Index of a parton in the PDF arrays (gluon 21 → 6). */
    private static int slot(int pid) {
        return pid == 21 ? 6 : pid + 6;
    }

    /** Adds the two incoming partons with colour lines for a colour-singlet s-channel. */
    protected static void addIncomingSinglet(PartonEvent ev, Channel ch, FourMomentum[] p) {
        ev.add(ch.id1(), -1, p[0], -1, -1, ch.id1() > 0 ? 501 : 0, ch.id1() > 0 ? 0 : 501);
        ev.add(ch.id2(), -1, p[1], -1, -1, ch.id2() > 0 ? 501 : 0, ch.id2() > 0 ? 0 : 501);
    }

    /** The quark of a q q̄ channel: (quark momentum, antiquark momentum) ordered. */
    protected static FourMomentum[] quarkFirst(Channel ch, FourMomentum pa, FourMomentum pb) {
        return ch.id1() > 0 ? new FourMomentum[] {pa, pb} : new FourMomentum[] {pb, pa};
    }

    /** q q̄ channels (both beam orderings) for the given quark flavours. */
    protected static List<Channel> quarkAntiquark(int... flavours) {
        List<Channel> out = new java.util.ArrayList<>();
        for (int q : flavours) {
            out.add(new Channel(q, -q));
            out.add(new Channel(-q, q));
        }
        return List.copyOf(out);
    }
}
