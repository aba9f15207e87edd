package org.quarryhep.merging;

import java.util.List;
import java.util.Map;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.process.ScaleChoice;

/**
 * What a merging run does.
 *
 * @param process the core process as a MadGraph string ({@code p p > e+ e-}); the samples add
 *     {@code j} up to {@code maxJets} times
 * @param maxJets the highest number of extra partons (the inclusive sample)
 * @param xqcut the generator-level k_T cut between partons and to the beam (MadGraph's {@code
 *     xqcut}), GeV
 * @param qcut the matching scale, GeV; above xqcut so that the cut does not shape the jets
 * @param etaMax |η| beyond which partons and jets take no part in the matching
 * @param sqrtS the collider energy, GeV
 * @param params model parameters by MadGraph param-card name
 * @param cuts run-card cuts on top of the merging defaults ({@link MlmMerging#cuts})
 * @param generationScale the scale the samples are generated with before the CKKW reweighting (a
 *     choice that follows the kinematics keeps the weights even)
 * @param generator integration settings; each sample's seed is derived from this seed
 * @param eventsPerSample weighted matrix-element events generated for each multiplicity
 * @param qcutVariations further matching scales at which the merged σ is also computed (each above
 *     xqcut)
 */
public record MergingSettings(
        String process,
        int maxJets,
        double xqcut,
        double qcut,
        double etaMax,
        double sqrtS,
        Map<String, Double> params,
        Map<String, Double> cuts,
        ScaleChoice generationScale,
        GeneratorSettings generator,
        long eventsPerSample,
        List<Double> qcutVariations) {
    /** The most extra partons a run may ask for (the cost of 2 → 6 grows steeply). */
    public static final int MAX_JETS_LIMIT = 4;

    /** MadGraph's default {@code etaj} for MLM samples, and Pythia's {@code etaJetMax}. */
    public static final double DEFAULT_ETA_MAX = 5.0;

    /**
     * Validates the values.
     *
     * @throws MergingException naming the option that is out of range
     */
    public MergingSettings {
        if (process == null || !process.contains(">")) {
            throw new MergingException(
                    "--process: expected a MadGraph process string like \"p p > e+ e-\", found "
                            + process);
        }
        if (maxJets < 0 || maxJets > MAX_JETS_LIMIT) {
            throw new MergingException(
                    "--max-jets: expected 0 to " + MAX_JETS_LIMIT + ", found " + maxJets);
        }
        if (!(xqcut > 0) || !Double.isFinite(xqcut)) {
            throw new MergingException("--xqcut: expected a positive k_T in GeV, found " + xqcut);
        }
        if (!(qcut > xqcut) || !Double.isFinite(qcut)) {
            throw new MergingException(
                    "--qcut: must be above --xqcut ("
                            + xqcut
                            + " GeV) so that the generator cut does not shape the matched jets;"
                            + " found "
                            + qcut);
        }
        if (eventsPerSample < 1) {
            throw new MergingException("--events: expected at least 1, found " + eventsPerSample);
        }
        if (cuts.containsKey("xqcut")) {
            throw new MergingException(
                    "--cut xqcut: give the generator k_T cut as --xqcut, not as a --cut");
        }
        for (double q : qcutVariations) {
            if (!(q > xqcut) || !Double.isFinite(q)) {
                throw new MergingException(
                        "--vary-qcut: each scale must be above --xqcut ("
                                + xqcut
                                + "), found "
                                + q);
            }
        }
        qcutVariations = List.copyOf(qcutVariations);
        params = Map.copyOf(params);
        cuts = Map.copyOf(cuts);
    }
}
