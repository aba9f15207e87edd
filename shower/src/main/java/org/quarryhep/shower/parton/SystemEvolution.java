package org.quarryhep.shower.parton;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Evolves one {@link ShowerSystem} downwards in the ordering variable p⊥evol² with the veto
 * algorithm, final- and initial-state dipole ends competing in one sequence (interleaved).
 *
 * <p>Final state: p⊥evol² = z(1−z)Q² with Q² = m_ij² − m_i² (Pythia's choice, hep-ph/0408302), dP =
 * α_s/2π dp⊥²/p⊥² dz (1−y) V(z, y) with the Catani–Seymour final–final kernels (soft singularity
 * partitioned between the two ends of a dipole, so that the ends sum to the eikonal), the
 * quasi-collinear mass term −2m²/Q² for c and b (the dead cone) and the gluon shared between its
 * two dipoles. Initial state (initial–initial dipoles): p⊥evol² = (1−x)v ŝ/x, dP = α_s/2π dp⊥²/p⊥²
 * dx V(x) · x′f(x′)/xf(x), x′ = x_a/x, with the PDF frozen below its Q_min and a veto where either
 * density is ≤ 0.
 */
final class SystemEvolution {
    static final double CF = 4.0 / 3.0;
    static final double CA = 3.0;
    static final double TR = 0.5;
    static final double TWO_PI = 2 * Math.PI;

    private final ShowerParameters par;
    private final ShowerAlphaS alphaS;
    private final InitialStateDensities pdf;
    private final double tCutF;
    private final double tCutI;
    private final double alphaMaxF;
    private final double alphaMaxI;
    private final double[] splitMass;
    private final ShowerEventState state;
    private final PdfRatioBounds ratioBounds;
    private final FinalInitialDipoles finalInitial;

    SystemEvolution(
            ShowerParameters par,
            ShowerAlphaS alphaS,
            InitialStateDensities pdf,
            ShowerEventState state,
            java.util.Map<Long, Double> ratioBoundCache) {
        this.par = par;
        this.alphaS = alphaS;
        this.pdf = pdf;
        this.state = state;
        this.ratioBounds = pdf == null ? null : new PdfRatioBounds(pdf, ratioBoundCache);
        this.tCutF = par.pTminFsr() * par.pTminFsr();
        this.tCutI = par.pTminIsr() * par.pTminIsr();
        this.alphaMaxF = alphaS.value(tCutF);
        this.alphaMaxI = alphaS.value(tCutI);
        double[] masses = {0, 0, 0, par.charmMass(), par.bottomMass()};
        this.splitMass = java.util.Arrays.copyOf(masses, par.gluonSplittingFlavours());
        this.finalInitial =
                new FinalInitialDipoles(
                        alphaS, pdf, ratioBounds, state, tCutF, alphaMaxF, splitMass);
    }

    /**
     * Channels: 0 q→qg, 1 g→gg, 2+f g→q_f q̄_f; initial state 10 q←q, 11 q←g, 12 g←g, 13+f g←q_f.
     */
    static final int Q_QG = 0;

    static final int G_GG = 1;
    static final int G_QQ = 2;
    private static final int I_QQ = 10;
    private static final int I_QG = 11;
    private static final int I_GG = 12;
    private static final int I_GG_SMALL_X = 13;
    private static final int I_GQ = 14;
    static final int FI_OFFSET = 100;

    void evolve(ShowerSystem sys, SplittableRandom rng) {
        double t = sys.startScale2;
        // A power shower, as Pythia starts q q̄ → colour singlet: the first emission may reach the
        // kinematic limit, where the matrix-element correction makes it the exact V + jet.
        boolean power =
                par.meCorrections()
                        && pdf != null
                        && par.isr()
                        && (SingletProduction.fromQuarkPair(sys)
                                || SingletProduction.fromGluonPair(sys));
        if (power) {
            t = Math.max(t, 4 * state.beamEnergy(0) * state.beamEnergy(1));
        }
        EvolutionTrial best = new EvolutionTrial();
        while (true) {
            best.t = 0;
            List<Parton> ps = sys.partons;
            for (int n = 0; n < ps.size(); n++) {
                Parton i = ps.get(n);
                if (!i.coloured()) {
                    continue;
                }
                for (int side = 0; side < 2; side++) {
                    boolean colourSide = side == 0;
                    int tag = colourSide ? i.outColour() : i.outAnticolour();
                    if (tag == 0) {
                        continue;
                    }
                    Parton k = sys.partner(i, tag, colourSide);
                    if (k == null) {
                        continue;
                    }
                    if (!i.incoming && par.fsr() && !k.incoming) {
                        trialsFinal(sys, i, k, colourSide, t, rng, best);
                    } else if (!i.incoming && par.fsr() && k == sys.resonance) {
                        trialsFinal(sys, i, k, colourSide, t, rng, best);
                    } else if (!i.incoming && par.fsr() && k.incoming && pdf != null) {
                        finalInitial.trials(i, k, colourSide, t, rng, best);
                    }
                }
            }
            if (par.isr() && pdf != null && sys.resonance == null) {
                List<Parton> in = sys.incoming();
                for (int n = 0; n < 2 && in.size() == 2; n++) {
                    Parton a = in.get(n);
                    if (a.coloured()) {
                        trialsInitial(a, in.get(1 - n), t, power, rng, best);
                    }
                }
            }
            if (best.t <= 0) {
                return;
            }
            t = best.t;
            if (best.channel >= FI_OFFSET) {
                finalInitial.accept(sys, best, rng);
            } else if (best.channel >= I_QQ) {
                acceptInitial(sys, best, rng);
            } else {
                acceptFinal(sys, best, rng);
            }
        }
    }

    // ----- final state -------------------------------------------------------------------

    private double[] recoilerMomentum(ShowerSystem sys, Parton i, Parton k) {
        if (k != sys.resonance) {
            return k.p();
        }
        double[] sum = new double[4];
        for (Parton p : sys.restOf(i)) {
            sum = Vectors.add(sum, p.p());
        }
        return sum;
    }

    private void trialsFinal(
            ShowerSystem sys,
            Parton i,
            Parton k,
            boolean colourSide,
            double tNow,
            SplittableRandom rng,
            EvolutionTrial best) {
        double[] pk = recoilerMomentum(sys, i, k);
        double[] pi = i.p();
        double s = Vectors.m2(Vectors.add(pi, pk));
        double mk = Math.sqrt(Math.max(0, Vectors.m2(pk)));
        double rs = Math.sqrt(Math.max(0, s));
        if (rs <= i.mass + mk) {
            return;
        }
        if (i.isGluon()) {
            double q2max = (rs - mk) * (rs - mk);
            trialFinal(i, k, colourSide, G_GG, CA, q2max, tNow, rng, best);
            // The open g → q q̄ flavours share one trial with their summed overestimate (they have
            // the same one each); the flavour is drawn uniformly when the trial is accepted.
            int open = 0;
            while (open < splitMass.length && q2max > 4 * splitMass[open] * splitMass[open]) {
                open++;
            }
            if (open > 0
                    && trialFinal(
                            i, k, colourSide, G_QQ, 0.75 * TR * open, q2max, tNow, rng, best)) {
                best.flavours = open;
            }
        } else if (Math.abs(i.id) <= 6) {
            double q2max = (rs - mk) * (rs - mk) - i.mass * i.mass;
            trialFinal(i, k, colourSide, Q_QG, 2 * CF, q2max, tNow, rng, best);
        }
    }

    /** Draws one trial; true when it is the best so far (then stored in {@code best}). */
    private boolean trialFinal(
            Parton i,
            Parton k,
            boolean colourSide,
            int channel,
            double aOver,
            double q2max,
            double tNow,
            SplittableRandom rng,
            EvolutionTrial best) {
        double tMax = Math.min(tNow, q2max / 4);
        if (tMax <= tCutF) {
            return false;
        }
        double eps = tCutF / q2max;
        double zInt = channel >= G_QQ ? 1 - 2 * eps : Math.log((1 - eps) / eps);
        double coef = alphaMaxF / TWO_PI * aOver * zInt;
        double t = tMax * Math.pow(rng.nextDouble(), 1 / coef);
        if (t > best.t && t > tCutF) {
            best.t = t;
            best.i = i;
            best.k = k;
            best.colourSide = colourSide;
            best.channel = channel;
            best.aOver = aOver;
            best.epsilon = eps;
            return true;
        }
        return false;
    }

    private void acceptFinal(ShowerSystem sys, EvolutionTrial tr, SplittableRandom rng) {
        Parton i = tr.i;
        double eps = tr.epsilon;
        double z;
        double overZ;
        if (tr.channel >= G_QQ) {
            tr.channel = G_QQ + rng.nextInt(tr.flavours);
            z = eps + (1 - 2 * eps) * rng.nextDouble();
            overZ = tr.aOver / tr.flavours;
        } else {
            double u = eps * Math.pow((1 - eps) / eps, rng.nextDouble());
            z = 1 - u;
            overZ = tr.aOver / u;
        }
        double q2 = tr.t / (z * (1 - z));
        double[] pk = recoilerMomentum(sys, i, tr.k);
        double[] pi = i.p();
        double s = Vectors.m2(Vectors.add(pi, pk));
        double mk2 = Math.max(0, Vectors.m2(pk));
        double mi;
        double mj;
        double mij2;
        double kernel;
        double y;
        if (tr.channel == Q_QG || tr.channel == G_GG) {
            mi = i.mass;
            mj = 0;
            mij2 = mi * mi + q2;
            y = q2 / (s - mi * mi - mk2);
            double soft = 1 / (1 - z * (1 - y));
            kernel =
                    tr.channel == Q_QG
                            ? CF * (2 * soft - (1 + z) - 2 * mi * mi / q2)
                            : CA * (soft - 1 + z * (1 - z) / 2);
        } else {
            double m = splitMass[tr.channel - G_QQ];
            mi = m;
            mj = m;
            mij2 = q2;
            if (mij2 <= 4 * m * m) {
                return;
            }
            y = (mij2 - 2 * m * m) / (s - 2 * m * m - mk2);
            kernel = 0.5 * TR * (1 - 2 * z * (1 - z) + 2 * m * m / mij2);
        }
        if (!(y > 0 && y < 1)) {
            return;
        }
        double weight = alphaS.value(tr.t) / alphaMaxF * (1 - y) * kernel / overZ;
        if (weight <= 0) {
            return;
        }
        double phi = TWO_PI * rng.nextDouble();
        double[][] out = FinalStateBranching.branch(pi, pk, mij2, z, mi, mj, phi);
        if (out == null) {
            return;
        }
        if (!sys.emitted && par.meCorrections()) {
            double r = MatrixElementCorrections.decayToQuarkPair(sys, i, tr.k, out);
            if (!Double.isNaN(r)) {
                weight *= r;
            }
        }
        if (rng.nextDouble() >= weight) {
            return;
        }
        sys.emitted = true;
        state.branchings.recordFinalBranching(sys, tr.i, tr.k, tr.colourSide, tr.channel, out);
    }

    // ----- initial state -----------------------------------------------------------------

    private void trialsInitial(
            Parton a,
            Parton b,
            double tNow,
            boolean power,
            SplittableRandom rng,
            EvolutionTrial best) {
        double xa = state.momentumFraction(a);
        double sHat = 2 * Vectors.dot(a.p(), b.p());
        // v < 1 − x with v = t x/((1 − x) ŝ) bounds t by (1 − x_a)² ŝ/x_a: the power shower's limit
        double tMax = Math.min(tNow, power ? sHat * (1 - xa) * (1 - xa) / xa : sHat);
        if (tMax <= tCutI || xa >= 1) {
            return;
        }
        double eps = Math.sqrt(tCutI * xa / sHat);
        if (1 - eps <= xa) {
            return;
        }
        // no PDF here: the acceptance evaluates it (and vetoes where it is ≤ 0), which keeps the
        // PDF interpolation, the cost of pp showers, out of every trial
        if (a.isGluon()) {
            double gg = ratioBounds.of(a, PdfRatioBounds.SAME, xa);
            trialInitial(a, b, I_GG, 2 * CA * 1.5 * gg, xa, eps, 1, tMax, rng, best);
            trialInitial(a, b, I_GG_SMALL_X, 2 * CA * 1.5 * gg, xa, eps, 0, tMax, rng, best);
            double gq = ratioBounds.of(a, PdfRatioBounds.QUARKS, xa);
            trialInitial(a, b, I_GQ, 2 * CF * gq, xa, eps, 0, tMax, rng, best);
        } else {
            double qq = ratioBounds.of(a, PdfRatioBounds.SAME, xa);
            trialInitial(a, b, I_QQ, 2 * CF * qq, xa, eps, 1, tMax, rng, best);
            double qg = ratioBounds.of(a, PdfRatioBounds.GLUON, xa);
            trialInitial(a, b, I_QG, TR * qg, xa, eps, 0, tMax, rng, best);
        }
    }

    /**
     * One initial-state trial with overestimate aOver/(1−x) (soft) or aOver/x (flat in ln x) over x
     * ∈ [x_a, 1−ε].
     */
    private void trialInitial(
            Parton a,
            Parton b,
            int channel,
            double aOver,
            double xa,
            double eps,
            int soft,
            double tMax,
            SplittableRandom rng,
            EvolutionTrial best) {
        double zInt = soft == 1 ? Math.log((1 - xa) / eps) : Math.log((1 - eps) / xa);
        double coef = alphaMaxI / TWO_PI * aOver * zInt;
        double t = tMax * Math.pow(rng.nextDouble(), 1 / coef);
        if (t > best.t && t > tCutI) {
            best.t = t;
            best.i = a;
            best.k = b;
            best.channel = channel;
            best.aOver = aOver;
            best.epsilon = eps;
            best.extra = xa;
        }
    }

    private void acceptInitial(ShowerSystem sys, EvolutionTrial tr, SplittableRandom rng) {
        Parton a = tr.i;
        double xa = tr.extra;
        double eps = tr.epsilon;
        boolean soft = tr.channel == I_QQ || tr.channel == I_GG;
        // the g <- g kernel's 1/(1-x) and 1/x halves are sampled as two channels
        double x;
        double overX;
        if (soft) {
            double u = eps * Math.pow((1 - xa) / eps, rng.nextDouble());
            x = 1 - u;
            overX = tr.aOver / u;
        } else {
            x = xa * Math.pow((1 - eps) / xa, rng.nextDouble());
            overX = tr.aOver / x;
        }
        double sHat = 2 * Vectors.dot(a.p(), tr.k.p());
        double v = tr.t * x / ((1 - x) * sHat);
        if (!(v < 1 - x)) {
            return;
        }
        double mu = Math.max(Math.sqrt(tr.t), pdf.qMin());
        double fa = pdf.xf(a, a.id, xa, mu);
        if (!(fa > 0)) {
            return;
        }
        double xNew = xa / x;
        int newId;
        int emittedId;
        double kernel;
        double fb;
        switch (tr.channel) {
            case I_QQ -> {
                newId = a.id;
                emittedId = 21;
                kernel = CF * (2 / (1 - x) - (1 + x));
                fb = pdf.xf(a, newId, xNew, mu);
            }
            case I_QG -> {
                newId = 21;
                emittedId = -a.id;
                kernel = TR * (1 - 2 * x * (1 - x));
                fb = pdf.xf(a, 21, xNew, mu);
            }
            case I_GG -> {
                newId = 21;
                emittedId = 21;
                kernel = 2 * CA * (x / (1 - x) + x * (1 - x) / 2);
                fb = pdf.xf(a, 21, xNew, mu);
            }
            case I_GG_SMALL_X -> {
                newId = 21;
                emittedId = 21;
                kernel = 2 * CA * ((1 - x) / x + x * (1 - x) / 2);
                fb = pdf.xf(a, 21, xNew, mu);
            }
            default -> {
                double[] f = new double[10];
                double sum = 0;
                for (int q = 1; q <= 5; q++) {
                    f[2 * q - 2] = Math.max(0, pdf.xf(a, q, xNew, mu));
                    f[2 * q - 1] = Math.max(0, pdf.xf(a, -q, xNew, mu));
                    sum += f[2 * q - 2] + f[2 * q - 1];
                }
                if (!(sum > 0)) {
                    return;
                }
                double r = rng.nextDouble() * sum;
                int pick = 0;
                while (pick < 9 && r >= f[pick]) {
                    r -= f[pick];
                    pick++;
                }
                int flavour = pick / 2 + 1;
                newId = pick % 2 == 0 ? flavour : -flavour;
                emittedId = newId;
                kernel = CF * (1 + (1 - x) * (1 - x)) / x;
                fb = sum;
            }
        }
        if (!(fb > 0)) {
            return;
        }
        double weight = alphaS.value(tr.t) / alphaMaxI * kernel * (fb / fa) / overX;
        if (rng.nextDouble() >= weight) {
            return;
        }
        InitialStateBranching br =
                InitialStateBranching.branch(a.p(), tr.k.p(), x, v, TWO_PI * rng.nextDouble());
        if (br == null) {
            return;
        }
        if (!sys.emitted && par.meCorrections()) {
            double r = 1;
            if (SingletProduction.fromQuarkPair(sys)) {
                r =
                        MatrixElementCorrections.quarkPairToSinglet(
                                tr.channel == I_QQ, sHat, br.newA, tr.k.p(), br.emitted);
            } else if (SingletProduction.fromGluonPair(sys)) {
                r =
                        MatrixElementCorrections.gluonPairToScalar(
                                tr.channel != I_GQ, sHat, br.newA, tr.k.p(), br.emitted);
            }
            if (rng.nextDouble() >= r) {
                return;
            }
        }
        sys.emitted = true;
        // the emission joins the colour line on a quark's one side, a gluon's side at random
        boolean colourSide = a.isGluon() ? rng.nextBoolean() : a.outColour() != 0;
        state.branchings.recordInitialBranching(sys, a, colourSide, newId, emittedId, br);
    }
}
