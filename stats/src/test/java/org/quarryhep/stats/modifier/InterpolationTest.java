package org.quarryhep.stats.modifier;

import org.junit.jupiter.api.Test;
import org.quarryhep.stats.modifier.Interpolation.Curve;
import org.quarryhep.testkit.Tolerance;

/** Interpolation codes against their defining formulas (HistFactory, CERN-OPEN-2012-016). */
class InterpolationTest {
    private static final double LO = 0.8;
    private static final double HI = 1.3;

    @Test
    void everyCodeHitsTheTemplatesAtPlusMinusOneAndNominalAtZero() {
        for (Interpolation code : Interpolation.values()) {
            Curve f = code.factor(LO, HI);
            Tolerance.assertClose(1.0, f.value(0), 0, 1e-14, code + " at 0");
            Tolerance.assertClose(HI, f.value(1), 0, 1e-12, code + " at +1");
            Tolerance.assertClose(LO, f.value(-1), 0, 1e-12, code + " at -1");
            Curve d = code.delta(40, 50, 65);
            Tolerance.assertClose(0, d.value(0), 0, 1e-12, code + " delta at 0");
            Tolerance.assertClose(15, d.value(1), 0, 1e-10, code + " delta at +1");
            Tolerance.assertClose(-10, d.value(-1), 0, 1e-10, code + " delta at -1");
        }
    }

    @Test
    void closedFormsOutsideTheUnitInterval() {
        // Code 1 and code 4 extrapolate exponentially: hi^α, lo^(−α).
        Tolerance.assertRelative(
                Math.pow(HI, 2.5), Interpolation.CODE1.factor(LO, HI).value(2.5), 1e-14, "code1");
        Tolerance.assertRelative(
                Math.pow(LO, 1.7), Interpolation.CODE4.factor(LO, HI).value(-1.7), 1e-14, "code4");
        Tolerance.assertRelative(
                Math.pow(HI, 0.5),
                Interpolation.CODE1.factor(LO, HI).value(0.5),
                1e-14,
                "code1 inside");
        // Code 0 and 4p extrapolate linearly: 1 + α(hi − 1), 1 + α(1 − lo).
        Tolerance.assertRelative(
                1 + 2 * 0.3, Interpolation.CODE4P.factor(LO, HI).value(2), 1e-14, "code4p");
        Tolerance.assertRelative(
                1 - 0.5 * 0.2, Interpolation.CODE0.factor(LO, HI).value(-0.5), 1e-14, "code0");
        // Code 2: a α² + b α inside with a = (hi+lo)/2 − 1, b = (hi−lo)/2.
        double a = (HI + LO) / 2 - 1;
        double b = (HI - LO) / 2;
        Tolerance.assertRelative(
                1 + a * 0.25 + b * 0.5,
                Interpolation.CODE2.factor(LO, HI).value(0.5),
                1e-14,
                "code2");
    }

    @Test
    void polynomialCodesAreTwiceDifferentiableAtTheJoins() {
        for (Interpolation code : new Interpolation[] {Interpolation.CODE4, Interpolation.CODE4P}) {
            Curve f = code.factor(LO, HI);
            for (double join : new double[] {-1, 1}) {
                double e = 1e-7;
                Tolerance.assertClose(
                        f.value(join - e), f.value(join + e), 0, 1e-6, code + " value");
                Tolerance.assertClose(
                        f.derivative(join - e), f.derivative(join + e), 0, 1e-6, code + " slope");
                double h = 1e-4;
                double c2in = (f.derivative(join - e) - f.derivative(join - e - h)) / h;
                double c2out = (f.derivative(join + e + h) - f.derivative(join + e)) / h;
                Tolerance.assertClose(c2in, c2out, 0, 1e-3, code + " curvature at " + join);
            }
        }
    }

    @Test
    void derivativesMatchFiniteDifferences() {
        for (Interpolation code : Interpolation.values()) {
            Curve f = code.delta(40, 50, 65);
            for (double a : new double[] {-3.1, -0.7, -0.2, 0.3, 0.9, 2.2}) {
                double h = 1e-6;
                double fd = (f.value(a + h) - f.value(a - h)) / (2 * h);
                Tolerance.assertClose(fd, f.derivative(a), 1e-6, 1e-7, code + " at " + a);
            }
        }
    }
}
