package org.quarryhep.gen.phasespace;

import java.util.Arrays;

/**
 * VEGAS grids for a multichannel integrand: one grid for the first variable, which chooses the
 * channel (channel k for x₀ in [k/K, (k + 1)/K), so the channel shares adapt), and a grid of its
 * own for the other variables of each channel — a point's Jacobian is the product of the choice
 * grid's and its channel's grid's factors only. With one channel it is one grid over all variables
 * (what the generator used before).
 *
 * <p>Unbiased for any grids: E[f/D · J₀ J_k] = Σ_k ∫ dx (f/D)(φ_k(x)) over the unit cube, the same
 * integral as with a shared grid; what changes is the variance: each channel's grid follows the
 * peaks of the integrand in its own variables (a t-channel pole in one channel, a Breit–Wigner in
 * another) instead of one compromise for all.
 *
 * <p>Bin indices: {@link #newBinIndex()} has one entry per variable plus the channel. Not
 * thread-safe for adaptation; {@link #map} is read-only.
 */
public final class ChannelGrids {
    private final int dims;
    private final int channels;
    private final VegasGrid single;
    private final VegasGrid choice;
    private final VegasGrid[] perChannel;

    /**
     * Creates uniform grids.
     *
     * @param dims number of variables (the first chooses the channel when channels &gt; 1)
     * @param channels number of channels K (1: one grid)
     * @param bins bins per variable
     * @throws IllegalArgumentException for fewer than two variables with several channels
     */
    public ChannelGrids(int dims, int channels, int bins) {
        if (channels < 1 || (channels > 1 && dims < 2)) {
            throw new IllegalArgumentException(
                    "need channels >= 1 and, with several channels, dims >= 2; got dims="
                            + dims
                            + ", channels="
                            + channels);
        }
        this.dims = dims;
        this.channels = channels;
        if (channels == 1) {
            single = new VegasGrid(dims, bins);
            choice = null;
            perChannel = null;
        } else {
            single = null;
            choice = new VegasGrid(1, bins);
            perChannel = new VegasGrid[channels];
            for (int k = 0; k < channels; k++) {
                perChannel[k] = new VegasGrid(dims - 1, bins);
            }
        }
    }

    /** Number of variables. */
    public int dims() {
        return dims;
    }

    /** A bin-index array for {@link #map}: one entry per variable, then the channel. */
    public int[] newBinIndex() {
        return new int[dims + 1];
    }

    /** The channel of a mapped first variable x₀. */
    private int channelOf(double x0) {
        return Math.min((int) (x0 * channels), channels - 1);
    }

    /**
     * Maps uniform numbers to a point.
     *
     * @param r uniform numbers in [0, 1)^d
     * @param x filled with the mapped point
     * @param binIndex filled with the bins and (last) the channel
     * @return the Jacobian: the choice grid's factor times the chosen channel's grid's
     */
    public double map(double[] r, double[] x, int[] binIndex) {
        if (single != null) {
            binIndex[dims] = 0;
            return single.map(r, x, binIndex);
        }
        double jac = choice.map(r, x, binIndex, 0);
        int k = channelOf(x[0]);
        binIndex[dims] = k;
        return jac * perChannel[k].map(r, x, binIndex, 1);
    }

    /** A new accumulator: the rows of every grid, in order. */
    public double[][] newAccumulator() {
        int rows = single != null ? dims : 1 + channels * (dims - 1);
        int bins = single != null ? single.bins() : choice.bins();
        return new double[rows][bins];
    }

    /** Adds one point's (f·J)² to the rows of the grids it used. */
    public void accumulate(double[][] acc, int[] binIndex, double weight) {
        if (single != null) {
            single.accumulate(acc, 0, binIndex, 0, weight);
            return;
        }
        choice.accumulate(acc, 0, binIndex, 0, weight);
        int k = binIndex[dims];
        perChannel[k].accumulate(acc, 1 + k * (dims - 1), binIndex, 1, weight);
    }

    /**
     * Adapts every grid to its rows of the accumulator (a channel no point reached keeps its grid).
     *
     * @param acc the accumulated values
     * @param alpha damping exponent
     */
    public void adapt(double[][] acc, double alpha) {
        if (single != null) {
            single.adapt(acc, alpha);
            return;
        }
        choice.adapt(Arrays.copyOfRange(acc, 0, 1), alpha);
        for (int k = 0; k < channels; k++) {
            int row = 1 + k * (dims - 1);
            perChannel[k].adapt(Arrays.copyOfRange(acc, row, row + dims - 1), alpha);
        }
    }
}
