package org.quarryhep.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import org.junit.jupiter.api.Test;

class FourMomentumTest {

    @Test
    void constructorsAgreeOnAllQuantities() {
        // A vector given as (pt, eta, phi, m) = (37.2, -1.3, 2.1, 4.8). The reference components
        // come from the textbook definitions evaluated here with java.lang.Math, not from
        // FourMomentum: px = pt cos(phi), py = pt sin(phi), pz = pt sinh(eta), E^2 = p^2 + m^2,
        // y = ln((E + pz)/(E - pz))/2. Every factory must give them to 1e-12 relative (style.md,
        // "every constructor gives the same numbers"); the mass, a difference of squares, to 1e-10.
        double pt = 37.2;
        double eta = -1.3;
        double phi = 2.1;
        double m = 4.8;
        double px = pt * Math.cos(phi);
        double py = pt * Math.sin(phi);
        double pz = pt * Math.sinh(eta);
        double e = Math.sqrt(px * px + py * py + pz * pz + m * m);
        double y = 0.5 * Math.log((e + pz) / (e - pz));
        FourMomentum[] all = {
            FourMomentum.ofPtEtaPhiM(pt, eta, phi, m),
            FourMomentum.ofPxPyPzM(px, py, pz, m),
            FourMomentum.ofPtEtaPhiE(pt, eta, phi, e),
            FourMomentum.ofPtYPhiM(pt, y, phi, m)
        };
        for (FourMomentum v : all) {
            assertClose(px, v.px(), 1e-12, 0, "px");
            assertClose(py, v.py(), 1e-12, 0, "py");
            assertClose(pz, v.pz(), 1e-12, 0, "pz");
            assertClose(e, v.e(), 1e-12, 0, "E");
            assertClose(pt, v.pt(), 1e-12, 0, "pt");
            assertClose(eta, v.eta(), 1e-12, 0, "eta");
            assertClose(phi, v.phi(), 1e-12, 0, "phi");
            assertClose(m, v.mass(), 1e-10, 0, "mass");
            assertClose(y, v.rapidity(), 1e-12, 0, "rapidity");
        }
    }

    @Test
    void rapidityMatchesDefinitionAndEtaForMassless() {
        // y = ½ ln((E+pz)/(E−pz)) evaluated directly for a moderate vector.
        FourMomentum v = new FourMomentum(3, 4, 10, 15);
        double y = 0.5 * Math.log((15.0 + 10.0) / (15.0 - 10.0));
        assertClose(y, v.rapidity(), 1e-14, 0, "rapidity");
        // Massless: y = η exactly, also deep in the forward region where E−pz cancels.
        FourMomentum fwd = FourMomentum.ofPtEtaPhiM(1e-3, 12.0, 0.3, 0.0);
        assertClose(12.0, fwd.rapidity(), 1e-9, 0, "forward rapidity");
        assertClose(12.0, fwd.eta(), 1e-12, 0, "forward eta");
    }

    @Test
    void zeroTransverseMomentumEdgeCasesFollowFastJet() {
        FourMomentum beamUp = new FourMomentum(0, 0, 50, 50);
        FourMomentum beamDown = new FourMomentum(0, 0, -50, 50);
        assertEquals(FourMomentum.MAX_RAPIDITY + 50, beamUp.rapidity());
        assertEquals(-(FourMomentum.MAX_RAPIDITY + 50), beamDown.rapidity());
        assertEquals(FourMomentum.MAX_RAPIDITY + 50, beamUp.eta());
        assertEquals(0.0, beamUp.phi());
        assertEquals(0.0, FourMomentum.ZERO.eta());
        assertEquals(0.0, FourMomentum.ZERO.rapidity());
        assertEquals(0.0, FourMomentum.ZERO.mass());
        assertEquals(0.0, FourMomentum.ZERO.et());
        // Massive particle at rest along the beam axis: pT = 0 but E > |pz|, so y is finite.
        FourMomentum massive = new FourMomentum(0, 0, 3, 5);
        assertClose(0.5 * Math.log(8.0 / 2.0), massive.rapidity(), 1e-14, 0, "massive y");
    }

    @Test
    void spacelikeMassIsSigned() {
        FourMomentum v = new FourMomentum(3, 0, 4, 0); // m² = −25
        assertEquals(-25.0, v.m2(), 1e-12);
        assertEquals(-5.0, v.mass(), 1e-12);
    }

    @Test
    void phiIsHalfOpenAtPi() {
        // atan2(+0, −1) = +π, which must map to −π.
        FourMomentum v = new FourMomentum(-1, 0, 0, 2);
        assertEquals(-Math.PI, v.phi());
        assertTrue(new FourMomentum(-1, -1e-300, 0, 2).phi() < 0);
    }

    @Test
    void largeScaleValuesKeepPrecision() {
        // 2^32-scale momenta: the mass of a 1 GeV particle must survive to 1e-3 relative because
        // E² − p² is computed as (E − p)(E + p).
        double p = Math.pow(2, 32);
        FourMomentum v = FourMomentum.ofPxPyPzM(0, p * 1e-3, p, 1.0e3);
        assertClose(1.0e3, v.mass(), 1e-3, 0, "mass at 2^32 GeV");
    }

    @Test
    void boostToRestFrameGivesMassAtRest() {
        // Z boson mass 91.188 GeV with pT 40 and η 1.7; in its rest frame p = 0 and E = m.
        FourMomentum z = FourMomentum.ofPtEtaPhiM(40, 1.7, -0.4, 91.188);
        FourMomentum rest = z.inRestFrameOf(z);
        assertClose(91.188, rest.e(), 1e-12, 0, "E at rest");
        assertClose(0, rest.p(), 0, 1e-10, "|p| at rest");
    }

    @Test
    void boostRejectsSuperluminalVelocity() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new FourMomentum(1, 0, 0, 2).boost(0.8, 0.7, 0));
        assertTrue(e.getMessage().contains("beta"), e.getMessage());
    }

    @Test
    void deltaRUsesWrappedPhi() {
        // φ = 3.1 and −3.1 are 2π − 6.2 ≈ 0.0832 apart, not 6.2.
        FourMomentum a = FourMomentum.ofPtEtaPhiM(10, 0.5, 3.1, 0);
        FourMomentum b = FourMomentum.ofPtEtaPhiM(10, 0.2, -3.1, 0);
        double dphi = 2 * Math.PI - 6.2;
        assertClose(Math.hypot(0.3, dphi), a.deltaR(b), 1e-12, 0, "deltaR");
    }

    @Test
    void transverseEnergyOfMassiveVector() {
        // ET = E sin θ = E pT/|p|.
        FourMomentum v = new FourMomentum(3, 4, 12, 20);
        assertClose(20.0 * 5.0 / 13.0, v.et(), 1e-14, 0, "ET");
        assertClose(Math.sqrt(400.0 - 144.0), v.mt(), 1e-14, 0, "mT");
    }

    @Test
    void polarAngleOfAThreeFourFiveVector() {
        // pT = 3, pz = 4, |p| = 5: cos(theta) = 4/5 and tan(theta/2) = (1 - cos)/sin = 1/3, so
        // eta = -ln tan(theta/2) = ln 3.
        FourMomentum v = new FourMomentum(3, 0, 4, 10);
        assertClose(Math.acos(0.8), v.theta(), 1e-15, 0, "theta");
        assertClose(1.0 / 3, Math.tan(v.theta() / 2), 1e-15, 0, "tan(theta/2)");
        assertClose(Math.log(3), v.eta(), 1e-14, 0, "eta");
        assertEquals(0.0, FourMomentum.ZERO.theta());
    }

    @Test
    void rapidityDeltaRWrapsPhi() {
        // Massive vectors made from (pt, y, phi, m): Delta y = 1.2, Delta phi = 6 - 2 pi wrapped
        // to 0.2831853, Delta R = hypot(1.2, 2 pi - 6).
        FourMomentum a = FourMomentum.ofPtYPhiM(20, 0.5, 3.0, 5);
        FourMomentum b = FourMomentum.ofPtYPhiM(30, -0.7, -3.0, 80);
        assertClose(Math.hypot(1.2, 2 * Math.PI - 6), a.deltaRRapidity(b), 1e-12, 0, "dR_y");
        assertClose(a.deltaRRapidity(b), b.deltaRRapidity(a), 1e-15, 0, "symmetric");
    }

    @Test
    void withMomentumReplacesOnlyTheMomentum() {
        Particle p = Particle.of(13, Particle.FINAL_STATE, new FourMomentum(1, 2, 3, 10));
        FourMomentum q = new FourMomentum(-4, 5, 6, 20);
        Particle r = p.withMomentum(q);
        assertEquals(q, r.momentum());
        assertEquals(13, r.pdgId());
        assertEquals(Particle.FINAL_STATE, r.status());
        assertEquals(new FourMomentum(1, 2, 3, 10), p.momentum(), "the original is unchanged");
    }
}
