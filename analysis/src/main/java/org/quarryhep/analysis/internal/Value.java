package org.quarryhep.analysis.internal;

/** A compiled scalar expression, evaluated on the current event of a context. */
@FunctionalInterface
public interface Value {
    /**
     * Evaluates the expression.
     *
     * @param c the event context
     * @return the value; NaN when an object it needs is absent
     */
    double eval(EventContext c);

    /** Truth of a value: non-zero and not NaN. */
    static boolean truth(double v) {
        return v != 0 && !Double.isNaN(v);
    }
}
