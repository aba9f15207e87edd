package org.quarryhep.gen.amplitude;

import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;

/**
 * The LHE colour lines of a {@link MatrixElement}'s draws: from the leading-colour weights of the
 * colour flows where {@link LeadingColourFlows} applies (computed by the colour-ordered recursion
 * of {@link OrderedColourSum} where it covers the process — the same flows in the same order — else
 * by the least-squares extraction), else from the drawn colour assignment ({@link ColourFlow}). The
 * flow decomposition is immutable and built once, on first use, under a lock, so an instance may be
 * shared between threads.
 */
final class ColourLines {
    private final MatrixElement me;
    private final int[] crossed;
    private final int nIn;

    /**
     * The colour-flow decomposition, built on first use (Boolean.FALSE where it does not apply).
     */
    private volatile Object flows;

    /**
     * @param me the matrix element whose flows are decomposed (on first use, not here)
     * @param crossed PDG ids crossed to incoming, root last
     * @param nIn the number of incoming particles
     */
    ColourLines(MatrixElement me, int[] crossed, int nIn) {
        this.me = me;
        this.crossed = crossed.clone();
        this.nIn = nIn;
    }

    /** See {@link MatrixElement#colourTags}. */
    int[][] tags(MatrixElement.Draw draw, int firstTag, SplittableRandom rng) {
        LeadingColourFlows flows = leadingColourFlows();
        FourMomentum[] momenta = draw.momenta();
        if (flows != null && momenta != null) {
            OrderedColourSum fast = me.orderedSum();
            double[] weights =
                    fast != null
                            ? fast.flowWeights(me.momentumArrays(momenta))
                            : flows.amplitudes(momenta).weights();
            if (weights != null) {
                return flows.tags(LeadingColourFlows.pick(weights, rng), firstTag);
            }
        }
        return ColourFlow.tags(crossed, nIn, draw.colourStates(), firstTag, rng);
    }

    /** See {@link MatrixElement#leadingColourFlows}. */
    LeadingColourFlows leadingColourFlows() {
        Object f = flows;
        if (f == null) {
            synchronized (this) {
                f = flows;
                if (f == null) {
                    LeadingColourFlows built = LeadingColourFlows.of(me);
                    f = built == null ? Boolean.FALSE : built;
                    flows = f;
                }
            }
        }
        return f instanceof LeadingColourFlows l ? l : null;
    }
}
