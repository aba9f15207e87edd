package org.quarryhep.core;

import static org.quarryhep.testkit.Tolerance.assertClose;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Assertions;

class FourMomentumPropertyTest {

    @Property(tries = 300)
    void massIsInvariantUnderBoosts(
            @ForAll @DoubleRange(min = 0.1, max = 500) double pt,
            @ForAll @DoubleRange(min = -5, max = 5) double eta,
            @ForAll @DoubleRange(min = -3.14, max = 3.14) double phi,
            @ForAll @DoubleRange(min = 0, max = 200) double m,
            @ForAll @DoubleRange(min = -0.57, max = 0.57) double bx,
            @ForAll @DoubleRange(min = -0.57, max = 0.57) double by,
            @ForAll @DoubleRange(min = -0.57, max = 0.57) double bz) {
        FourMomentum v = FourMomentum.ofPtEtaPhiM(pt, eta, phi, m);
        FourMomentum boosted = v.boost(bx, by, bz);
        // m² is invariant; compare m² with an absolute floor set by E² rounding.
        double scale = Math.max(v.e(), boosted.e());
        assertClose(v.m2(), boosted.m2(), 1e-9, 1e-11 * scale * scale, "m^2");
        // Boosting back recovers the vector.
        FourMomentum back = boosted.boost(-bx, -by, -bz);
        assertClose(v.e(), back.e(), 1e-10, 1e-10, "E after round trip");
        assertClose(v.pz(), back.pz(), 1e-10, 1e-9, "pz after round trip");
    }

    @Property(tries = 300)
    void deltaPhiIsInRangeAndAntisymmetric(
            @ForAll @DoubleRange(min = -100, max = 100) double a,
            @ForAll @DoubleRange(min = -100, max = 100) double b) {
        double d = Kinematics.deltaPhi(a, b);
        Assertions.assertTrue(d >= -Math.PI && d < Math.PI, "deltaPhi " + d);
        // The wrapped difference differs from the raw one by a multiple of 2π.
        double k = (a - b - d) / (2 * Math.PI);
        assertClose(Math.rint(k), k, 0, 1e-9, "multiple of 2pi");
    }

    @Property(tries = 300)
    void rotationsAboutTheBeamKeepPtEtaMass(
            @ForAll @DoubleRange(min = 0.1, max = 1000) double pt,
            @ForAll @DoubleRange(min = -8, max = 8) double eta,
            @ForAll @DoubleRange(min = -3.14, max = 3.14) double phi,
            @ForAll @DoubleRange(min = -6.28, max = 6.28) double angle) {
        FourMomentum v = FourMomentum.ofPtEtaPhiM(pt, eta, phi, 1.0);
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        FourMomentum r =
                new FourMomentum(c * v.px() - s * v.py(), s * v.px() + c * v.py(), v.pz(), v.e());
        assertClose(v.pt(), r.pt(), 1e-12, 0, "pt");
        assertClose(v.eta(), r.eta(), 1e-10, 1e-12, "eta");
        assertClose(Kinematics.wrapPhi(phi + angle), r.phi(), 0, 1e-9, "phi");
    }
}
