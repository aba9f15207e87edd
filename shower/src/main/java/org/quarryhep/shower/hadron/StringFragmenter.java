package org.quarryhep.shower.hadron;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.shower.decay.ParticleDataTable;
import org.quarryhep.shower.decay.PhaseSpace;

/**
 * Lund fragmentation of one straight string piece between a colour end (quark or antidiquark) and
 * an anticolour end (antiquark or diquark), in the piece's rest frame (B. Andersson et al., Phys.
 * Rept. 97 (1983) 31; the iterative algorithm of the Pythia 6.4 manual, hep-ph/0603175 §12.1).
 *
 * <p>Hadrons are split off both ends at random; each takes a fraction z of the remaining light-cone
 * momentum of its side, drawn from the Lund symmetric function f(z) ∝ z^(−1 − r_Q b m_Q²) (1 − z)ᵃ
 * exp(−b m_T²/z) (Bowler's factor for a c or b end), with Gaussian transverse momenta of the new
 * pairs. Below a stop mass the last two hadrons share the rest of the string exactly, so
 * four-momentum is conserved. A string that cannot be finished is fragmented afresh.
 */
final class StringFragmenter {
    private static final int MAX_ATTEMPTS = 50;
    private static final int MAX_FLAVOUR_TRIES = 50;

    private final HadronizationParameters p;
    private final Flavours flavours;
    private final ParticleDataTable table;

    StringFragmenter(HadronizationParameters p, Flavours flavours, ParticleDataTable table) {
        this.p = p;
        this.flavours = flavours;
        this.table = table;
    }

    /**
     * Hadrons (status 1, lab frame) of the string between {@code colourEnd} (momentum {@code pc})
     * and {@code anticolourEnd} ({@code pa}), or null when no hadron pair fits.
     */
    List<Particle> fragment(
            int colourEnd,
            FourMomentum pc,
            int anticolourEnd,
            FourMomentum pa,
            SplittableRandom rng) {
        FourMomentum total = pc.plus(pa);
        double w = total.mass();
        Frame frame = new Frame(total, pc);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<Particle> hadrons = attempt(colourEnd, anticolourEnd, w, rng);
            if (hadrons != null) {
                List<Particle> lab = new ArrayList<>(hadrons.size());
                for (Particle h : hadrons) {
                    lab.add(h.withMomentum(frame.toLab(h.momentum())));
                }
                return lab;
            }
        }
        return null;
    }

    /** One try in the string rest frame, the colour end along +z; null when it cannot finish. */
    private List<Particle> attempt(int plusEnd, int minusEnd, double w, SplittableRandom rng) {
        List<Particle> out = new ArrayList<>();
        FourMomentum rest = new FourMomentum(0, 0, 0, w);
        int[] end = {plusEnd, minusEnd};
        double[][] endPt = {{0, 0}, {0, 0}};
        while (true) {
            double stop =
                    (endMass(end[0]) + endMass(end[1]) + p.stopMass())
                            * (1 + p.stopSmear() * (2 * rng.nextDouble() - 1));
            if (rest.m2() < stop * stop) {
                break;
            }
            int side = rng.nextDouble() < 0.5 ? 0 : 1;
            int partner = 0;
            int id = 0;
            for (int k = 0; k < MAX_FLAVOUR_TRIES && id == 0; k++) {
                partner = flavours.partner(end[side], rng);
                id = flavours.hadron(end[side], partner, rng);
            }
            if (id == 0) {
                return null;
            }
            double m = table.sampleMass(id, w, rng);
            double kx = p.sigmaPt() / Math.sqrt(2) * rng.nextGaussian();
            double ky = p.sigmaPt() / Math.sqrt(2) * rng.nextGaussian();
            double hx = endPt[side][0] - kx;
            double hy = endPt[side][1] - ky;
            double mt2 = m * m + hx * hx + hy * hy;
            double z = sampleZ(heavyFlavour(end[side]), mt2, rng);
            double lcRest = side == 0 ? rest.e() + rest.pz() : rest.e() - rest.pz();
            double lcOwn = z * lcRest;
            double lcOther = mt2 / lcOwn;
            double pz = side == 0 ? 0.5 * (lcOwn - lcOther) : 0.5 * (lcOther - lcOwn);
            FourMomentum h = new FourMomentum(hx, hy, pz, 0.5 * (lcOwn + lcOther));
            FourMomentum after = rest.minus(h);
            double ends = endMass(end[1 - side]) + endMass(-partner);
            if (!(after.e() > 0 && after.m2() > ends * ends)) {
                break;
            }
            out.add(Particle.of(id, 1, h));
            rest = after;
            end[side] = -partner;
            endPt[side][0] = kx;
            endPt[side][1] = ky;
        }
        return finalTwo(out, rest, end, rng) ? out : null;
    }

    /** The last two hadrons, sharing what is left of the string; false when none fit. */
    private boolean finalTwo(
            List<Particle> out, FourMomentum rest, int[] end, SplittableRandom rng) {
        double wRest = rest.mass();
        for (int k = 0; k < MAX_FLAVOUR_TRIES; k++) {
            int partner = flavours.partner(end[0], rng);
            int id1 = flavours.hadron(end[0], partner, rng);
            int id2 = flavours.hadron(-partner, end[1], rng);
            if (id1 == 0 || id2 == 0) {
                continue;
            }
            double m1 = table.sampleMass(id1, wRest, rng);
            double m2 = table.sampleMass(id2, wRest, rng);
            if (!(m1 + m2 < wRest)) {
                continue;
            }
            double q = PhaseSpace.twoBodyMomentum(wRest, m1, m2);
            // Transverse momentum of the last break, within the momentum available.
            double kx = 0;
            double ky = 0;
            for (int t = 0; t < 10; t++) {
                kx = p.sigmaPt() / Math.sqrt(2) * rng.nextGaussian();
                ky = p.sigmaPt() / Math.sqrt(2) * rng.nextGaussian();
                if (kx * kx + ky * ky < q * q) {
                    break;
                }
                kx = 0;
                ky = 0;
            }
            double pl = Math.sqrt(q * q - kx * kx - ky * ky);
            double[] b = rest.boostVector();
            FourMomentum h1 = FourMomentum.ofPxPyPzM(kx, ky, pl, m1).boost(b[0], b[1], b[2]);
            FourMomentum h2 = rest.minus(h1);
            out.add(Particle.of(id1, 1, h1));
            out.add(Particle.of(id2, 1, FourMomentum.ofPxPyPzE(h2.px(), h2.py(), h2.pz(), h2.e())));
            return true;
        }
        return false;
    }

    /** z from the Lund symmetric function (with Bowler's factor), by rejection. */
    double sampleZ(int heavy, double mt2, SplittableRandom rng) {
        double a = p.lundA();
        double bm = p.lundB() * mt2;
        double c = 1;
        if (heavy == 4) {
            c += p.rFactC() * p.lundB() * endMass(4) * endMass(4);
        } else if (heavy == 5) {
            c += p.rFactB() * p.lundB() * endMass(5) * endMass(5);
        }
        double zMax = peak(a, bm, c);
        double logMax = logF(zMax, a, bm, c);
        while (true) {
            double z = rng.nextDouble();
            if (z <= 0) {
                continue;
            }
            if (Math.log(rng.nextDouble()) <= logF(z, a, bm, c) - logMax) {
                return z;
            }
        }
    }

    /** The maximum of z^(−c) (1 − z)ᵃ exp(−bm/z) on (0, 1): a root of (c−a)z² − (c+bm)z + bm. */
    static double peak(double a, double bm, double c) {
        if (a == 0) {
            return Math.min(1, bm / c);
        }
        double qa = c - a;
        double qb = -(c + bm);
        if (Math.abs(qa) < 1e-12) {
            return bm / (c + bm);
        }
        double disc = Math.sqrt(qb * qb - 4 * qa * bm);
        double r1 = (-qb - disc) / (2 * qa);
        double r2 = (-qb + disc) / (2 * qa);
        return r1 > 0 && r1 < 1 ? r1 : r2;
    }

    static double logF(double z, double a, double bm, double c) {
        double lf = -c * Math.log(z) - bm / z;
        return a == 0 ? lf : lf + a * Math.log(1 - z);
    }

    /** The c or b flavour of an end (4 or 5), else 0. */
    private static int heavyFlavour(int f) {
        int a = Math.abs(f);
        return a == 4 || a == 5 ? a : 0;
    }

    /** Constituent mass of an end flavour (quark or diquark), GeV. */
    double endMass(int f) {
        return table.mass(f);
    }

    /** The string rest frame with the colour end along +z, and the way back to the lab. */
    private static final class Frame {
        private final double[] beta;
        private final double[] ex;
        private final double[] ey;
        private final double[] ez;

        Frame(FourMomentum total, FourMomentum colourEnd) {
            beta = total.boostVector();
            FourMomentum c = colourEnd.boost(-beta[0], -beta[1], -beta[2]);
            double n = c.p();
            ez = n > 0 ? new double[] {c.px() / n, c.py() / n, c.pz() / n} : new double[] {0, 0, 1};
            double[] t = Math.abs(ez[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
            double d = t[0] * ez[0] + t[1] * ez[1] + t[2] * ez[2];
            ex = new double[] {t[0] - d * ez[0], t[1] - d * ez[1], t[2] - d * ez[2]};
            double nx = Math.sqrt(ex[0] * ex[0] + ex[1] * ex[1] + ex[2] * ex[2]);
            for (int i = 0; i < 3; i++) {
                ex[i] /= nx;
            }
            ey =
                    new double[] {
                        ez[1] * ex[2] - ez[2] * ex[1],
                        ez[2] * ex[0] - ez[0] * ex[2],
                        ez[0] * ex[1] - ez[1] * ex[0]
                    };
        }

        FourMomentum toLab(FourMomentum k) {
            double x = k.px() * ex[0] + k.py() * ey[0] + k.pz() * ez[0];
            double y = k.px() * ex[1] + k.py() * ey[1] + k.pz() * ez[1];
            double z = k.px() * ex[2] + k.py() * ey[2] + k.pz() * ez[2];
            return new FourMomentum(x, y, z, k.e()).boost(beta[0], beta[1], beta[2]);
        }
    }
}
