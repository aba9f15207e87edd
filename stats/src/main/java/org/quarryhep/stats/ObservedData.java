package org.quarryhep.stats;

/**
 * The data a likelihood is evaluated on: counts in the main bins (channels in model order) and the
 * auxiliary data of every constrained parameter component (parameters in model order). pyhf
 * concatenates the two into one vector; {@link #concatenated()} gives that form.
 *
 * @param main counts per bin
 * @param aux auxiliary data
 */
public record ObservedData(double[] main, double[] aux) {
    /** Copies the arrays. */
    public ObservedData {
        main = main.clone();
        aux = aux.clone();
    }

    /** Counts per bin (a copy). */
    @Override
    public double[] main() {
        return main.clone();
    }

    /** Auxiliary data (a copy). */
    @Override
    public double[] aux() {
        return aux.clone();
    }

    /**
     * Read-only access to one main count without a copy, for the likelihood loop.
     *
     * @param i the bin index over all channels
     * @return the count
     */
    public double mainAt(int i) {
        return main[i];
    }

    /**
     * Read-only access to one auxiliary datum without a copy.
     *
     * @param i the index into the auxiliary data
     * @return the datum
     */
    public double auxAt(int i) {
        return aux[i];
    }

    /** pyhf's data vector: main bins followed by auxiliary data. */
    public double[] concatenated() {
        double[] all = new double[main.length + aux.length];
        System.arraycopy(main, 0, all, 0, main.length);
        System.arraycopy(aux, 0, all, main.length, aux.length);
        return all;
    }
}
