package org.quarryhep.stats.model;

import java.util.SplittableRandom;
import org.quarryhep.stats.Distributions;
import org.quarryhep.stats.ObservedData;
import org.quarryhep.stats.modifier.Constraint;

/**
 * The constraint term of the likelihood (pyhf's {@code _ConstraintModel}): a Gaussian of width σ
 * around each NORMAL-constrained parameter's auxiliary datum, and a Poisson of mean γτ for each
 * POISSON-constrained one. Auxiliary data are indexed in constrained-component order.
 */
final class ConstraintModel {
    private final Constraint[] constraint;
    private final double[] sigma;
    private final double[] tau;
    private final int[] constrained;

    ConstraintModel(Constraint[] constraint, double[] sigma, double[] tau, int[] constrained) {
        this.constraint = constraint;
        this.sigma = sigma;
        this.tau = tau;
        this.constrained = constrained;
    }

    /** Expected auxiliary data: θ for Gaussian constraints, γ·τ for Poisson ones. */
    double[] expected(double[] pars) {
        double[] a = new double[constrained.length];
        for (int k = 0; k < a.length; k++) {
            int i = constrained[k];
            a[k] = constraint[i] == Constraint.POISSON ? pars[i] * tau[i] : pars[i];
        }
        return a;
    }

    /** Draws auxiliary data at a parameter point. */
    double[] sample(double[] pars, SplittableRandom rng) {
        double[] aux = new double[constrained.length];
        for (int k = 0; k < aux.length; k++) {
            int i = constrained[k];
            aux[k] =
                    constraint[i] == Constraint.POISSON
                            ? Distributions.poisson(pars[i] * tau[i], rng)
                            : pars[i] + sigma[i] * Distributions.gaussian(rng);
        }
        return aux;
    }

    /** Adds the exact second derivatives of the constraint terms to {@code h}. */
    void addCurvature(double[][] h, double[] pars, ObservedData data) {
        for (int k = 0; k < constrained.length; k++) {
            int i = constrained[k];
            if (constraint[i] == Constraint.NORMAL) {
                h[i][i] += 1 / (sigma[i] * sigma[i]);
            } else {
                double a = data.auxAt(k);
                h[i][i] += a / (pars[i] * pars[i]);
            }
        }
    }

    /** The data-only part: ln(σ√(2π)) per Gaussian, ln Γ(a+1) − a + a ln a per Poisson term. */
    double constant(ObservedData data) {
        double c = 0;
        for (int k = 0; k < constrained.length; k++) {
            int i = constrained[k];
            double a = data.auxAt(k);
            if (constraint[i] == Constraint.NORMAL) {
                c += Math.log(sigma[i]) + 0.5 * Math.log(2 * Math.PI);
            } else if (a > 0) {
                c += Distributions.lnGamma(a + 1) - a + a * Math.log(a);
            }
        }
        return c;
    }

    /**
     * The constraint terms in deviance form, adding their gradient to {@code grad} when given.
     *
     * @return the value, +∞ where a Poisson mean is not positive
     */
    double deviance(double[] pars, ObservedData data, double[] grad) {
        double nll = 0;
        for (int k = 0; k < constrained.length; k++) {
            int i = constrained[k];
            double a = data.auxAt(k);
            if (constraint[i] == Constraint.NORMAL) {
                double d = (a - pars[i]) / sigma[i];
                nll += 0.5 * d * d;
                if (grad != null) {
                    grad[i] -= d / sigma[i];
                }
            } else {
                double l = pars[i] * tau[i];
                if (!(l > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                nll += a > 0 ? (l - a) - a * Math.log(l / a) : l;
                if (grad != null) {
                    grad[i] += tau[i] - a / pars[i];
                }
            }
        }
        return nll;
    }
}
