package org.quarryhep.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PdgTableTest {

    @Test
    void numberingSchemeChargeAgreesWithEveryTabulatedHadron() {
        // Two independent sources: the tabulated charge (PDG RPP listings) and the charge computed
        // from the quark content encoded in the code (RPP "Monte Carlo particle numbering scheme").
        int checked = 0;
        for (ParticleData d : PdgTable.all()) {
            // K_L (130) and K_S (310) have special codes with no spin digit.
            if (d.pdgId() < 100 || d.pdgId() > 9999 || d.pdgId() % 10 == 0) {
                continue;
            }
            int fromScheme = schemeCharge(d.pdgId());
            assertEquals(d.threeCharge(), fromScheme, d.name());
            checked++;
        }
        assertTrue(checked > 30, "hadrons checked: " + checked);
    }

    // The lookup falls back to the numbering scheme for codes outside the table; a code just
    // outside it with the same quark content exercises that path.
    private static int schemeCharge(int id) {
        // Excited states (radial excitation digit n_r = 1, i.e. +100000) share quark content.
        return PdgTable.threeCharge(id + 100_000).orElseThrow();
    }

    @Test
    void untabulatedHadronsGetChargeFromQuarkContent() {
        // B_c+ (541) = c b̄: +1; Ξ_c+ (4232) = usc: +1; Δ++ (2224) = uuu: +2; anti-Ω_b (−5332): +1.
        assertEquals(3, PdgTable.threeCharge(541).orElseThrow());
        assertEquals(3, PdgTable.threeCharge(4232).orElseThrow());
        assertEquals(6, PdgTable.threeCharge(2224).orElseThrow());
        assertEquals(3, PdgTable.threeCharge(-5332).orElseThrow());
        // ud_0 diquark (2101): +1/3.
        assertEquals(1, PdgTable.threeCharge(2101).orElseThrow());
        // A deuteron 1000010020: Z = 1.
        assertEquals(3, PdgTable.threeCharge(1000010020).orElseThrow());
    }

    @Test
    void antiparticlesHaveOppositeChargeAndTheirOwnName() {
        assertEquals(1.0, PdgTable.charge(-11), 0);
        assertEquals("e+", PdgTable.name(-11));
        assertEquals(-13, PdgTable.idOf("mu+"));
        assertEquals(-24, PdgTable.idOf("w-"));
        assertEquals("pdg:12345678", PdgTable.name(12345678));
    }

    @Test
    void newPhysicsStatesArePresentWithModelMasses() {
        for (int id : new int[] {9900012, 9900024, 2000013, 1000022, 35, 36}) {
            ParticleData d = PdgTable.get(id);
            assertTrue(Double.isNaN(d.mass()), d.name() + " mass is a model parameter");
        }
        assertTrue(PdgTable.isInvisible(1000022));
        assertTrue(PdgTable.isInvisible(-14));
        assertEquals(-1.0, PdgTable.charge(2000013), 0);
    }

    @Test
    void unknownCodesAndNamesAreReported() {
        UnknownParticleException e =
                assertThrows(UnknownParticleException.class, () -> PdgTable.get(4_000_000));
        assertTrue(e.getMessage().contains("4000000"), e.getMessage());
        UnknownParticleException n =
                assertThrows(UnknownParticleException.class, () -> PdgTable.idOf("muon"));
        assertTrue(n.getMessage().contains("muon"), n.getMessage());
        assertTrue(PdgTable.threeCharge(0).isEmpty());
    }

    @Test
    void classifiersFollowThePdgNumberingScheme() {
        // PDG Review, "Monte Carlo particle numbering scheme": quarks 1-6, gluon 21, charged
        // leptons 11, 13, 15 (their antiparticles negative), neutrinos 12, 14, 16.
        for (int id : new int[] {1, 2, 3, 4, 5, 6, -1, -6, 21}) {
            assertTrue(PdgTable.isParton(id), "parton " + id);
        }
        for (int id : new int[] {7, 11, 22, 211, 2212, 0}) {
            assertFalse(PdgTable.isParton(id), "not a parton " + id);
        }
        for (int id : new int[] {11, -11, 13, -13, 15, -15}) {
            assertTrue(PdgTable.isChargedLepton(id), "charged lepton " + id);
        }
        for (int id : new int[] {12, -14, 16, 17, 1, 22, 211}) {
            assertFalse(PdgTable.isChargedLepton(id), "not a charged lepton " + id);
        }
    }

    @Test
    void photonAndZAreTheirOwnAntiparticlesTheElectronIsNot() {
        // gamma and Z0 are self-conjugate; e- (anti: e+) and mu- are not.
        assertTrue(PdgTable.get(22).selfConjugate());
        assertTrue(PdgTable.get(23).selfConjugate());
        assertFalse(PdgTable.get(11).selfConjugate());
        assertFalse(PdgTable.get(13).selfConjugate());
    }
}
