package org.quarryhep.stats.modifier;

import java.util.Locale;

/**
 * HistFactory interpolation codes for normsys and histosys (ROOT's {@code FlexibleInterpVar} and
 * {@code PiecewiseInterpolation}; pyhf's {@code interpolators}). Additive codes interpolate the
 * difference to the nominal, multiplicative codes the ratio to it.
 *
 * <ul>
 *   <li>{@link #CODE0}: piecewise linear (additive);
 *   <li>{@link #CODE1}: piecewise exponential (multiplicative);
 *   <li>{@link #CODE2}: quadratic inside |α| ≤ 1, linear outside (additive);
 *   <li>{@link #CODE4}: a 6th-order polynomial inside |α| < 1 matched in value, first and second
 *       derivative to the exponential outside (multiplicative);
 *   <li>{@link #CODE4P}: the same idea for additive templates, polynomial inside, linear outside.
 * </ul>
 */
public enum Interpolation {
    /** Piecewise linear. */
    CODE0(false),
    /** Piecewise exponential. */
    CODE1(true),
    /** Quadratic interpolation, linear extrapolation. */
    CODE2(false),
    /** Polynomial interpolation, exponential extrapolation. */
    CODE4(true),
    /** Polynomial interpolation, linear extrapolation. */
    CODE4P(false);

    private final boolean multiplicative;

    Interpolation(boolean multiplicative) {
        this.multiplicative = multiplicative;
    }

    /** The pyhf spelling ("code0", …, "code4p"). */
    public String pyhfName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses pyhf's spelling ("code4p") or the enum name.
     *
     * @param text the code name
     * @return the interpolation
     * @throws IllegalArgumentException for an unknown code
     */
    public static Interpolation parse(String text) {
        for (Interpolation i : values()) {
            if (i.pyhfName().equalsIgnoreCase(text.trim())) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                "unknown interpolation code '"
                        + text
                        + "'; expected code0, code1, code2, code4 or code4p");
    }

    /**
     * An interpolation of a multiplicative factor with nominal 1 (normsys).
     *
     * @param lo the factor at α = −1
     * @param hi the factor at α = +1
     * @return the factor as a function of α
     */
    public Curve factor(double lo, double hi) {
        return curve(lo, 1.0, hi, 1.0);
    }

    /**
     * An interpolation of a yield's change from its nominal (histosys).
     *
     * @param lo the yield at α = −1
     * @param nominal the nominal yield
     * @param hi the yield at α = +1
     * @return the change λ(α) − nominal as a function of α
     */
    public Curve delta(double lo, double nominal, double hi) {
        return curve(lo, nominal, hi, 0.0);
    }

    /**
     * Builds the curve; {@code offset} is subtracted from the interpolated value (1 for factors
     * interpolated from ratio form, 0 for deltas).
     */
    private Curve curve(double lo, double nom, double hi, double offset) {
        if (multiplicative) {
            if (nom == 0.0) {
                return Curve.ZERO;
            }
            double rHi = hi / nom;
            double rLo = lo / nom;
            // For factors (offset 1) the curve is the ratio; for deltas it is nom·(ratio − 1).
            double scale = offset == 1.0 ? 1.0 : nom;
            double shift = offset == 1.0 ? 0.0 : 1.0;
            Curve r = this == CODE1 ? exponential(rLo, rHi) : polyExponential(rLo, rHi);
            return new Curve() {
                @Override
                public double value(double a) {
                    return scale * (r.value(a) - shift);
                }

                @Override
                public double derivative(double a) {
                    return scale * r.derivative(a);
                }
            };
        }
        double dUp = hi - nom;
        double dDn = nom - lo;
        Curve d =
                switch (this) {
                    case CODE0 -> linear(dUp, dDn);
                    case CODE2 -> quadratic(dUp, dDn);
                    default -> polyLinear(dUp, dDn);
                };
        if (offset == 1.0) {
            return new Curve() {
                @Override
                public double value(double a) {
                    return 1.0 + d.value(a);
                }

                @Override
                public double derivative(double a) {
                    return d.derivative(a);
                }
            };
        }
        return d;
    }

    private static Curve linear(double dUp, double dDn) {
        return new Curve() {
            @Override
            public double value(double a) {
                return a >= 0 ? a * dUp : a * dDn;
            }

            @Override
            public double derivative(double a) {
                return a >= 0 ? dUp : dDn;
            }
        };
    }

    /** ROOT code 2: a·α² + b·α inside, tangent lines outside. */
    private static Curve quadratic(double dUp, double dDn) {
        double a2 = 0.5 * (dUp - dDn);
        double b = 0.5 * (dUp + dDn);
        return new Curve() {
            @Override
            public double value(double a) {
                if (a > 1) {
                    return (b + 2 * a2) * (a - 1) + dUp;
                }
                if (a < -1) {
                    return (b - 2 * a2) * (a + 1) - dDn;
                }
                return a2 * a * a + b * a;
            }

            @Override
            public double derivative(double a) {
                if (a > 1) {
                    return b + 2 * a2;
                }
                if (a < -1) {
                    return b - 2 * a2;
                }
                return 2 * a2 * a + b;
            }
        };
    }

    /**
     * Code 4p: α·(S + α·A·(15 + α²(3α² − 10))) inside |α| < 1 with S = (Δ⁺ + Δ⁻)/2 and A = (Δ⁺ −
     * Δ⁻)/16, which matches the linear extrapolation in value, slope and curvature at |α| = 1.
     */
    private static Curve polyLinear(double dUp, double dDn) {
        double s = 0.5 * (dUp + dDn);
        double aa = 0.0625 * (dUp - dDn);
        return new Curve() {
            @Override
            public double value(double a) {
                if (a > 1) {
                    return a * dUp;
                }
                if (a < -1) {
                    return a * dDn;
                }
                double a2 = a * a;
                return a * (s + a * aa * (15 + a2 * (3 * a2 - 10)));
            }

            @Override
            public double derivative(double a) {
                if (a > 1) {
                    return dUp;
                }
                if (a < -1) {
                    return dDn;
                }
                double a2 = a * a;
                return s + aa * (30 * a + a2 * a * (18 * a2 - 40));
            }
        };
    }

    private static Curve exponential(double rLo, double rHi) {
        double lnHi = Math.log(rHi);
        double lnLo = Math.log(rLo);
        return new Curve() {
            @Override
            public double value(double a) {
                return a >= 0 ? Math.exp(a * lnHi) : Math.exp(-a * lnLo);
            }

            @Override
            public double derivative(double a) {
                return a >= 0 ? lnHi * Math.exp(a * lnHi) : -lnLo * Math.exp(-a * lnLo);
            }
        };
    }

    /**
     * Code 4: outside |α| ≥ 1 the exponential r^|α|; inside 1 + Σ c_k α^k (k = 1…6), with the
     * coefficients fixed by matching value, slope and curvature at α = ±1. Odd and even parts
     * separate into two 3×3 linear systems.
     */
    private static Curve polyExponential(double rLo, double rHi) {
        double lnHi = Math.log(rHi);
        double lnLo = Math.log(rLo);
        double f1 = rHi;
        double fm1 = rLo;
        double d1 = rHi * lnHi;
        double dm1 = -rLo * lnLo;
        double c1 = rHi * lnHi * lnHi;
        double cm1 = rLo * lnLo * lnLo;
        // Odd part o(α) = c1 α + c3 α³ + c5 α⁵: o(1) = (f1 − fm1)/2, o'(1) = (d1 + dm1)/2,
        // o''(1) = (c1 − cm1)/2. Even part e(α) = c2 α² + c4 α⁴ + c6 α⁶: e(1) = (f1 + fm1)/2 − 1,
        // e'(1) = (d1 − dm1)/2, e''(1) = (c1 + cm1)/2.
        double[] odd =
                solve3(
                        new double[][] {{1, 1, 1}, {1, 3, 5}, {0, 6, 20}},
                        new double[] {(f1 - fm1) / 2, (d1 + dm1) / 2, (c1 - cm1) / 2});
        double[] even =
                solve3(
                        new double[][] {{1, 1, 1}, {2, 4, 6}, {2, 12, 30}},
                        new double[] {(f1 + fm1) / 2 - 1, (d1 - dm1) / 2, (c1 + cm1) / 2});
        double k1 = odd[0];
        double k3 = odd[1];
        double k5 = odd[2];
        double k2 = even[0];
        double k4 = even[1];
        double k6 = even[2];
        return new Curve() {
            @Override
            public double value(double a) {
                if (a >= 1) {
                    return Math.exp(a * lnHi);
                }
                if (a <= -1) {
                    return Math.exp(-a * lnLo);
                }
                return 1 + a * (k1 + a * (k2 + a * (k3 + a * (k4 + a * (k5 + a * k6)))));
            }

            @Override
            public double derivative(double a) {
                if (a >= 1) {
                    return lnHi * Math.exp(a * lnHi);
                }
                if (a <= -1) {
                    return -lnLo * Math.exp(-a * lnLo);
                }
                return k1 + a * (2 * k2 + a * (3 * k3 + a * (4 * k4 + a * (5 * k5 + a * 6 * k6))));
            }
        };
    }

    private static double[] solve3(double[][] m, double[] r) {
        double det = det3(m);
        double[] x = new double[3];
        for (int c = 0; c < 3; c++) {
            double[][] mc = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    mc[i][j] = j == c ? r[i] : m[i][j];
                }
            }
            x[c] = det3(mc) / det;
        }
        return x;
    }

    private static double det3(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    /** A smooth function of one nuisance parameter α with its derivative. */
    public interface Curve {
        /** The constant zero curve (a template with zero nominal under a multiplicative code). */
        Curve ZERO =
                new Curve() {
                    @Override
                    public double value(double a) {
                        return 0;
                    }

                    @Override
                    public double derivative(double a) {
                        return 0;
                    }
                };

        /**
         * The value at α.
         *
         * @param alpha the nuisance parameter
         * @return the interpolated value
         */
        double value(double alpha);

        /**
         * The derivative with respect to α.
         *
         * @param alpha the nuisance parameter
         * @return d value / dα
         */
        double derivative(double alpha);
    }
}
