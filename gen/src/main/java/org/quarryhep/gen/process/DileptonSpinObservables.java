package org.quarryhep.gen.process;

import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;

/**
 * The dilepton t t̄ spin observables of one event. l̂₁ is the ℓ⁺ direction in the top rest frame
 * and l̂₂ the ℓ⁻ direction in the anti-top rest frame, both reached from the t t̄ rest frame by a
 * rotation-free boost (the convention of Bernreuther et al., hep-ph/0403035); k̂ is the top
 * direction in the t t̄ rest frame. With analysing powers +1 (ℓ⁺) and −1 (ℓ⁻), dσ/dcos φ ∝ 1 − D
 * cos φ gives ⟨cos φ⟩ = −D/3, and (1 − C c₁c₂) in the helicity basis gives ⟨c₁c₂⟩ = −C/9.
 *
 * @param cosPhi cos φ = l̂₁·l̂₂, the opening angle of the two leptons in their parents' frames
 * @param c1 l̂₁·k̂, the ℓ⁺ helicity angle
 * @param c2 −l̂₂·k̂, the ℓ⁻ helicity angle (axis −k̂, the anti-top direction)
 * @param deltaPhiLab |Δφ| of ℓ⁺ and ℓ⁻ in the laboratory, in [0, π]
 */
public record DileptonSpinObservables(double cosPhi, double c1, double c2, double deltaPhiLab) {
    /** c₁c₂, the helicity-basis correlation. */
    public double c1c2() {
        return c1 * c2;
    }

    /**
     * The observables from the four laboratory momenta.
     *
     * @param top the top
     * @param antiTop the anti-top
     * @param lPlus the ℓ⁺ (from the top)
     * @param lMinus the ℓ⁻ (from the anti-top)
     * @return the observables
     */
    public static DileptonSpinObservables of(
            FourMomentum top, FourMomentum antiTop, FourMomentum lPlus, FourMomentum lMinus) {
        FourMomentum pair = top.plus(antiTop);
        FourMomentum t = top.inRestFrameOf(pair);
        FourMomentum tb = antiTop.inRestFrameOf(pair);
        double[] l1 = unit(lPlus.inRestFrameOf(pair).inRestFrameOf(t));
        double[] l2 = unit(lMinus.inRestFrameOf(pair).inRestFrameOf(tb));
        double[] k = unit(t);
        return new DileptonSpinObservables(
                dot(l1, l2), dot(l1, k), -dot(l2, k), Math.abs(lPlus.deltaPhi(lMinus)));
    }

    /**
     * The observables of a dileptonic t t̄ record (g g or q q̄) as gen writes it (the W⁺'s ℓ⁺ and
     * the W⁻'s ℓ⁻; a τ at its recorded momentum).
     *
     * @param e the event
     * @return the observables
     * @throws InvalidParameterException when the event is not a decayed t t̄ record or a W decays
     *     to quarks
     */
    public static DileptonSpinObservables of(Event e) {
        TopPairDecays d = TopPairDecays.read(e, false);
        if (!isChargedLepton(-d.wPlusDownId()) || !isChargedLepton(d.wMinusDownId())) {
            throw new InvalidParameterException(
                    "event "
                            + e.number()
                            + ": not dileptonic (W decays to "
                            + d.wPlusDownId()
                            + " and "
                            + d.wMinusDownId()
                            + "; needs l+ and l-)");
        }
        return of(d.top(), d.antiTop(), d.wPlusDown(), d.wMinusDown());
    }

    private static boolean isChargedLepton(int id) {
        return id == 11 || id == 13 || id == 15;
    }

    private static double[] unit(FourMomentum p) {
        double n = p.p();
        return new double[] {p.px() / n, p.py() / n, p.pz() / n};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
