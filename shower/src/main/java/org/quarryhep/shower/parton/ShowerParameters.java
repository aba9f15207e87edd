package org.quarryhep.shower.parton;

/**
 * Every tunable number of the parton shower and the beam remnants; the tune file fills it ({@code
 * org.quarryhep.shower.Tune}, whose built-in file holds the defaults).
 *
 * @param alphaSMz α_s(M_Z) (MS-bar) of the shower's one-loop coupling
 * @param alphaSOrder 0 for a fixed coupling α_s(M_Z), 1 for one-loop running
 * @param cmw whether the coupling is taken in the CMW scheme
 * @param pTminFsr final-state cutoff in p⊥evol, GeV
 * @param pTminIsr initial-state cutoff in p⊥evol, GeV
 * @param charmMass charm mass in the shower (kinematics, g → cc̄ threshold, dead cone), GeV
 * @param bottomMass bottom mass in the shower, GeV
 * @param gluonSplittingFlavours number of flavours gluons split into (3 to 5)
 * @param fsr whether final-state radiation is on
 * @param isr whether initial-state radiation is on
 * @param meCorrections whether first emissions are corrected to the 2 → 3 matrix elements
 * @param primordialKt Gaussian width of each incoming parton's primordial k⊥ (per component ×√2),
 *     GeV
 */
public record ShowerParameters(
        double alphaSMz,
        int alphaSOrder,
        boolean cmw,
        double pTminFsr,
        double pTminIsr,
        double charmMass,
        double bottomMass,
        int gluonSplittingFlavours,
        boolean fsr,
        boolean isr,
        boolean meCorrections,
        double primordialKt) {

    /** Checks the ranges. */
    public ShowerParameters {
        require(alphaSMz > 0.05 && alphaSMz < 0.3, "alphaSMz", alphaSMz);
        require(alphaSOrder == 0 || alphaSOrder == 1, "alphaSOrder", alphaSOrder);
        require(pTminFsr >= 0.3 && pTminFsr <= 10, "pTminFsr", pTminFsr);
        require(pTminIsr >= 0.3 && pTminIsr <= 10, "pTminIsr", pTminIsr);
        require(charmMass > 1 && charmMass < 2, "charmMass", charmMass);
        require(bottomMass > 4 && bottomMass < 5.5, "bottomMass", bottomMass);
        require(gluonSplittingFlavours >= 3 && gluonSplittingFlavours <= 5, "nf", 0);
        require(primordialKt >= 0 && primordialKt <= 5, "primordialKt", primordialKt);
    }

    private static void require(boolean ok, String name, double v) {
        if (!ok) {
            throw new IllegalArgumentException("shower parameter " + name + " out of range: " + v);
        }
    }
}
