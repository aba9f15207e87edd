package org.quarryhep.gen.treelevel;

import org.quarryhep.gen.phasespace.BreitWigner;

/**
 * How one invariant mass squared m² is drawn from a uniform number in [m²_lo, m²_hi]: along a
 * Breit–Wigner (an s-channel W, Z, H propagator) or along 1/(m² + c) (a massless propagator such as
 * γ* or a pair of partons, c = 1 GeV² keeps m² = 0 finite).
 */
sealed interface InvariantMassMap {
    /** m² for a uniform u, or NaN when the range is empty. */
    double m2(double u, double lo, double hi);

    /** The density dP/dm² at m² (0 outside the range). */
    double density(double m2, double lo, double hi);

    /** A short label for channel descriptions. */
    String label();

    /** The Breit–Wigner of a resonance of mass M and width Γ. */
    record Resonance(String label, double mass, double width) implements InvariantMassMap {
        @Override
        public double m2(double u, double lo, double hi) {
            return hi > lo ? new BreitWigner(mass, width, lo, hi).m2(u) : Double.NaN;
        }

        @Override
        public double density(double m2, double lo, double hi) {
            if (!(hi > lo) || m2 < lo || m2 > hi) {
                return 0;
            }
            return 1 / new BreitWigner(mass, width, lo, hi).jacobian(m2);
        }
    }

    /** The 1/(m² + c) density of a massless propagator. */
    record Massless(String label) implements InvariantMassMap {
        private static final double OFFSET = 1.0;

        @Override
        public double m2(double u, double lo, double hi) {
            if (!(hi > lo)) {
                return Double.NaN;
            }
            double m2 = (lo + OFFSET) * Math.pow((hi + OFFSET) / (lo + OFFSET), u) - OFFSET;
            return Math.min(Math.max(m2, lo), hi);
        }

        @Override
        public double density(double m2, double lo, double hi) {
            if (!(hi > lo) || m2 < lo || m2 > hi) {
                return 0;
            }
            return 1 / ((m2 + OFFSET) * Math.log((hi + OFFSET) / (lo + OFFSET)));
        }
    }
}
