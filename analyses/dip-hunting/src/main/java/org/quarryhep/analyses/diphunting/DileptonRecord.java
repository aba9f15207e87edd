package org.quarryhep.analyses.diphunting;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.gen.process.DileptonSpinObservables;
import org.quarryhep.gen.process.TopPairDecays;
import org.quarryhep.gen.process.TopPairResonanceWeights;
import org.quarryhep.gen.process.TopPairResonanceWeights.SpinWeights;

/**
 * What the decay-exact pool keeps of one dileptonic t t̄ record (g g or q q̄): the θ-independent
 * spin weights of every process at that record — g g QCD, ³P₀ and ¹S₀ from gen ({@link
 * TopPairResonanceWeights#spinWeights}), q q̄ from {@link QuarkPairSpinCorrelation} — and the spin
 * observables. A q q̄ record needs the g g weights too (the exact ratio compares the densities of
 * both initial states at the same record); gen's weights depend on the momenta only, so a q q̄
 * record is read with its incoming partons labelled as gluons.
 *
 * @param spin the g g QCD, ³P₀ and ¹S₀ weights
 * @param quarkWeight the q q̄ → t t̄ weight
 * @param observables cos φ, c₁, c₂, |Δφ_ℓℓ|
 * @param top the top direction in the t t̄ frame (unit)
 * @param beam the beam-1 parton's direction in the t t̄ frame (unit)
 * @param beta the top velocity in the t t̄ frame
 * @param lPlus the ℓ⁺ direction in the top rest frame (unit)
 * @param lMinus the ℓ⁻ direction in the anti-top rest frame (unit)
 */
record DileptonRecord(
        SpinWeights spin,
        double quarkWeight,
        DileptonSpinObservables observables,
        double[] top,
        double[] beam,
        double beta,
        double[] lPlus,
        double[] lMinus) {

    /**
     * Reads one record.
     *
     * @param e a decayed t t̄ event as gen writes it, both W → ℓν
     * @param weights the matrix elements (the collider's top mass)
     * @return its spin weights and observables
     * @throws DipHuntingException when the event is not a dileptonic t t̄ record
     */
    static DileptonRecord of(Event e, TopPairResonanceWeights weights) {
        TopPairDecays d;
        try {
            d = TopPairDecays.of(asGluons(e));
        } catch (RuntimeException ex) {
            throw new DipHuntingException(ex.getMessage());
        }
        if (!lepton(-d.wPlusDownId()) || !lepton(d.wMinusDownId())) {
            throw new DipHuntingException(
                    "event "
                            + e.number()
                            + ": not dileptonic (W+ -> "
                            + d.wPlusDownId()
                            + ", W- -> "
                            + d.wMinusDownId()
                            + "); observables: spin needs decay: 1 or 5 samples");
        }
        FourMomentum pair = d.top().plus(d.antiTop());
        FourMomentum t = d.top().inRestFrameOf(pair);
        FourMomentum tb = d.antiTop().inRestFrameOf(pair);
        double[] k = unit(t);
        double[] p = unit(d.parton1().inRestFrameOf(pair));
        double beta = t.p() / t.e();
        double[] l1 = unit(d.wPlusDown().inRestFrameOf(pair).inRestFrameOf(t));
        double[] l2 = unit(d.wMinusDown().inRestFrameOf(pair).inRestFrameOf(tb));
        return new DileptonRecord(
                weights.spinWeights(d),
                QuarkPairSpinCorrelation.weight(k, p, beta, l1, l2),
                DileptonSpinObservables.of(d.top(), d.antiTop(), d.wPlusDown(), d.wMinusDown()),
                k,
                p,
                beta,
                l1,
                l2);
    }

    /** The event with its incoming partons relabelled as gluons (momenta unchanged). */
    private static Event asGluons(Event e) {
        List<Particle> ps = new ArrayList<>();
        for (Particle p : e.particles()) {
            ps.add(p.status() == -1 && p.pdgId() != 21 ? p.withPdgId(21) : p);
        }
        return e.toBuilder().optParticles(ps).build();
    }

    private static boolean lepton(int id) {
        return id == 11 || id == 13 || id == 15;
    }

    private static double[] unit(FourMomentum v) {
        double n = v.p();
        return new double[] {v.px() / n, v.py() / n, v.pz() / n};
    }
}
