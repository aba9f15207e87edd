package org.quarryhep.stats.modifier;

import java.util.Map;
import org.quarryhep.stats.ModifierSpec;
import org.quarryhep.stats.Workspace;

/**
 * One HistFactory modifier type. Compiling a workspace runs {@link #declare} for every modifier
 * entry (so parameter sets and combined constraints are known), then {@link #compile} for every
 * entry to get the per-bin term.
 */
public interface Modifier {
    /** The pyhf type string. */
    String type();

    /** Whether the term adds to or multiplies the nominal. */
    Effect effect();

    /**
     * Declares (or extends) the parameter set this entry uses.
     *
     * @param spec the modifier entry
     * @param channel the channel of the sample
     * @param sample the sample carrying the modifier
     * @param pointer JSON pointer of the entry, for errors
     * @param registry where parameter sets are collected
     */
    void declare(
            ModifierSpec spec,
            Workspace.Channel channel,
            Workspace.Sample sample,
            String pointer,
            ParameterRegistry registry);

    /**
     * Compiles the per-bin term once all parameter sets are final.
     *
     * @param spec the modifier entry
     * @param sample the sample carrying the modifier
     * @param set the (final) parameter set of the entry
     * @param offsets the offset of every parameter set in the flat vector
     * @param interpolation the interpolation codes
     * @return the term
     */
    BinTerm compile(
            ModifierSpec spec,
            Workspace.Sample sample,
            ParameterSetBuilder set,
            Map<String, Integer> offsets,
            InterpolationSettings interpolation);
}
