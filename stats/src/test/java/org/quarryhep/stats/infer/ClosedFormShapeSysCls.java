package org.quarryhep.stats.infer;

import org.quarryhep.stats.Distributions;

/**
 * An independent asymptotic CLs for the simplest HistFactory model, worked out on paper rather than
 * with Quarry's minimiser: bins {@code i} with signal {@code mu s_i} (normfactor bounded to [0,
 * 10]) and background {@code gamma_i b_i}, where each {@code gamma_i} has a Poisson constraint with
 * {@code tau = 1/sigma^2} (a shapesys of relative size {@code sigma}).
 *
 * <p>Per bin, d(-ln L)/d(gamma) = 0 is the quadratic {@code (b+tau) b g^2 + ((b+tau) mu s - n b - a
 * b) g - a mu s = 0} (n the count, a the auxiliary datum), with one positive root: the profile over
 * the nuisance parameters is closed form, and only the one-dimensional fit of mu is numeric (golden
 * section to 1e-12). The background-only Asimov data are {@code n = g0 b}, {@code a = tau g0} with
 * {@code g0 = (n + tau)/(b + tau)} the conditional mu = 0 fit (pyhf's convention); CLs follows
 * Cowan, Cranmer, Gross, Vitells (arXiv:1007.1727), eqs. 65-66 for q-tilde: for {@code q <= qA},
 * CLs+b = Phi(-sqrt q), CLb = Phi(sqrt qA - sqrt q); above, the shifted forms. The normal CDF is
 * {@link Distributions#normalCdf}, itself checked against tables in {@code DistributionsTest}.
 */
public final class ClosedFormShapeSysCls {
    private final double[] s;
    private final double[] b;
    private final double tau;

    /**
     * The model.
     *
     * @param s signal per bin at mu = 1
     * @param b background per bin
     * @param sigma relative shapesys uncertainty, the same in every bin
     */
    public ClosedFormShapeSysCls(double[] s, double[] b, double sigma) {
        this.s = s.clone();
        this.b = b.clone();
        this.tau = 1 / (sigma * sigma);
    }

    /**
     * Observed CLs and the median expected CLs at {@code mu}.
     *
     * @param n the observed counts
     * @param mu the tested signal strength
     * @return {CLs observed, CLs expected median}
     */
    public double[] cls(double[] n, double mu) {
        double[] a = new double[n.length];
        java.util.Arrays.fill(a, tau);
        double q = qTilde(n, a, mu);
        double[] nA = new double[n.length];
        double[] aA = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            double g0 = (n[i] + tau) / (b[i] + tau);
            nA[i] = g0 * b[i];
            aA[i] = tau * g0;
        }
        double qA = qTilde(nA, aA, mu);
        double sq = Math.sqrt(q);
        double sqA = Math.sqrt(qA);
        double clsb;
        double clb;
        if (q <= qA) {
            clsb = Distributions.normalCdf(-sq);
            clb = Distributions.normalCdf(sqA - sq);
        } else {
            clsb = Distributions.normalCdf(-(q + qA) / (2 * sqA));
            clb = Distributions.normalCdf(-(q - qA) / (2 * sqA));
        }
        return new double[] {clsb / clb, 2 * Distributions.normalCdf(-sqA)};
    }

    private double qTilde(double[] n, double[] a, double mu) {
        double lo = 0;
        double hi = 10;
        double r = (Math.sqrt(5) - 1) / 2;
        double x1 = hi - r * (hi - lo);
        double x2 = lo + r * (hi - lo);
        double f1 = nll(n, a, x1);
        double f2 = nll(n, a, x2);
        while (hi - lo > 1e-12) {
            if (f1 < f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - r * (hi - lo);
                f1 = nll(n, a, x1);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + r * (hi - lo);
                f2 = nll(n, a, x2);
            }
        }
        double muHat = 0.5 * (lo + hi);
        double min = Math.min(nll(n, a, muHat), Math.min(nll(n, a, 0), nll(n, a, 10)));
        if (nll(n, a, 0) <= min) {
            muHat = 0;
        }
        return muHat > mu ? 0 : Math.max(0, 2 * (nll(n, a, mu) - min));
    }

    /** -ln L profiled over every gamma, up to terms that do not depend on mu or gamma. */
    private double nll(double[] n, double[] a, double mu) {
        double sum = 0;
        for (int i = 0; i < n.length; i++) {
            double ms = mu * s[i];
            double qa = (b[i] + tau) * b[i];
            double qb = (b[i] + tau) * ms - n[i] * b[i] - a[i] * b[i];
            double qc = -a[i] * ms;
            double disc = Math.sqrt(qb * qb - 4 * qa * qc);
            // The positive root, in the form that avoids cancellation for either sign of qb.
            double g = qb > 0 ? -2 * qc / (qb + disc) : (-qb + disc) / (2 * qa);
            double lambda = ms + g * b[i];
            sum += lambda - (n[i] > 0 ? n[i] * Math.log(lambda) : 0);
            sum += g * tau - (a[i] > 0 ? a[i] * Math.log(g * tau) : 0);
        }
        return sum;
    }
}
