package org.quarryhep.gen.process;

import org.quarryhep.core.FourMomentum;

/**
 * The factorisation and renormalisation scale: fixed, or one of MadGraph's dynamical choices
 * computed from the hard 2 → 2 final state (before decays).
 *
 * @param kind the choice
 * @param fixedValue the scale in GeV for {@link Kind#FIXED}
 */
public record ScaleChoice(Kind kind, double fixedValue) {
    /** The kinds of scale; names follow MadGraph's {@code dynamical_scale_choice}. */
    public enum Kind {
        /** A fixed value. */
        FIXED,
        /**
         * MadGraph-like automatic choice: √ŝ for processes with an s-channel resonance (what
         * MadGraph's default clustering gives for a colour-singlet 2 → 1 → 2 at LO), H_T/2 for pair
         * production.
         */
        AUTO,
        /** Σ E_T of the final state (MadGraph choice 1). */
        SUM_ET,
        /** H_T = Σ m_T of the final state (choice 2). */
        HT,
        /** H_T/2 (choice 3). */
        HALF_HT,
        /** √ŝ (choice 4). */
        SQRT_SHAT
    }

    /**
     * Parses {@code 91.188} (fixed) or one of {@code auto}, {@code sum-et}, {@code ht}, {@code
     * ht/2}, {@code sqrt-shat}.
     *
     * @param text the setting
     * @return the choice
     * @throws InvalidParameterException for anything else
     */
    public static ScaleChoice parse(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "auto":
                return new ScaleChoice(Kind.AUTO, Double.NaN);
            case "sum-et":
                return new ScaleChoice(Kind.SUM_ET, Double.NaN);
            case "ht":
                return new ScaleChoice(Kind.HT, Double.NaN);
            case "ht/2":
                return new ScaleChoice(Kind.HALF_HT, Double.NaN);
            case "sqrt-shat":
                return new ScaleChoice(Kind.SQRT_SHAT, Double.NaN);
            default:
                try {
                    double v = Double.parseDouble(t);
                    if (v > 0 && Double.isFinite(v)) {
                        return fixed(v);
                    }
                } catch (NumberFormatException e) {
                    // fall through to the error below
                }
                throw new InvalidParameterException(
                        "--scale: expected a positive number (GeV) or one of auto, sum-et, ht,"
                                + " ht/2, sqrt-shat; found '"
                                + text
                                + "'");
        }
    }

    /** A fixed scale. */
    public static ScaleChoice fixed(double gev) {
        return new ScaleChoice(Kind.FIXED, gev);
    }

    /**
     * The scale for a hard final state.
     *
     * @param p1 first hard final-state particle (before decays)
     * @param p2 second one
     * @param sChannel whether the process proceeds through an s-channel resonance (for AUTO)
     * @return the scale, GeV
     */
    public double scale(FourMomentum p1, FourMomentum p2, boolean sChannel) {
        return switch (kind) {
            case FIXED -> fixedValue;
            case AUTO -> sChannel ? p1.plus(p2).mass() : 0.5 * (p1.mt() + p2.mt());
            case SUM_ET -> p1.et() + p2.et();
            case HT -> p1.mt() + p2.mt();
            case HALF_HT -> 0.5 * (p1.mt() + p2.mt());
            case SQRT_SHAT -> p1.plus(p2).mass();
        };
    }

    /** The text form, as accepted by {@link #parse}. */
    public String description() {
        return switch (kind) {
            case FIXED -> Double.toString(fixedValue);
            case AUTO -> "auto";
            case SUM_ET -> "sum-et";
            case HT -> "ht";
            case HALF_HT -> "ht/2";
            case SQRT_SHAT -> "sqrt-shat";
        };
    }
}
