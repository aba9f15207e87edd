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
     * A final-state parton whose colour partner is incoming (Catani–Seymour final–initial map, with
     * the radiator's mass as Catani, Dittmaier, Seymour and Trócsányi give it, hep-ph/0201036
     * §5.2): the incoming parton takes the recoil, a → a/x, with Q² = (p_i + p_j)² − m_i² =
     * (1−x)s̃/x, s̃ = 2p̃_i·p_a, p⊥evol² = z(1−z)Q², dP = α_s/2π dp⊥²/p⊥² dz x V(z, x)
     * x′f(x′)/xf(x). Massive radiators (c, b, and a top before its decay, whose usual partner in gg
     * → t t̄ is an incoming gluon) have the quasi-collinear mass term in V and the massive map.
     */
    void trials(
            Parton i,
            Parton a,
            boolean colourSide,
            double tNow,
            SplittableRandom rng,
            EvolutionTrial best) {
        if (!state.hadronBeam(a.pz >= 0 ? 0 : 1)) {
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
        double kernel = kernel(channel, z, x, q2, i.mass);
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
        double[][] out =
                finalInitialKinematics(i.p(), a.p(), z, x, i.mass, TWO_PI * rng.nextDouble());
        if (out == null) {
            return;
        }
        sys.emitted = true;
        state.branchings.recordFinalInitialBranching(sys, i, a, tr.colourSide, channel, out);
    }

    /**
     * The final–initial splitting kernel V(z, x) of a channel: the Catani–Seymour kernels (the soft
     * 1/(1 − z + 1 − x) partitions the eikonal between the dipole's two ends) with, for a quark of
     * mass m, the quasi-collinear term −2m²/Q² (hep-ph/0201036 eq. 5.50: −m²/p_i·p_j with 2p_i·p_j
     * = Q²) that makes the dead cone.
     *
     * @param channel {@code Q_QG}, {@code G_GG} or a {@code G_QQ} channel
     * @param z the radiator's light-cone fraction
     * @param x the incoming parton's momentum-fraction ratio
     * @param q2 Q² = (p_i + p_j)² − m²
     * @param mass the radiator's mass m
     */
    static double kernel(int channel, double z, double x, double q2, double mass) {
        double soft = 1 / (1 - z + (1 - x));
        return switch (channel) {
            case Q_QG -> CF * (2 * soft - (1 + z) - 2 * mass * mass / q2);
            case G_GG -> CA * (soft - 1 + z * (1 - z) / 2);
            default -> 0.5 * TR * (1 - 2 * z * (1 - z));
        };
    }

    /**
     * {i′, j, a′} of the final–initial map for a radiator of mass m (massless j and a): with n =
     * p_a, s̃ = 2p_i·n and the light-like l = p_i − (m²/s̃) n, the pair P = p_i + (1−x)/x n is
     * split as i′ = z l + (k⊥² + m²)/(z s̃) n + k⊥ and j = (1−z) l + k⊥²/((1−z) s̃) n − k⊥, k⊥ ⊥ l,
     * n with k⊥² = z(1−z)Q² − (1−z)²m², Q² = (1−x)s̃/x; a′ = n/x. Then i′ + j − a′ = p_i − p_a
     * exactly, i′² = m², z = i′·n/P·n. For m = 0 it is the massless Catani–Seymour map.
     *
     * @return the new momenta, or {@code null} when k⊥² ≤ 0 (outside phase space)
     */
    static double[][] finalInitialKinematics(
            double[] pi, double[] pa, double z, double x, double mass, double phi) {
        double sTilde = 2 * Vectors.dot(pi, pa);
        double m2 = mass * mass;
        double q2 = (1 - x) / x * sTilde;
        double kt2 = z * (1 - z) * q2 - (1 - z) * (1 - z) * m2;
        if (!(kt2 > 0)) {
            return null;
        }
        double kt = Math.sqrt(kt2);
        double[] l = Vectors.sub(pi, Vectors.scale(pa, m2 / sTilde));
        double[] cm = Vectors.add(l, pa);
        double[] rl = Vectors.toRest(l, cm);
        double norm = Math.sqrt(rl[0] * rl[0] + rl[1] * rl[1] + rl[2] * rl[2]);
        double[][] e =
                Vectors.perpendicular(new double[] {rl[0] / norm, rl[1] / norm, rl[2] / norm});
        double c = kt * Math.cos(phi);
        double sn = kt * Math.sin(phi);
        double[] kRest = {
            c * e[0][0] + sn * e[1][0], c * e[0][1] + sn * e[1][1], c * e[0][2] + sn * e[1][2], 0
        };
        double[] kperp = Vectors.fromRest(kRest, cm);
        double[] newI =
                Vectors.add(
                        Vectors.add(
                                Vectors.scale(l, z), Vectors.scale(pa, (kt2 + m2) / (z * sTilde))),
                        kperp);
        double[] newJ =
                Vectors.sub(
                        Vectors.add(
                                Vectors.scale(l, 1 - z),
                                Vectors.scale(pa, kt2 / ((1 - z) * sTilde))),
                        kperp);
        return new double[][] {newI, newJ, Vectors.scale(pa, 1 / x)};
    }
}
