package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * Fermion flow through Majorana lines in the off-shell recursion, after Denner, Eck, Hahn and
 * Küblbeck (Nucl. Phys. B387 (1992) 467): every fermion chain gets one continuous orientation; a
 * Dirac fermion whose fermion-number flow runs against it takes the charge-conjugate spinors and
 * the reversed vertex Γ′ = C Γ^T C⁻¹ (for γ^μ(c_L P_L + c_R P_R): −γ^μ(c_L P_R + c_R P_L)), and the
 * relative sign of two diagrams is the parity of the order in which the external spinors appear
 * along the chains.
 *
 * <p>The recursion stores a fermion current as a column spinor (id &gt; 0) or a row spinor (id &lt;
 * 0) and multiplies each join by the parity that sorts the joined sources, the row current first
 * (the chain read from its row end). For a Dirac fermion the orientation follows its charge flow; a
 * Majorana current N has no charge to fix it, and the two readings are related by the charge
 * conjugation C = iγ²γ⁰: row = col^T C, col = C row^T. Denner's reversed vertex then reduces to a
 * flip of the Majorana current: with c-number spinors r Γ c = −(c^T C) Γ′ (C r^T), so the reversed
 * join of a row N current R with a row Dirac current r, read [R, r] with Γ′ on C r^T, equals the
 * ordinary join of r with the column C R^T read [r, R] — the sign of the c-number identity and the
 * parity of swapping the two chain ends (both odd) cancel. A flip therefore carries no sign, and
 * the recursion treats N like a Dirac fermion whose orientation is chosen at each vertex: opposite
 * to the Dirac partner's in a bilinear, by the W charge where N turns into a charged lepton, and
 * the root's at the end. Flipping commutes with the propagator (C (p̸ + m)^T C⁻¹ = −p̸ + m), so
 * where it happens along a line does not matter. Each diagram is still built once: given the
 * partner, only one orientation of N has a vertex.
 */
final class MajoranaFlow {
    private MajoranaFlow() {}

    /**
     * Whether a species is a Majorana fermion: a heavy neutrino or the neutralino (either sign).
     */
    static boolean isMajorana(int id) {
        return HeavyNeutrinoSector.isNeutrino(id) || Math.abs(id) == Neutralino.PDG;
    }

    /**
     * The same Majorana current in the other orientation: a column X becomes the row X^T C, a row R
     * the column C R^T, with C = iγ²γ⁰ = diag(ε, −ε), ε = ((0, 1), (−1, 0)) in the chiral
     * representation of {@link Dirac}. Colourless, 4 complex components.
     */
    static Current flip(Current c) {
        Current f = new Current(-c.id, c.qcd, c.qed, c.v.length);
        double[] v = c.v;
        double[] w = f.v;
        // X^T C: (−X₁, X₀, X₃, −X₂); C R^T: (R₁, −R₀, −R₃, R₂)
        int s = c.id > 0 ? 1 : -1;
        for (int k = 0; k < 2; k++) {
            w[k] = -s * v[2 + k];
            w[2 + k] = s * v[k];
            w[4 + k] = s * v[6 + k];
            w[6 + k] = -s * v[4 + k];
        }
        return f;
    }

    /**
     * The root currents with every heavy-neutrino current turned to the orientation the root's
     * wavefunction contracts (its species {@code rootSpecies}), merged with those already in it.
     */
    static List<Current> toRoot(List<Current> currents, int rootSpecies) {
        List<Current> out = new ArrayList<>(currents.size());
        for (Current c : currents) {
            Current d = c.id == -rootSpecies ? flip(c) : c;
            Current same = null;
            for (Current e : out) {
                if (e.id == d.id && e.qcd == d.qcd && e.qed == d.qed) {
                    same = e;
                }
            }
            if (same == null) {
                out.add(d);
            } else {
                for (int k = 0; k < d.v.length; k++) {
                    same.v[k] += d.v[k];
                }
            }
        }
        return out;
    }
}
