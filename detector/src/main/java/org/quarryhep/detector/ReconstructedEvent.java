package org.quarryhep.detector;

import java.util.Arrays;
import java.util.List;

/**
 * One event after detector simulation: the analysis objects, missing transverse momentum, displaced
 * vertices and the generator weights.
 *
 * @param number the input event number
 * @param weights the generator weights (the first is nominal)
 * @param pileupInteractions the number of overlaid minimum-bias interactions
 * @param electrons identified, isolated electrons, pT-ordered
 * @param muons identified, isolated muons, pT-ordered
 * @param photons identified, isolated photons, pT-ordered
 * @param taus hadronic τ candidates, pT-ordered
 * @param jets jets, pT-ordered, with b and τ tags
 * @param met missing transverse momentum
 * @param vertices displaced vertices, by decreasing number of tracks
 */
public record ReconstructedEvent(
        long number,
        double[] weights,
        int pileupInteractions,
        List<Lepton> electrons,
        List<Lepton> muons,
        List<Photon> photons,
        List<TauJet> taus,
        List<RecoJet> jets,
        MissingEt met,
        List<SecondaryVertex> vertices) {

    /** Compact constructor: copies the arrays and lists. */
    public ReconstructedEvent {
        weights = weights.clone();
        electrons = List.copyOf(electrons);
        muons = List.copyOf(muons);
        photons = List.copyOf(photons);
        taus = List.copyOf(taus);
        jets = List.copyOf(jets);
        vertices = List.copyOf(vertices);
    }

    /** The generator weights (a copy). */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** The nominal weight (1 when the input had none). */
    public double weight() {
        return weights.length == 0 ? 1.0 : weights[0];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReconstructedEvent e
                && number == e.number
                && Arrays.equals(weights, e.weights)
                && pileupInteractions == e.pileupInteractions
                && electrons.equals(e.electrons)
                && muons.equals(e.muons)
                && photons.equals(e.photons)
                && taus.equals(e.taus)
                && jets.equals(e.jets)
                && met.equals(e.met)
                && vertices.equals(e.vertices);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number) * 31 + Arrays.hashCode(weights) + jets.hashCode();
    }

    @Override
    public String toString() {
        return "ReconstructedEvent[#"
                + number
                + ", "
                + electrons.size()
                + " e, "
                + muons.size()
                + " mu, "
                + photons.size()
                + " gamma, "
                + taus.size()
                + " tau, "
                + jets.size()
                + " jets, MET "
                + String.format("%.2f", met.met())
                + ", "
                + vertices.size()
                + " SV]";
    }
}
