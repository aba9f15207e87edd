package org.quarryhep.jets;

import java.util.List;
import org.quarryhep.core.FourMomentum;

/**
 * A jet found by a {@link ClusterSequence}: its four-momentum and the indices of its constituents
 * in the particle list the sequence was built from.
 *
 * <p>Angles follow core's conventions: {@link #phi()} ∈ [−π, π) (FastJet reports [0, 2π)). {@link
 * #rapidity()} is computed the way the clustering computes it (FastJet's convention for massless
 * particles along the beam, ±(10⁵ + |pz|)).
 *
 * @param momentum the jet four-momentum (E-scheme sum of its constituents), GeV
 * @param constituents indices into the clustered particle list, ascending, unmodifiable
 * @param historyIndex the step in {@link ClusterSequence#history()} that created this jet
 */
public record Jet(FourMomentum momentum, List<Integer> constituents, int historyIndex) {

    /** Copies the constituent list so the record stays immutable. */
    public Jet {
        constituents = List.copyOf(constituents);
    }

    /** Transverse momentum, GeV. */
    public double pt() {
        return momentum.pt();
    }

    /** Rapidity y, in the clustering's (FastJet's) convention. */
    public double rapidity() {
        return PseudoJetKinematics.rapidity(
                momentum.px(), momentum.py(), momentum.pz(), momentum.e());
    }

    /** Pseudorapidity η (core's convention for pT = 0). */
    public double eta() {
        return momentum.eta();
    }

    /** Azimuth φ ∈ [−π, π). */
    public double phi() {
        return momentum.phi();
    }

    /** Invariant mass, signed for spacelike vectors (core's convention), GeV. */
    public double mass() {
        return momentum.mass();
    }

    /** Number of constituents. */
    public int constituentCount() {
        return constituents.size();
    }
}
