package org.quarryhep.shower.hadron;

/**
 * Parameters of the Lund string hadronisation (filled from the tune file). The defaults are Pythia
 * 8.3's (T. Sjöstrand et al., "An introduction to PYTHIA 8.2", arXiv:1410.3012, and the Pythia 8.3
 * settings manual), the Monash 2013 tune of LEP data (P. Skands, S. Carrazza, J. Rojo,
 * arXiv:1404.5630).
 *
 * @param lundA a of the Lund symmetric fragmentation function f(z) ∝ z⁻¹ (1 − z)ᵃ exp(−b m_T²/z);
 *     default 0.68
 * @param lundB b of the fragmentation function, GeV⁻²; default 0.98
 * @param sigmaPt width of the Gaussian transverse momentum of a new quark pair, σ = ⟨p_T²⟩^½ of the
 *     hadron's p_x and p_y each times √2, GeV; default 0.335
 * @param probStoUD strangeness suppression s/u of new quark pairs; default 0.217
 * @param probQQtoQ diquark/quark ratio of new pairs (baryon production); default 0.081
 * @param probSQtoQQ extra suppression of diquarks with a strange quark; default 0.915
 * @param probQQ1toQQ0 suppression of spin-1 diquarks beyond the factor 3 of spin counting; default
 *     0.0275
 * @param mesonUDvector vector/pseudoscalar ratio of light (u, d) mesons; default 0.50
 * @param mesonSvector vector/pseudoscalar ratio of strange mesons; default 0.55
 * @param mesonCvector vector/pseudoscalar ratio of charm mesons; default 0.88
 * @param mesonBvector vector/pseudoscalar ratio of bottom mesons; default 2.20
 * @param etaSup probability to keep an η made from a flavour-diagonal pair; default 0.60
 * @param etaPrimeSup probability to keep an η′; default 0.12
 * @param decupletSup suppression of spin-3/2 baryons; default 1.0
 * @param thetaPSDeg pseudoscalar singlet–octet mixing angle, degrees; default −15
 * @param rFactC Bowler factor r_c of charm: f(z) gets z^(−r_c b m_c²); default 1.32
 * @param rFactB Bowler factor r_b of bottom; default 0.855
 * @param stopMass string mass, beyond the end-quark masses, below which the last two hadrons are
 *     made, GeV; default 1.0
 * @param stopSmear relative smearing of that stop mass; default 0.2
 */
public record HadronizationParameters(
        double lundA,
        double lundB,
        double sigmaPt,
        double probStoUD,
        double probQQtoQ,
        double probSQtoQQ,
        double probQQ1toQQ0,
        double mesonUDvector,
        double mesonSvector,
        double mesonCvector,
        double mesonBvector,
        double etaSup,
        double etaPrimeSup,
        double decupletSup,
        double thetaPSDeg,
        double rFactC,
        double rFactB,
        double stopMass,
        double stopSmear) {

    /** Pythia 8.3 / Monash 2013 defaults. */
    public static final HadronizationParameters DEFAULTS =
            new HadronizationParameters(
                    0.68, 0.98, 0.335, 0.217, 0.081, 0.915, 0.0275, 0.50, 0.55, 0.88, 2.20, 0.60,
                    0.12, 1.0, -15, 1.32, 0.855, 1.0, 0.2);

    /** Validates the ranges. */
    public HadronizationParameters {
        positive("lundA", lundA, true);
        positive("lundB", lundB, false);
        positive("sigmaPt", sigmaPt, true);
        probability("probStoUD", probStoUD);
        probability("probQQtoQ", probQQtoQ);
        probability("probSQtoQQ", probSQtoQQ);
        positive("probQQ1toQQ0", probQQ1toQQ0, true);
        positive("mesonUDvector", mesonUDvector, true);
        positive("mesonSvector", mesonSvector, true);
        positive("mesonCvector", mesonCvector, true);
        positive("mesonBvector", mesonBvector, true);
        probability("etaSup", etaSup);
        probability("etaPrimeSup", etaPrimeSup);
        positive("decupletSup", decupletSup, true);
        if (!(Math.abs(thetaPSDeg) <= 90)) {
            throw new IllegalArgumentException(
                    "thetaPSDeg must be in [-90, 90], got " + thetaPSDeg);
        }
        positive("rFactC", rFactC, true);
        positive("rFactB", rFactB, true);
        positive("stopMass", stopMass, false);
        probability("stopSmear", stopSmear);
    }

    /** A copy with other Lund a and b. */
    public HadronizationParameters withLund(double a, double b) {
        return new HadronizationParameters(
                a,
                b,
                sigmaPt,
                probStoUD,
                probQQtoQ,
                probSQtoQQ,
                probQQ1toQQ0,
                mesonUDvector,
                mesonSvector,
                mesonCvector,
                mesonBvector,
                etaSup,
                etaPrimeSup,
                decupletSup,
                thetaPSDeg,
                rFactC,
                rFactB,
                stopMass,
                stopSmear);
    }

    private static void positive(String name, double v, boolean zeroAllowed) {
        if (!(zeroAllowed ? v >= 0 : v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(
                    name + " must be " + (zeroAllowed ? ">= 0" : "> 0") + ", got " + v);
        }
    }

    private static void probability(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }
}
