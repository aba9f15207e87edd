package org.quarryhep.shower.parton;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.Particle;

/**
 * Beam remnants of (anti)protons: what is left of the beam once the showered incoming parton is
 * taken out, with colours that close every colour line (a valence quark leaves a diquark; a gluon a
 * quark and a diquark; a sea (anti)quark its partner, a quark and a diquark in a singlet), and
 * primordial k⊥ given to each incoming parton and balanced by its remnant.
 *
 * <p>Kinematics: each remnant system gets the mass Σ m_i of its constituent masses and moves with
 * its constituents at rest relative to each other; the light-cone fractions of the two incoming
 * partons are solved so that the final state keeps its invariant mass and rapidity while taking the
 * k⊥ (the final state is moved by one Lorentz transformation), so four-momentum is conserved
 * exactly.
 */
final class BeamRemnants {
    private static final double PROTON_MASS = 0.93827;

    private final ShowerEventState state;
    private final InitialStateDensities pdf;
    private final double kt;

    BeamRemnants(ShowerEventState state, InitialStateDensities pdf, double primordialKt) {
        this.state = state;
        this.pdf = pdf;
        this.kt = primordialKt;
    }

    /** A remnant constituent: id, colour, anticolour, constituent mass. */
    private record Piece(int id, int col, int acol, double mass) {}

    void attach(SplittableRandom rng, double valenceScale) {
        List<List<Piece>> pieces = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            Parton a = state.incoming(side);
            if (!state.hadronBeam(side)) {
                state.record.entry(a.entry).status = ShowerRecord.BEAM;
                pieces.add(null);
                continue;
            }
            pieces.add(remnant(side, a, rng, valenceScale));
        }
        if (pieces.get(0) == null && pieces.get(1) == null) {
            return;
        }
        if (pieces.get(0) == null || pieces.get(1) == null) {
            throw new InvalidPartonEventException(
                    "a lepton-hadron collision: beam remnants need two hadron beams");
        }
        double[][] k = new double[2][2];
        for (int side = 0; side < 2; side++) {
            double sigma = kt / Math.sqrt(2);
            k[side][0] = sigma * gauss(rng);
            k[side][1] = sigma * gauss(rng);
        }
        double[] m = {mass(pieces.get(0)), mass(pieces.get(1))};
        double[][] solved = solve(k, m);
        if (solved == null) {
            solved = solve(new double[2][2], m);
        }
        if (solved == null) {
            throw new InvalidPartonEventException(
                    "no room for the beam remnants: incoming momentum fractions "
                            + state.momentumFraction(state.incoming(0))
                            + ", "
                            + state.momentumFraction(state.incoming(1)));
        }
        double[] pOld = Vectors.add(state.incoming(0).p(), state.incoming(1).p());
        double[] pNew = Vectors.add(solved[0], solved[1]);
        state.record.transformOutgoing(p -> Vectors.fromRest(Vectors.toRest(p, pOld), pNew));
        for (int side = 0; side < 2; side++) {
            Parton a = state.incoming(side);
            double[] beam = beamMomentum(side);
            double[] aNew = solved[side];
            state.record.entry(a.entry).p = aNew;
            double[] rem = Vectors.sub(beam, aNew);
            int beamEntry =
                    state.record.add(
                            new ShowerRecord.Entry(
                                    state.beamIdOfSide(side),
                                    ShowerRecord.BEAM,
                                    beam,
                                    PROTON_MASS,
                                    0,
                                    0,
                                    9,
                                    0));
            state.record.entry(beamEntry).incomingSide = true;
            List<Integer> out = new ArrayList<>();
            out.add(a.entry);
            for (Piece pc : pieces.get(side)) {
                double[] p = Vectors.scale(rem, pc.mass() / m[side]);
                ShowerRecord.Entry e =
                        new ShowerRecord.Entry(
                                pc.id(),
                                Particle.FINAL_STATE,
                                p,
                                pc.mass(),
                                pc.col(),
                                pc.acol(),
                                9,
                                0);
                out.add(state.record.add(e));
            }
            state.record.vertex(
                    new int[] {beamEntry}, out.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private static double gauss(SplittableRandom rng) {
        double u = rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    private static double mass(List<Piece> ps) {
        double m = 0;
        for (Piece p : ps) {
            m += p.mass();
        }
        return m;
    }

    private double[] beamMomentum(int side) {
        double e = state.beamEnergy(side);
        double p = Math.sqrt(Math.max(0, e * e - PROTON_MASS * PROTON_MASS));
        return new double[] {0, 0, side == 0 ? p : -p, e};
    }

    /**
     * The new incoming momenta {a′, b′} with transverse momenta k and remnant masses m, or null
     * when the remnants do not fit.
     */
    private double[][] solve(double[][] k, double[] m) {
        double[] a = state.incoming(0).p();
        double[] b = state.incoming(1).p();
        double[] p = Vectors.add(a, b);
        double sHat = Vectors.m2(p);
        double y = 0.5 * Math.log((p[3] + p[2]) / (p[3] - p[2]));
        double ktx = k[0][0] + k[1][0];
        double kty = k[0][1] + k[1][1];
        double mt = Math.sqrt(sHat + ktx * ktx + kty * kty);
        double targetPlus = mt * Math.exp(y);
        double targetMinus = mt * Math.exp(-y);
        double[] beamA = beamMomentum(0);
        double[] beamB = beamMomentum(1);
        double aPlus = beamA[3] + beamA[2];
        double aMinus = beamA[3] - beamA[2];
        double bPlus = beamB[3] + beamB[2];
        double bMinus = beamB[3] - beamB[2];
        double ka2 = k[0][0] * k[0][0] + k[0][1] * k[0][1];
        double kb2 = k[1][0] * k[1][0] + k[1][1] * k[1][1];
        double xa = (a[3] + a[2]) / aPlus;
        double xb = (b[3] - b[2]) / bMinus;
        for (int it = 0; it < 50; it++) {
            if (!(xa > 0 && xa < 1 && xb > 0 && xb < 1)) {
                return null;
            }
            double rbPlus = (m[1] * m[1] + kb2) / ((1 - xb) * bMinus);
            double raMinus = (m[0] * m[0] + ka2) / ((1 - xa) * aPlus);
            double nxa = (targetPlus - bPlus + rbPlus) / aPlus;
            double nxb = (targetMinus - aMinus + raMinus) / bMinus;
            boolean done = Math.abs(nxa - xa) < 1e-15 && Math.abs(nxb - xb) < 1e-15;
            xa = nxa;
            xb = nxb;
            if (done) {
                break;
            }
        }
        if (!(xa > 0 && xa < 1 && xb > 0 && xb < 1)) {
            return null;
        }
        double raMinus = (m[0] * m[0] + ka2) / ((1 - xa) * aPlus);
        double rbPlus = (m[1] * m[1] + kb2) / ((1 - xb) * bMinus);
        double ap = xa * aPlus;
        double am = aMinus - raMinus;
        double bm = xb * bMinus;
        double bp = bPlus - rbPlus;
        double[] na = {k[0][0], k[0][1], 0.5 * (ap - am), 0.5 * (ap + am)};
        double[] nb = {k[1][0], k[1][1], 0.5 * (bp - bm), 0.5 * (bp + bm)};
        return new double[][] {na, nb};
    }

    private List<Piece> remnant(int side, Parton a, SplittableRandom rng, double valenceScale) {
        boolean anti = state.beamIdOfSide(side) < 0;
        int id = anti && a.id != 21 ? -a.id : a.id;
        int col = anti ? a.acol : a.col;
        int acol = anti ? a.col : a.acol;
        List<Piece> out = new ArrayList<>();
        if (id == 21) {
            out.add(new Piece(2, acol, 0, constituentMass(2)));
            out.add(new Piece(2101, 0, col, constituentMass(2101)));
        } else if ((id == 1 || id == 2) && isValence(a, id, rng, valenceScale)) {
            int diquark = id == 2 ? 2101 : 2203;
            out.add(new Piece(diquark, 0, col, constituentMass(diquark)));
        } else {
            int n = state.newColourTag();
            out.add(
                    id > 0
                            ? new Piece(-id, 0, col, constituentMass(id))
                            : new Piece(-id, acol, 0, constituentMass(id)));
            out.add(new Piece(2, n, 0, constituentMass(2)));
            out.add(new Piece(2101, 0, n, constituentMass(2101)));
        }
        if (!anti) {
            return out;
        }
        List<Piece> conj = new ArrayList<>();
        for (Piece p : out) {
            conj.add(new Piece(-p.id(), p.acol(), p.col(), p.mass()));
        }
        return conj;
    }

    private boolean isValence(Parton a, int id, SplittableRandom rng, double scale) {
        double x = state.momentumFraction(a);
        double q = pdf.xf(a, a.id, x, scale);
        double qbar = pdf.xf(a, -a.id, x, scale);
        return q > 0 && rng.nextDouble() < (q - qbar) / q;
    }

    /**
     * Constituent masses of remnant quarks and diquarks, GeV (the values Pythia 8's particle data
     * gives: u, d 0.33; s 0.5; c 1.5; b 4.8; ud₀ 0.5796; uu₁ 0.7713).
     */
    private static double constituentMass(int id) {
        return switch (Math.abs(id)) {
            case 1, 2 -> 0.33;
            case 3 -> 0.5;
            case 4 -> 1.5;
            case 5 -> 4.8;
            case 2101 -> 0.5796;
            case 2203 -> 0.7713;
            default -> throw new IllegalArgumentException("no constituent mass for " + id);
        };
    }
}
