package org.quarryhep.merging;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.jets.ClusterSequence;
import org.quarryhep.jets.JetAlgorithm;
import org.quarryhep.jets.JetDefinition;

/**
 * The smoothness of a differential jet rate √d_{n,n+1} across the matching scale: four bins of
 * width 5 GeV, two on each side of qcut; the ratio of the two bins that meet at qcut divided by the
 * geometric mean of the neighbouring ratios on either side is 1 for any locally exponential
 * spectrum, and a kink or step at qcut shows as a departure from 1.
 */
final class JetRateJump {
    private final double qcut;
    private final int n;
    private final double[] h = new double[4];
    private final double[] h2 = new double[4];

    JetRateJump(double qcut, int n) {
        this.qcut = qcut;
        this.n = n;
    }

    /** Fills one showered event with its weight. */
    void fill(Event showered, double weight) {
        double d = Math.sqrt(dmerge(showered, n));
        int bin = (int) Math.floor((d - (qcut - 10)) / 5);
        if (bin >= 0 && bin < 4) {
            h[bin] += weight;
            h2[bin] += weight * weight;
        }
    }

    /** The jump: (h₂/h₁)/√((h₁/h₀)(h₃/h₂)). */
    double jump() {
        return (h[2] / h[1]) / Math.sqrt((h[1] / h[0]) * (h[3] / h[2]));
    }

    /** The MC error of ln(jump): ln J = 1.5 ln h₂ − 1.5 ln h₁ + 0.5 ln h₀ − 0.5 ln h₃. */
    double lnError() {
        return Math.sqrt(
                2.25 * h2[2] / (h[2] * h[2])
                        + 2.25 * h2[1] / (h[1] * h[1])
                        + 0.25 * h2[0] / (h[0] * h[0])
                        + 0.25 * h2[3] / (h[3] * h[3]));
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "sqrt(d%d%d) in %.0f-%.0f GeV: %s, jump across qcut %.3f +- %.3f",
                n,
                n + 1,
                qcut - 10,
                qcut + 10,
                java.util.Arrays.toString(h),
                jump(),
                jump() * lnError());
    }

    /** d_{n,n+1} of the exclusive k_T clustering (R = 1) of the showered partons, |η| < 5. */
    static double dmerge(Event showered, int n) {
        List<FourMomentum> ps = new ArrayList<>();
        for (FourMomentum p : MlmMerging.finalPartons(showered)) {
            if (Math.abs(p.eta()) < MergingSettings.DEFAULT_ETA_MAX) {
                ps.add(p);
            }
        }
        if (ps.size() <= n) {
            return 0;
        }
        return ClusterSequence.of(ps, JetDefinition.of(JetAlgorithm.KT, 1.0)).exclusiveDmerge(n);
    }
}
