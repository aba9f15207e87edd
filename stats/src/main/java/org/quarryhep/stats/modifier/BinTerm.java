package org.quarryhep.stats.modifier;

/**
 * A compiled modifier acting on one sample: per bin a value that depends on at most one component
 * of the flat parameter vector, with its derivative (so the gradient of the likelihood is exact).
 */
public interface BinTerm {
    /**
     * The index in the flat parameter vector the bin's value depends on, or −1 for none.
     *
     * @param bin the bin of the sample's channel
     * @return the parameter index or −1
     */
    int parameter(int bin);

    /**
     * The term's value in a bin (a delta for additive modifiers, a factor for multiplicative ones).
     *
     * @param pars the flat parameter vector
     * @param bin the bin
     * @return the value
     */
    double value(double[] pars, int bin);

    /**
     * The derivative of {@link #value} with respect to {@code pars[parameter(bin)]}.
     *
     * @param pars the flat parameter vector
     * @param bin the bin
     * @return the derivative (0 when the bin depends on no parameter)
     */
    double derivative(double[] pars, int bin);
}
