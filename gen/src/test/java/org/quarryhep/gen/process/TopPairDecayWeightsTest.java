package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.gen.process.TopPairResonanceWeights.Pieces;
import org.quarryhep.gen.process.TopPairResonanceWeights.SpinWeights;
import org.quarryhep.gen.process.TopPairResonanceWeights.Theta;
import org.quarryhep.testkit.Tolerance;

/**
 * The decay-inclusive weights of {@link TopPairResonanceWeights} and the observables of {@link
 * DileptonSpinObservables} on hand-built records.
 *
 * <p>Why the mirror average is exact: a top decay enters the t t̄ |M|² through its decay matrix in
 * the top's spin space, which in the top rest frame is (n/2)(1 + σ·a) for one decay configuration,
 * with n = 8(p_t·ℓ⁺)(b·ν) the unpolarised |M|² and a the lepton direction (V−A, analysing power 1).
 * Reflecting the three daughters through the top rest frame keeps n and flips a, so the decay
 * matrices of a configuration and its mirror add to n·1: averaged over the four mirror combinations
 * of the two tops, every spin-correlated |M|² becomes Tr ρ_production · n_t n_t̄ — the statement
 * that the decay sum of the spin density matrix gives the unpolarised product, point by point. The
 * decay-inclusive pieces must therefore average to the production pieces to rounding.
 */
class TopPairDecayWeightsTest {
    private static final double MT = 173;
    private static final double MW = 80.419;

    /** The daughters {b, W, A, B} reflected through the rest frame of their parent t. */
    private static FourMomentum[] mirror(FourMomentum t, FourMomentum[] d) {
        double[] v = t.boostVector();
        FourMomentum[] out = new FourMomentum[d.length];
        for (int i = 0; i < d.length; i++) {
            FourMomentum r = d[i].inRestFrameOf(t);
            out[i] = new FourMomentum(-r.px(), -r.py(), -r.pz(), r.e()).boost(v[0], v[1], v[2]);
        }
        return out;
    }

    /** A random g g → t t̄ point in the lab with a longitudinal boost: {k1, k2, t, t̄}. */
    private static FourMomentum[] production(SplittableRandom r) {
        double rootS = 350 + 1200 * r.nextDouble();
        double cos = 2 * r.nextDouble() - 1;
        double phi = 2 * Math.PI * r.nextDouble();
        double boost = Math.tanh(2 * r.nextDouble() - 1);
        double p = Math.sqrt(rootS * rootS / 4 - MT * MT);
        double sin = Math.sqrt(1 - cos * cos);
        FourMomentum k1 = new FourMomentum(0, 0, rootS / 2, rootS / 2).boost(0, 0, boost);
        FourMomentum k2 = new FourMomentum(0, 0, -rootS / 2, rootS / 2).boost(0, 0, boost);
        FourMomentum t =
                new FourMomentum(
                                p * sin * Math.cos(phi),
                                p * sin * Math.sin(phi),
                                p * cos,
                                rootS / 2)
                        .boost(0, 0, boost);
        return new FourMomentum[] {k1, k2, t, k1.plus(k2).minus(t)};
    }

    /** A gen-style record: g g → t(→ b W⁺(→ ℓ⁺ ν)) t̄(→ b̄ W⁻(→ ℓ⁻ ν̄)). */
    private static Event event(FourMomentum[] k, FourMomentum[] d1, FourMomentum[] d2) {
        return event(21, k, d1, d2);
    }

    /** The same record with incoming partons {@code id}, {@code -id} (21: g g). */
    private static Event event(int id, FourMomentum[] k, FourMomentum[] d1, FourMomentum[] d2) {
        Event.Builder b = Event.builder().optNumber(7).optAlphaQcd(0.1);
        b.addParticle(Particle.of(id, -1, k[0]));
        b.addParticle(Particle.of(id == 21 ? 21 : -id, -1, k[1]));
        int t = b.addParticle(Particle.of(6, 2, k[2]).withMothers(0, 1));
        int tb = b.addParticle(Particle.of(-6, 2, k[3]).withMothers(0, 1));
        b.addParticle(Particle.of(5, 1, d1[0]).withMothers(t));
        int wp = b.addParticle(Particle.of(24, 2, d1[1]).withMothers(t));
        b.addParticle(Particle.of(-5, 1, d2[0]).withMothers(tb));
        int wm = b.addParticle(Particle.of(-24, 2, d2[1]).withMothers(tb));
        b.addParticle(Particle.of(-13, 1, d1[2]).withMothers(wp));
        b.addParticle(Particle.of(14, 1, d1[3]).withMothers(wp));
        b.addParticle(Particle.of(11, 1, d2[2]).withMothers(wm));
        b.addParticle(Particle.of(-12, 1, d2[3]).withMothers(wm));
        return b.build();
    }

    @Test
    void mirrorAveragedDecayInclusivePiecesAreTheProductionPieces() {
        TopPairResonanceWeights w = new TopPairResonanceWeights(Fixtures.lhc13(500, Map.of()));
        SplittableRandom r = new SplittableRandom(23);
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < 200; i++) {
            FourMomentum[] k = production(r);
            // Massless b: the spinor algebra of the weights treats the b as massless.
            FourMomentum[] d1 = Decays.top(k[2], MW, 0, r);
            FourMomentum[] d2 = Decays.top(k[3], MW, 0, r);
            Theta theta = new Theta(400 + 600 * r.nextDouble(), 1.5, i % 2 == 1, 30);
            Pieces production = w.pieces(theta, w.kinematics(event(k, d1, d2)));
            double[] sum = new double[3];
            for (FourMomentum[] a : new FourMomentum[][] {d1, mirror(k[2], d1)}) {
                for (FourMomentum[] b : new FourMomentum[][] {d2, mirror(k[3], d2)}) {
                    Event e = event(k, a, b);
                    Pieces p = w.decayedPieces(theta, e);
                    sum[0] += p.qcd() / 4;
                    sum[1] += p.signal() / 4;
                    sum[2] += p.interference() / 4;
                    SpinWeights s = w.spinWeights(e);
                    min = Math.min(min, Math.min(s.qcd(), Math.min(s.scalarEven(), s.scalarOdd())));
                    max = Math.max(max, Math.max(s.qcd(), Math.max(s.scalarEven(), s.scalarOdd())));
                }
            }
            String at = "point " + i;
            Tolerance.assertClose(production.qcd(), sum[0], 1e-11, 0, "qcd " + at);
            Tolerance.assertClose(production.signal(), sum[1], 1e-11, 0, "signal " + at);
            Tolerance.assertClose(
                    production.interference(), sum[2], 1e-11, 0, "interference " + at);
        }
        // Each configuration alone is far from the average: the weights are 1 − l̂₁·C·l̂₂ in
        // [0, 2] (unpolarised tops), and they reach both ends.
        assertTrue(min < 0.2 && max > 1.5, "spin weights span [" + min + ", " + max + "]");
        assertTrue(max <= TopPairAmplitude.BOUND, "bound " + max);
    }

    @Test
    void decayInclusiveTotalIsTheGeneratorsTotalSampleDecayDensity() {
        // Reweighting a total sample with decays is exact only if its denominator, the
        // decay-inclusive total over the production total, is the decay weight the generator
        // accepted the total sample's decays with (TopPairResonanceProcess.totalCorrelation,
        // written separately); across the resonance of a CP-even and a CP-odd S, where S + I
        // changes sign.
        Collider c = Fixtures.lhc13(500, Map.of());
        TopPairResonanceWeights w = new TopPairResonanceWeights(c);
        SplittableRandom r = new SplittableRandom(41);
        for (boolean cpOdd : new boolean[] {false, true}) {
            Theta theta = new Theta(500, 1.2, cpOdd, 25);
            TopPairResonanceProcess total =
                    new TopPairResonanceProcess(
                            500, 1.2, cpOdd, 25, TopPairResonanceProcess.TOTAL, 1);
            for (int i = 0; i < 100; i++) {
                FourMomentum[] k = production(r);
                FourMomentum[] d1 = Decays.top(k[2], MW, 4.7, r);
                FourMomentum[] d2 = Decays.top(k[3], MW, 4.7, r);
                Event e = event(k, d1, d2);
                Pieces production = w.pieces(theta, w.kinematics(e));
                double generator = total.totalCorrelation(k, 0.1, c).weight(d1, d2);
                Tolerance.assertClose(
                        generator,
                        w.decayedPieces(theta, e).total() / production.total(),
                        1e-10,
                        0,
                        "point " + i + ", cpOdd " + cpOdd);
            }
        }
    }

    @Test
    void observablesRecoverTheConstructedLeptonDirections() {
        // Leptons placed along chosen unit vectors in the t and t̄ rest frames (reached from the
        // t t̄ frame), the system then boosted along z: the helper must return the chosen
        // directions' products, and Δφ (invariant under the z boost) from atan2 of the
        // constructed lab momenta.
        SplittableRandom r = new SplittableRandom(31);
        for (int i = 0; i < 50; i++) {
            double rootS = 360 + 800 * r.nextDouble();
            double p = Math.sqrt(rootS * rootS / 4 - MT * MT);
            double[] k = randomUnit(r);
            double[] l1 = randomUnit(r);
            double[] l2 = randomUnit(r);
            FourMomentum t = new FourMomentum(p * k[0], p * k[1], p * k[2], rootS / 2);
            FourMomentum tb = new FourMomentum(-p * k[0], -p * k[1], -p * k[2], rootS / 2);
            double e1 = 20 + 50 * r.nextDouble();
            double e2 = 20 + 50 * r.nextDouble();
            double[] vt = t.boostVector();
            double[] vtb = tb.boostVector();
            FourMomentum lp =
                    new FourMomentum(e1 * l1[0], e1 * l1[1], e1 * l1[2], e1)
                            .boost(vt[0], vt[1], vt[2]);
            FourMomentum lm =
                    new FourMomentum(e2 * l2[0], e2 * l2[1], e2 * l2[2], e2)
                            .boost(vtb[0], vtb[1], vtb[2]);
            double bz = Math.tanh(3 * r.nextDouble() - 1.5);
            DileptonSpinObservables o =
                    DileptonSpinObservables.of(
                            t.boost(0, 0, bz),
                            tb.boost(0, 0, bz),
                            lp.boost(0, 0, bz),
                            lm.boost(0, 0, bz));
            double dphi = Math.abs(Math.atan2(lp.py(), lp.px()) - Math.atan2(lm.py(), lm.px()));
            dphi = dphi > Math.PI ? 2 * Math.PI - dphi : dphi;
            Tolerance.assertClose(dot(l1, l2), o.cosPhi(), 0, 1e-9, "cos phi");
            Tolerance.assertClose(dot(l1, k), o.c1(), 0, 1e-9, "c1");
            Tolerance.assertClose(-dot(l2, k), o.c2(), 0, 1e-9, "c2");
            Tolerance.assertClose(dphi, o.deltaPhiLab(), 0, 1e-9, "delta phi");
        }
    }

    @Test
    void observablesOfARecordAreThoseOfItsMomentaForAnyInitialState() {
        // The record reader must pick ℓ⁺ from the top's W⁺ and ℓ⁻ from the anti-top's W⁻, for
        // g g and q q̄ alike; the spin weights are g g only.
        SplittableRandom r = new SplittableRandom(5);
        FourMomentum[] k = production(r);
        FourMomentum[] d1 = Decays.top(k[2], MW, 4.7, r);
        FourMomentum[] d2 = Decays.top(k[3], MW, 4.7, r);
        DileptonSpinObservables expected = DileptonSpinObservables.of(k[2], k[3], d1[2], d2[2]);
        TopPairResonanceWeights w = new TopPairResonanceWeights(Fixtures.lhc13(500, Map.of()));
        for (int id : new int[] {21, 2}) {
            DileptonSpinObservables o = DileptonSpinObservables.of(event(id, k, d1, d2));
            Tolerance.assertClose(expected.cosPhi(), o.cosPhi(), 0, 1e-12, "cos phi " + id);
            Tolerance.assertClose(expected.c1c2(), o.c1c2(), 0, 1e-12, "c1 c2 " + id);
            Tolerance.assertClose(
                    expected.deltaPhiLab(), o.deltaPhiLab(), 0, 1e-12, "delta phi " + id);
        }
        InvalidParameterException x =
                assertThrows(
                        InvalidParameterException.class, () -> w.spinWeights(event(2, k, d1, d2)));
        assertTrue(x.getMessage().contains("incoming 2, expected g g"), x.getMessage());
    }

    @Test
    void recordsWithoutDecaysAreRejectedWithTheEventNumber() {
        FourMomentum[] k = production(new SplittableRandom(2));
        Event.Builder b = Event.builder().optNumber(42);
        b.addParticle(Particle.of(21, -1, k[0]));
        b.addParticle(Particle.of(21, -1, k[1]));
        b.addParticle(Particle.of(6, 1, k[2]).withMothers(0, 1));
        b.addParticle(Particle.of(-6, 1, k[3]).withMothers(0, 1));
        Event stable = b.build();
        TopPairResonanceWeights w = new TopPairResonanceWeights(Fixtures.lhc13(500, Map.of()));
        InvalidParameterException x =
                assertThrows(InvalidParameterException.class, () -> w.spinWeights(stable));
        assertTrue(x.getMessage().startsWith("event 42: not a decayed"), x.getMessage());
        assertThrows(InvalidParameterException.class, () -> DileptonSpinObservables.of(stable));
    }

    private static double[] randomUnit(SplittableRandom r) {
        double c = 2 * r.nextDouble() - 1;
        double s = Math.sqrt(1 - c * c);
        double phi = 2 * Math.PI * r.nextDouble();
        return new double[] {s * Math.cos(phi), s * Math.sin(phi), c};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
