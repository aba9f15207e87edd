package org.quarryhep.stats.modifier;

import org.quarryhep.stats.modifier.Interpolation.Curve;

/** Building blocks of {@link BinTerm}s shared by the modifier classes. */
final class Terms {
    private Terms() {}

    /** Every bin is the parameter at {@code index} itself (normfactor, lumi). */
    static BinTerm scalar(int index) {
        return new BinTerm() {
            @Override
            public int parameter(int bin) {
                return index;
            }

            @Override
            public double value(double[] pars, int bin) {
                return pars[index];
            }

            @Override
            public double derivative(double[] pars, int bin) {
                return 1.0;
            }
        };
    }

    /** Bin b is the parameter {@code offset + b}, or 1 where {@code active[b]} is false. */
    static BinTerm perBin(int offset, boolean[] active) {
        return new BinTerm() {
            @Override
            public int parameter(int bin) {
                return active[bin] ? offset + bin : -1;
            }

            @Override
            public double value(double[] pars, int bin) {
                return active[bin] ? pars[offset + bin] : 1.0;
            }

            @Override
            public double derivative(double[] pars, int bin) {
                return active[bin] ? 1.0 : 0.0;
            }
        };
    }

    /** Bin b is {@code curves[b]} of the parameter at {@code index}. */
    static BinTerm curves(int index, Curve[] curves) {
        return new BinTerm() {
            @Override
            public int parameter(int bin) {
                return index;
            }

            @Override
            public double value(double[] pars, int bin) {
                return curves[bin].value(pars[index]);
            }

            @Override
            public double derivative(double[] pars, int bin) {
                return curves[bin].derivative(pars[index]);
            }
        };
    }
}
