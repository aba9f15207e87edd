package org.quarryhep.shower.parton;

import static org.quarryhep.shower.parton.SystemEvolution.CA;
import static org.quarryhep.shower.parton.SystemEvolution.CF;
import static org.quarryhep.shower.parton.SystemEvolution.FI_OFFSET;
import static org.quarryhep.shower.parton.SystemEvolution.G_GG;
import static org.quarryhep.shower.parton.SystemEvolution.G_QQ;
import static org.quarryhep.shower.parton.SystemEvolution.Q_QG;
import static org.quarryhep.shower.parton.SystemEvolution.TR;
import static org.quarryhep.shower.parton.SystemEvolution.TWO_PI;

import java.util.SplittableRandom;

/**
 * The final-state dipole ends of {@link SystemEvolution} whose colour partner is incoming: their
 * trials, the acceptance of the best one, and the Catani–Seymour final–initial momentum map.
 */
final class FinalInitialDipoles {
    private final ShowerAlphaS alphaS;
    private final InitialStateDensities pdf;
    private final PdfRatioBounds ratioBounds;
    private final ShowerEventState state;
    private final double tCutF;
    private final double alphaMaxF;
    private final double[] splitMass;

    FinalInitialDipoles(
            ShowerAlphaS alphaS,
            InitialStateDensities pdf,
            PdfRatioBounds ratioBounds,
            ShowerEventState state,
            double tCutF,
            double alphaMaxF,
            double[] splitMass) {
        this.alphaS = alphaS;
        this.pdf = pdf;
        this.ratioBounds = ratioBounds;
        this.state = state;
        this.tCutF = tCutF;
        this.alphaMaxF = alphaMaxF;
        this.splitMass = splitMass;
    }

    /**
     * A final-state parton whose colour partner is incoming (Catani–Seymour final–initial map): the
     * incoming parton takes the recoil, a → a/x, with Q² = 2p_i·p_j = (1−x)s̃/x, s̃ = 2p_i·p_a,
     * p⊥evol² = z(1−z)Q², dP = α_s/2π dp⊥²/p⊥² dz x V(z, x) x′f(x′)/xf(x). Massless radiators only.
     */
    void trials(
            Parton i,
            Parton a,
            boolean colourSide,
            double tNow,
            SplittableRandom rng,
            EvolutionTrial best) {
        if (i.mass > 0.5 || !state.hadronBeam(a.pz >= 0 ? 0 : 1)) {
            return;
        }
        double xa = state.momentumFraction(a);
        double sTilde = 2 * Vectors.dot(i.p(), a.p());
        double q2max = sTilde * (1 - xa) / xa;
        double tMax = Math.min(tNow, q2max / 4);
        if (tMax <= tCutF || !(xa < 1)) {
            return;
        }
        // the PDFs are evaluated (and a density ≤ 0 vetoed) on acceptance only
        double bound = ratioBounds.of(a, PdfRatioBounds.SAME, xa);
        double eps = tCutF / q2max;
        if (i.isGluon()) {
            trial(i, a, colourSide, G_GG, CA * bound, eps, tMax, rng, best);
            for (int f = 0; f < splitMass.length; f++) {
                if (splitMass[f] == 0) {
                    trial(i, a, colourSide, G_QQ + f, 0.5 * TR * bound, eps, tMax, rng, best);
                }
            }
        } else if (Math.abs(i.id) <= 6) {
            trial(i, a, colourSide, Q_QG, 2 * CF * bound, eps, tMax, rng, best);
        }
    }

    private void trial(
            Parton i,
            Parton a,
            boolean colourSide,
            int channel,
            double aOver,
            double eps,
            double tMax,
            SplittableRandom rng,
            EvolutionTrial best) {
        double zInt = channel >= G_QQ ? 1 - 2 * eps : Math.log((1 - eps) / eps);
        double coef = alphaMaxF / TWO_PI * aOver * zInt;
        double t = tMax * Math.pow(rng.nextDouble(), 1 / coef);
        if (t > best.t && t > tCutF) {
            best.t = t;
            best.i = i;
            best.k = a;
            best.colourSide = colourSide;
            best.channel = FI_OFFSET + channel;
            best.aOver = aOver;
            best.epsilon = eps;
        }
    }

    /** Accepts or vetoes the best trial when it is a final–initial one; applies it if accepted. */
    void accept(ShowerSystem sys, EvolutionTrial tr, SplittableRandom rng) {
        int channel = tr.channel - FI_OFFSET;
        Parton i = tr.i;
        Parton a = tr.k;
        double eps = tr.epsilon;
        double z;
        double overZ;
        if (channel >= G_QQ) {
            z = eps + (1 - 2 * eps) * rng.nextDouble();
            overZ = tr.aOver;
        } else {
            double u = eps * Math.pow((1 - eps) / eps, rng.nextDouble());
            z = 1 - u;
            overZ = tr.aOver / u;
        }
        double q2 = tr.t / (z * (1 - z));
        double sTilde = 2 * Vectors.dot(i.p(), a.p());
        double x = sTilde / (sTilde + q2);
        double xa = state.momentumFraction(a);
        if (!(xa / x < 1)) {
            return;
        }
        double soft = 1 / (1 - z + (1 - x));
        double kernel =
                switch (channel) {
                    case Q_QG -> CF * (2 * soft - (1 + z));
                    case G_GG -> CA * (soft - 1 + z * (1 - z) / 2);
                    default -> 0.5 * TR * (1 - 2 * z * (1 - z));
                };
        double mu = Math.max(Math.sqrt(tr.t), pdf.qMin());
        double fa = pdf.xf(a, a.id, xa, mu);
        double fNew = pdf.xf(a, a.id, xa / x, mu);
        if (!(fa > 0 && fNew > 0)) {
            return;
        }
        double weight = alphaS.value(tr.t) / alphaMaxF * x * kernel * (fNew / fa) / overZ;
        if (rng.nextDouble() >= weight) {
            return;
        }
        double[][] out = finalInitialKinematics(i.p(), a.p(), z, x, TWO_PI * rng.nextDouble());
        sys.emitted = true;
        state.recordFinalInitialBranching(sys, i, a, tr.colourSide, channel, out);
    }

    /** {i′, j, a′} of the final–initial map. */
    static double[][] finalInitialKinematics(
            double[] pi, double[] pa, double z, double x, double phi) {
        double sTilde = 2 * Vectors.dot(pi, pa);
        double kt = Math.sqrt(z * (1 - z) * (1 - x) / x * sTilde);
        double[] cm = Vectors.add(pi, pa);
        double[] ri = Vectors.toRest(pi, cm);
        double l = Math.sqrt(ri[0] * ri[0] + ri[1] * ri[1] + ri[2] * ri[2]);
        double[][] e = Vectors.perpendicular(new double[] {ri[0] / l, ri[1] / l, ri[2] / l});
        double c = kt * Math.cos(phi);
        double sn = kt * Math.sin(phi);
        double[] kRest = {
            c * e[0][0] + sn * e[1][0], c * e[0][1] + sn * e[1][1], c * e[0][2] + sn * e[1][2], 0
        };
        double[] kperp = Vectors.fromRest(kRest, cm);
        double[] aPart = Vectors.scale(pa, (1 - x) / x);
        double[] newI =
                Vectors.add(Vectors.add(Vectors.scale(pi, z), Vectors.scale(aPart, 1 - z)), kperp);
        double[] newJ =
                Vectors.sub(Vectors.add(Vectors.scale(pi, 1 - z), Vectors.scale(aPart, z)), kperp);
        return new double[][] {newI, newJ, Vectors.scale(pa, 1 / x)};
    }
}
