package org.quarryhep.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One thread's (or one sample's) cut-flow and histograms for an {@link AnalysisDefinition}. Fill
 * through {@link EventSelection#fill}; {@link #merge} adds another thread's, exactly.
 */
public final class AnalysisAccumulator {
    private final AnalysisDefinition definition;
    private final CutFlow cutFlow;
    private final Histogram[] histograms;
    private final Profile[] profiles;

    AnalysisAccumulator(AnalysisDefinition d) {
        this.definition = d;
        this.cutFlow = new CutFlow(d);
        this.histograms = new Histogram[d.histograms().size()];
        for (int h = 0; h < histograms.length; h++) {
            HistogramDefinition hd = d.histograms().get(h);
            histograms[h] = new Histogram(hd.name(), hd.edges());
        }
        this.profiles = new Profile[d.profiles().size()];
        for (int p = 0; p < profiles.length; p++) {
            ProfileDefinition pd = d.profiles().get(p);
            profiles[p] = new Profile(pd.name(), pd.xEdges(), pd.yEdges());
        }
    }

    Profile[] profileArray() {
        return profiles;
    }

    /**
     * The 2-D profiles' results with the weights multiplied by a scale.
     *
     * @param scale the weight scale
     * @return one result per profile, in the definition's order
     */
    public List<ProfileResult> profiles(double scale) {
        List<ProfileResult> out = new ArrayList<>();
        for (Profile p : profiles) {
            out.add(p.result(scale));
        }
        return out;
    }

    /** The cut-flow. */
    public CutFlow cutFlow() {
        return cutFlow;
    }

    Histogram[] histogramArray() {
        return histograms;
    }

    /**
     * The histograms' results with the weights multiplied by a scale.
     *
     * @param scale the weight scale (e.g. σ𝓛/Σw; {@link CutFlow#totalWeight()} gives Σw)
     * @return one result per histogram, in the definition's order
     */
    public List<HistogramResult> histograms(double scale) {
        List<HistogramResult> out = new ArrayList<>();
        for (Histogram h : histograms) {
            out.add(h.result(scale));
        }
        return out;
    }

    /**
     * Adds another accumulator of the same definition.
     *
     * @param other the other accumulator
     * @throws IllegalArgumentException when it belongs to another definition
     */
    public void merge(AnalysisAccumulator other) {
        if (other.definition != definition) {
            throw new IllegalArgumentException(
                    "cannot merge accumulators of different definitions");
        }
        cutFlow.merge(other.cutFlow);
        for (int h = 0; h < histograms.length; h++) {
            histograms[h].merge(other.histograms[h]);
        }
        for (int p = 0; p < profiles.length; p++) {
            profiles[p].merge(other.profiles[p]);
        }
    }
}
