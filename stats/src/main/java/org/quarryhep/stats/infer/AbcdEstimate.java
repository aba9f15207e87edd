package org.quarryhep.stats.infer;

/**
 * The ABCD background estimate: with two uncorrelated discriminants splitting events into a signal
 * region A and control regions B, C, D (B and C share one cut with A, D fails both), the background
 * in A is N_A = N_B·N_C/N_D. Uncertainties propagate linearly in the relative errors: (σ_A/N_A)² =
 * (σ_B/N_B)² + (σ_C/N_C)² + (σ_D/N_D)².
 *
 * @param predicted the predicted background in A
 * @param uncertainty its absolute uncertainty
 */
public record AbcdEstimate(double predicted, double uncertainty) {

    /**
     * Predicts with Poisson uncertainties σ = √N on the control-region counts.
     *
     * @param nB count in B
     * @param nC count in C
     * @param nD count in D
     * @return the estimate
     * @throws IllegalArgumentException when a count is not positive
     */
    public static AbcdEstimate predict(double nB, double nC, double nD) {
        return predict(nB, Math.sqrt(nB), nC, Math.sqrt(nC), nD, Math.sqrt(nD));
    }

    /**
     * Predicts with given absolute uncertainties (weighted events, MC statistics).
     *
     * @param nB count in B
     * @param sigmaB its uncertainty
     * @param nC count in C
     * @param sigmaC its uncertainty
     * @param nD count in D
     * @param sigmaD its uncertainty
     * @return the estimate
     * @throws IllegalArgumentException when a count is not positive or an uncertainty negative
     */
    public static AbcdEstimate predict(
            double nB, double sigmaB, double nC, double sigmaC, double nD, double sigmaD) {
        if (!(nB > 0 && nC > 0 && nD > 0)) {
            throw new IllegalArgumentException(
                    "ABCD needs positive counts in B, C and D, got " + nB + ", " + nC + ", " + nD);
        }
        if (sigmaB < 0 || sigmaC < 0 || sigmaD < 0) {
            throw new IllegalArgumentException("uncertainties must be >= 0");
        }
        double a = nB * nC / nD;
        double rel2 = sq(sigmaB / nB) + sq(sigmaC / nC) + sq(sigmaD / nD);
        return new AbcdEstimate(a, a * Math.sqrt(rel2));
    }

    /**
     * A closure test: compares the prediction with a count observed in A (in a validation sample or
     * a control selection without signal).
     *
     * @param observed the count in A
     * @return the ratio observed/predicted and the pull (observed − predicted)/√(σ² + observed)
     */
    public Closure closure(double observed) {
        double denom = Math.sqrt(uncertainty * uncertainty + Math.max(observed, 0));
        return new Closure(observed / predicted, denom > 0 ? (observed - predicted) / denom : 0);
    }

    /**
     * The result of a closure test.
     *
     * @param ratio observed/predicted
     * @param pull (observed − predicted)/√(σ_pred² + observed); |pull| &lt; 2 is the usual pass
     */
    public record Closure(double ratio, double pull) {
        /** True when |pull| is below the threshold (2 is customary). */
        public boolean closes(double maxPull) {
            return Math.abs(pull) < maxPull;
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
