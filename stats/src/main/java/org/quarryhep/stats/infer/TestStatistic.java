package org.quarryhep.stats.infer;

import java.util.Locale;

/**
 * Profile-likelihood-ratio test statistics (arXiv:1007.1727): t_μ = −2 ln λ(μ) with μ̂ within the
 * POI bounds; q_μ (eq. 14) = t_μ for μ̂ ≤ μ, 0 otherwise; q̃_μ (eq. 16) the same with μ̂ ≥ 0
 * through the POI's lower bound, differing from q_μ in its asymptotic distribution; q_0 (eq. 12) =
 * t_0 for μ̂ ≥ 0, 0 otherwise.
 */
public enum TestStatistic {
    /** q_μ, one-sided for upper limits. */
    Q("q"),
    /** q̃_μ, one-sided, for a POI bounded below at 0. */
    QTILDE("qtilde"),
    /** q_0, discovery. */
    Q0("q0"),
    /** t_μ, two-sided. */
    TMU("tmu");

    private final String pyhfName;

    TestStatistic(String pyhfName) {
        this.pyhfName = pyhfName;
    }

    /** pyhf's name ("q", "qtilde", "q0", "tmu"). */
    public String pyhfName() {
        return pyhfName;
    }

    /**
     * Parses pyhf's name.
     *
     * @param text "q", "qtilde", "q0" or "tmu"
     * @return the test statistic
     * @throws IllegalArgumentException for anything else
     */
    public static TestStatistic parse(String text) {
        for (TestStatistic t : values()) {
            if (t.pyhfName.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException(
                "unknown test statistic '" + text + "'; expected q, qtilde, q0 or tmu");
    }
}
