package org.quarryhep.shower.decay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.shower.hadron.Hadronization;
import org.quarryhep.shower.hadron.HadronizationParameters;
import org.quarryhep.testkit.Tolerance;

/** Consistency of the decay table with conservation laws and with core's PDG table. */
class ParticleDataTableTest {
    private static final ParticleDataTable TABLE = ParticleDataTable.pdg2024();

    /** Baryon number × 3 from the PDG numbering scheme (quarks 1, diquarks 2, baryons 3). */
    private static int threeBaryon(int id) {
        int a = Math.abs(id);
        int sign = id > 0 ? 1 : -1;
        if (a <= 6) {
            return sign;
        }
        if (a > 1000 && a < 10000) {
            return sign * ((a / 10) % 10 == 0 ? 2 : 3);
        }
        return 0;
    }

    @Test
    void everyChannelConservesChargeAndBaryonNumber() {
        // Charges from core's PdgTable (the numbering scheme's quark content), independent of
        // this table.
        for (ParticleEntry e : TABLE.all()) {
            for (DecayChannel c : e.channels()) {
                int q = 0;
                int b = 0;
                for (int id : c.products()) {
                    q += PdgTable.threeCharge(id).orElseThrow();
                    b += threeBaryon(id);
                }
                assertEquals(
                        PdgTable.threeCharge(e.pdgId()).orElseThrow(),
                        q,
                        e.name() + " charge in " + c);
                assertEquals(threeBaryon(e.pdgId()), b, e.name() + " baryon number in " + c);
            }
        }
    }

    @Test
    void channelsAreOpenAndNormalised() {
        for (ParticleEntry e : TABLE.all()) {
            if (e.stable()) {
                continue;
            }
            double sum = 0;
            for (DecayChannel c : e.channels()) {
                sum += c.branchingRatio();
                double products = 0;
                for (int id : c.products()) {
                    products += TABLE.minMass(id);
                }
                assertTrue(
                        products < e.mass() || c.products().length == 1,
                        e.name() + ": channel " + c + " closed at the pole mass");
            }
            Tolerance.assertClose(1, sum, 1e-12, 0, e.name() + " branching ratios");
        }
    }

    @Test
    void massesAgreeWithCoreTable() {
        // core's PdgTable is an independent transcription of the PDG 2024 masses.
        for (ParticleEntry e : TABLE.all()) {
            var core = PdgTable.find(e.pdgId());
            if (core.isPresent()
                    && e.pdgId() > 6
                    && e.pdgId() != 21
                    && !e.stable()
                    && !Double.isNaN(core.get().mass())) {
                Tolerance.assertClose(core.get().mass(), e.mass(), 2e-4, 0, e.name());
            }
        }
        // Long-lived states: c·τ from the mean life, cτ = ħc/Γ consistent with core's widths.
        for (int id :
                new int[] {310, 3122, 3222, 3112, 3322, 3312, 3334, 411, 421, 431, 511, 521}) {
            double width = PdgTable.get(id).width();
            Tolerance.assertClose(
                    ParticleDataTable.HBARC_GEV_MM / width,
                    TABLE.get(id).ctauMm(),
                    0.01,
                    0,
                    PdgTable.name(id) + " c tau");
        }
    }

    @Test
    void everyUnstableParticleDecaysConservingMomentum() {
        Decays decays =
                new Decays(
                        TABLE,
                        DecayParameters.DEFAULTS,
                        new Hadronization(HadronizationParameters.DEFAULTS, TABLE));
        SplittableRandom rng = new SplittableRandom(1);
        for (ParticleEntry entry : TABLE.all()) {
            if (entry.stable() || entry.pdgId() < 100 && entry.pdgId() != 15) {
                continue;
            }
            for (int sign : new int[] {1, -1}) {
                int id = entry.selfConjugate() ? entry.pdgId() : sign * entry.pdgId();
                for (int k = 0; k < 200; k++) {
                    double m = entry.mass();
                    FourMomentum p = FourMomentum.ofPxPyPzM(1.0, -2.0, 3.0, m);
                    Event.Builder b = Event.builder();
                    b.addParticle(Particle.of(id, 1, p));
                    Event e = decays.decay(b.build(), rng);
                    FourMomentum sum = FourMomentum.ZERO;
                    int charge = 0;
                    for (Particle q : e.finalState()) {
                        sum = sum.plus(q.momentum());
                        charge += PdgTable.threeCharge(q.pdgId()).orElseThrow();
                        assertTrue(
                                TABLE.find(q.pdgId()).map(ParticleEntry::stable).orElse(false),
                                PdgTable.name(q.pdgId()) + " left undecayed from " + entry.name());
                    }
                    String what =
                            entry.name()
                                    + " final state "
                                    + Arrays.toString(
                                            e.finalState().stream()
                                                    .mapToInt(Particle::pdgId)
                                                    .toArray());
                    Tolerance.assertClose(p.e(), sum.e(), 1e-9, 1e-9, what + " E");
                    Tolerance.assertClose(p.pz(), sum.pz(), 1e-9, 1e-9, what + " pz");
                    assertEquals(PdgTable.threeCharge(id).orElseThrow(), charge, what);
                }
            }
        }
    }
}
