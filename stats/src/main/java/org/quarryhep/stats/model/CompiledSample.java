package org.quarryhep.stats.model;

import org.quarryhep.stats.modifier.BinTerm;

/**
 * One sample of one channel as the likelihood loop sees it: nominal yields, the additive and the
 * multiplicative terms of its modifiers, and its offset in the flat bin vector.
 */
record CompiledSample(
        String channel, String name, int offset, double[] nominal, BinTerm[] add, BinTerm[] mult) {
    /** Expected yield in bin {@code b}: (nominal + Σ additive) · Π multiplicative. */
    double expected(double[] pars, int b) {
        double base = nominal[b];
        for (BinTerm t : add) {
            base += t.value(pars, b);
        }
        double f = 1.0;
        for (BinTerm t : mult) {
            f *= t.value(pars, b);
        }
        return base * f;
    }
}
