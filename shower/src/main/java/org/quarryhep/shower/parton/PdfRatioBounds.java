package org.quarryhep.shower.parton;

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

    private final InitialStateDensities pdf;

    PdfRatioBounds(InitialStateDensities pdf) {
        this.pdf = pdf;
    }

    /**
     * The PDF part of the overestimates for incoming parton a: 1.5 × the largest ratio
     * x′f_b(x′)/x_a f_a(x_a) over a few x′ ≥ x_a and scales from Q_min to 200 GeV, at least 1, for
     * b = a's own flavour, the gluon, and the sum over quarks and antiquarks. Cached on the parton
     * until its flavour or energy changes.
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
            a.bounds[kind] = 1.5 * b;
        }
        return a.bounds[kind];
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
