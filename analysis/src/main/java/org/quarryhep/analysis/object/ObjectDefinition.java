package org.quarryhep.analysis.object;

import java.util.List;

/**
 * One named object collection of the analysis file's {@code objects} section: a detector list with
 * cuts, or a merge of other collections. Absent cuts take their neutral values (0 for minima, +∞
 * for maxima).
 *
 * @param name the collection's name in expressions ({@code muons}, {@code bjets}, …)
 * @param source where the objects come from
 * @param mergeOf for {@link ObjectSource#MERGED}, the collections merged (p_T-ordered); else empty
 * @param ptMin p_T ≥ ptMin, GeV
 * @param ptMax p_T &lt; ptMax, GeV
 * @param absEtaMax |η| &lt; absEtaMax
 * @param isolationMax relative isolation ≤ isolationMax (electrons, muons, photons)
 * @param bTag the b-tag requirement (jets)
 * @param tauTag the τ-tag requirement (jets)
 * @param absD0MinMm |d0| ≥ absD0MinMm (electrons, muons; displaced leptons)
 * @param absD0MaxMm |d0| &lt; absD0MaxMm (electrons, muons; prompt leptons)
 * @param tracksMin at least this many tracks (vertices)
 * @param dxyMinMm Δ_2D ≥ dxyMinMm (vertices)
 * @param dxyMaxMm Δ_2D &lt; dxyMaxMm (vertices)
 * @param vertexMassMin vertex mass ≥ vertexMassMin, GeV (vertices)
 */
public record ObjectDefinition(
        String name,
        ObjectSource source,
        List<String> mergeOf,
        double ptMin,
        double ptMax,
        double absEtaMax,
        double isolationMax,
        TagRequirement bTag,
        TagRequirement tauTag,
        double absD0MinMm,
        double absD0MaxMm,
        int tracksMin,
        double dxyMinMm,
        double dxyMaxMm,
        double vertexMassMin) {

    /** Copies the merge list. */
    public ObjectDefinition {
        mergeOf = List.copyOf(mergeOf);
    }

    /** A readable summary, as cut-flow tables and reports show it. */
    public String description() {
        StringBuilder b = new StringBuilder(name).append(" = ");
        if (source == ObjectSource.MERGED) {
            return b.append(String.join(" + ", mergeOf)).toString();
        }
        b.append(source.key());
        if (ptMin > 0) {
            b.append(", pT >= ").append(ptMin);
        }
        if (ptMax < Double.POSITIVE_INFINITY) {
            b.append(", pT < ").append(ptMax);
        }
        if (absEtaMax < Double.POSITIVE_INFINITY) {
            b.append(", |eta| < ").append(absEtaMax);
        }
        if (isolationMax < Double.POSITIVE_INFINITY) {
            b.append(", iso <= ").append(isolationMax);
        }
        if (bTag != TagRequirement.ANY) {
            b.append(bTag == TagRequirement.REQUIRED ? ", b-tagged" : ", not b-tagged");
        }
        if (tauTag != TagRequirement.ANY) {
            b.append(tauTag == TagRequirement.REQUIRED ? ", tau-tagged" : ", not tau-tagged");
        }
        if (absD0MinMm > 0) {
            b.append(", |d0| >= ").append(absD0MinMm).append(" mm");
        }
        if (absD0MaxMm < Double.POSITIVE_INFINITY) {
            b.append(", |d0| < ").append(absD0MaxMm).append(" mm");
        }
        if (tracksMin > 0) {
            b.append(", tracks >= ").append(tracksMin);
        }
        if (dxyMinMm > 0) {
            b.append(", dxy >= ").append(dxyMinMm).append(" mm");
        }
        if (dxyMaxMm < Double.POSITIVE_INFINITY) {
            b.append(", dxy < ").append(dxyMaxMm).append(" mm");
        }
        if (vertexMassMin > 0) {
            b.append(", mass >= ").append(vertexMassMin);
        }
        return b.toString();
    }
}
