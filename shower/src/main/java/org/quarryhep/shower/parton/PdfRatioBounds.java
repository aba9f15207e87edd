package org.quarryhep.shower.parton;

import java.util.Map;

/**
 * The PDF part of the initial-state overestimates of {@link SystemEvolution}: bounds on the ratio
 * x′f(x′)/x_a f(x_a) of an incoming parton, cached on the parton.
 */
final class PdfRatioBounds {
    private static final double[] RATIO_POINTS = {1, 1.3, 2, 4, 10, 30};
    private static final double[] RATIO_X = {0.1, 0.3, 0.5, 0.7};
    private static final double[] RATIO_SCALES = {0, 3, 12, 50, 200};
    static final int SAME = 0;
    static final int GLUON = 1;
    static final int QUARKS = 2;

    /** Bins of ln x_a per unit: a bound is shared by the x_a within 2 % of each other. */
    private static final double BINS_PER_UNIT_LN_X = 50;

    private final InitialStateDensities pdf;
    private final Map<Long, Double> shared;

    /**
     * Bounds from {@code pdf}, kept in {@code shared} (one map per PDF set, shared by the events
     * and threads of a shower: a bound is a function of its key alone, so the events' results do
     * not depend on which event computed it first).
     */
    PdfRatioBounds(InitialStateDensities pdf, Map<Long, Double> shared) {
        this.pdf = pdf;
        this.shared = shared;
    }

    /**
     * The PDF part of the overestimates for incoming parton a: 1.5 × the largest ratio
     * x′f_b(x′)/x_a f_a(x_a) over a few x′ ≥ x_a and scales from Q_min to 200 GeV, at least 1, for
     * b = a's own flavour, the gluon, and the sum over quarks and antiquarks. Cached on the parton
     * until its flavour or energy changes, and in the shared map per beam, flavour, kind and bin of
     * ln x_a (the larger of the values at the bin's two edges: the profile of pp → Z showed these
     * bounds, recomputed after every emission that moved an incoming parton, taking a quarter of
     * the time).
     */
    double of(Parton a, int kind, double xa) {
        if (a.boundsId != a.id || a.boundsE != a.e) {
            a.bounds = new double[] {Double.NaN, Double.NaN, Double.NaN};
            a.boundsId = a.id;
            a.boundsE = a.e;
        }
        // each kind is computed when first asked for: a final-state radiator with an incoming
        // recoiler needs only SAME, and the sum over quarks costs ten PDF calls a point
        if (Double.isNaN(a.bounds[kind])) {
            long bin = (long) Math.floor(Math.log(xa) * BINS_PER_UNIT_LN_X);
            long key =
                    ((((pdf.beamSign(a) * 64L) + a.id + 32) * 4 + kind) << 32)
                            | (bin & 0xffffffffL);
            a.bounds[kind] =
                    shared.computeIfAbsent(
                            key,
                            k ->
                                    Math.max(
                                            bound(a, kind, Math.exp(bin / BINS_PER_UNIT_LN_X)),
                                            bound(
                                                    a,
                                                    kind,
                                                    Math.exp((bin + 1) / BINS_PER_UNIT_LN_X))));
        }
        return a.bounds[kind];
    }

    private double bound(Parton a, int kind, double xa) {
        double b = 1;
        for (double mu0 : RATIO_SCALES) {
            double mu = Math.max(mu0, pdf.qMin());
            double fa = pdf.xf(a, a.id, xa, mu);
            if (!(fa > 0)) {
                continue;
            }
            for (double f : RATIO_POINTS) {
                b = Math.max(b, ratio(a, kind, xa * f, mu, fa));
            }
            for (double x : RATIO_X) {
                if (x > xa) {
                    b = Math.max(b, ratio(a, kind, x, mu, fa));
                }
            }
        }
        return 1.5 * b;
    }

    /** x′f(x′)/x_a f(x_a) of one kind: a's own flavour, the gluon, or the sum over quarks. */
    private double ratio(Parton a, int kind, double x, double mu, double fa) {
        if (x >= 1) {
            return 0;
        }
        if (kind == SAME) {
            return pdf.xf(a, a.id, x, mu) / fa;
        }
        if (kind == GLUON) {
            return pdf.xf(a, 21, x, mu) / fa;
        }
        double q = 0;
        for (int f = 1; f <= 5; f++) {
            q += pdf.xf(a, f, x, mu) + pdf.xf(a, -f, x, mu);
        }
        return q / fa;
    }
}
