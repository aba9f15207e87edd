package org.quarryhep.shower.decay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.Position;
import org.quarryhep.shower.hadron.Hadronization;
import org.quarryhep.shower.hadron.HadronizationParameters;
import org.quarryhep.testkit.Tolerance;

/**
 * K_S⁰ decays: exponential decay length with c·τ = 26.84 mm (PDG 2024 mean life 0.8954e-10 s),
 * m(π⁺π⁻) = m(K⁰) = 497.611 MeV, isotropic in the K_S rest frame, π⁺π⁻ fraction 69.20 %.
 */
class KShortDecayTest {
    private static final double M_K = 0.497611;
    private static final double CTAU_MM = 26.84;

    @Test
    void decayLengthMassAndIsotropy() {
        ParticleDataTable table = ParticleDataTable.pdg2024();
        Decays decays =
                new Decays(
                        table,
                        DecayParameters.DEFAULTS,
                        new Hadronization(HadronizationParameters.DEFAULTS, table));
        double p = 5.0;
        // Flight direction (2, −1, 2)/3: not along an axis.
        double[] dir = {2.0 / 3, -1.0 / 3, 2.0 / 3};
        FourMomentum k = FourMomentum.ofPxPyPzM(p * dir[0], p * dir[1], p * dir[2], M_K);
        int n = 100_000;
        SplittableRandom rng = new SplittableRandom(7);
        double sumL = 0;
        int beyondTwoMeans = 0;
        int charged = 0;
        double sumCos = 0;
        double sumCos2 = 0;
        double betaGammaCtau = p / M_K * CTAU_MM;
        for (int i = 0; i < n; i++) {
            Event.Builder b = Event.builder();
            b.addParticle(Particle.of(310, 1, k));
            Event e = decays.decay(b.build(), rng);
            Particle ks = e.particle(0);
            assertEquals(2, ks.status());
            Position at = e.vertices().get(ks.endVertex()).position();
            double length = at.r();
            // The vertex lies on the flight line, with c·t = L·E/|p|.
            Tolerance.assertClose(length * k.e() / p, at.t(), 1e-12, 1e-12, "ct");
            Tolerance.assertClose(length * dir[0], at.x(), 1e-12, 1e-12, "x on flight line");
            sumL += length;
            if (length > 2 * betaGammaCtau) {
                beyondTwoMeans++;
            }
            int[] d = e.daughters(0);
            if (Math.abs(e.particle(d[0]).pdgId()) == 211) {
                charged++;
                FourMomentum pair = e.particle(d[0]).momentum().plus(e.particle(d[1]).momentum());
                Tolerance.assertClose(M_K, pair.mass(), 1e-9, 1e-9, "m(pi+pi-)");
                Particle plus =
                        e.particle(d[0]).pdgId() == 211 ? e.particle(d[0]) : e.particle(d[1]);
                FourMomentum rest = plus.momentum().inRestFrameOf(k);
                double cos =
                        (rest.px() * dir[0] + rest.py() * dir[1] + rest.pz() * dir[2]) / rest.p();
                sumCos += cos;
                sumCos2 += cos * cos;
            }
        }
        // Exponential: mean βγcτ (σ = mean/√n), P(L > 2 mean) = e⁻² (binomial σ).
        Tolerance.assertClose(betaGammaCtau, sumL / n, 4 / Math.sqrt(n), 0, "mean decay length");
        double tail = Math.exp(-2);
        Tolerance.assertClose(
                tail,
                beyondTwoMeans / (double) n,
                0,
                4 * Math.sqrt(tail * (1 - tail) / n),
                "P(L > 2 beta gamma c tau)");
        // Branching fraction π⁺π⁻ 69.20 % of (π⁺π⁻ + π⁰π⁰) 99.89 %.
        double br = 0.6920 / (0.6920 + 0.3069);
        Tolerance.assertClose(
                br, charged / (double) n, 0, 4 * Math.sqrt(br * (1 - br) / n), "BR(pi+pi-)");
        // Isotropy: ⟨cos θ⟩ = 0 (σ = 1/√(3n)), ⟨cos² θ⟩ = 1/3 (σ = √(4/45 / n)).
        Tolerance.assertClose(0, sumCos / charged, 0, 4 / Math.sqrt(3.0 * charged), "<cos>");
        Tolerance.assertClose(
                1.0 / 3, sumCos2 / charged, 0, 4 * Math.sqrt(4.0 / 45 / charged), "<cos^2>");
    }

    @Test
    void cascadeVerticesChainAlongFlightLines() {
        // Ξ⁻ → Λ π⁻, Λ → p π⁻: the Λ decay vertex lies on the Λ flight line from the Ξ decay
        // vertex, and the mean Λ flight (proper) length is c·τ_Λ = 78.9 mm (PDG 2024).
        ParticleDataTable table = ParticleDataTable.pdg2024();
        Decays decays =
                new Decays(
                        table,
                        DecayParameters.DEFAULTS,
                        new Hadronization(HadronizationParameters.DEFAULTS, table));
        SplittableRandom rng = new SplittableRandom(13);
        double sumProper = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Event.Builder b = Event.builder();
            b.addParticle(Particle.of(3312, 1, FourMomentum.ofPxPyPzM(1, 2, 3, 1.32171)));
            Event e = decays.decay(b.build(), rng);
            Position xi = e.vertices().get(e.particle(0).endVertex()).position();
            for (int d : e.daughters(0)) {
                Particle lambda = e.particle(d);
                if (lambda.pdgId() != 3122) {
                    continue;
                }
                assertEquals(2, lambda.status());
                Position end = e.vertices().get(lambda.endVertex()).position();
                FourMomentum p = lambda.momentum();
                double dx = end.x() - xi.x();
                double dy = end.y() - xi.y();
                double dz = end.z() - xi.z();
                double flight = Math.sqrt(dx * dx + dy * dy + dz * dz);
                Tolerance.assertClose(flight * p.px() / p.p(), dx, 1e-9, 1e-9, "on flight line");
                sumProper += flight * p.mass() / p.p();
            }
        }
        // Exponential proper length: σ of the mean = mean/√n.
        Tolerance.assertClose(78.9, sumProper / n, 4 / Math.sqrt(n), 0, "Lambda c tau");
    }
}
