package org.quarryhep.gen.pdf;

/** The strong coupling α_s(Q) of a PDF set. */
public interface AlphaS {
    /**
     * α_s at a scale.
     *
     * @param q the scale Q, GeV
     * @return α_s(Q)
     */
    double alphaS(double q);

    /**
     * Builds the set's α_s from its metadata: {@code AlphaS_Type: ipol} interpolates the {@code
     * AlphaS_Qs}/{@code AlphaS_Vals} table; {@code ode} and {@code analytic} run from {@code
     * AlphaS_MZ} at {@code AlphaS_OrderQCD}+1 loops with flavour thresholds at the quark masses.
     *
     * @param info the set's metadata
     * @return the coupling
     * @throws PdfFormatException when the keys needed are missing or inconsistent
     */
    static AlphaS fromInfo(PdfSetInfo info) {
        String type = info.string("AlphaS_Type", "ode");
        if (type.equals("ipol")) {
            return new InterpolatedAlphaS(
                    info.numbers("AlphaS_Qs"), info.numbers("AlphaS_Vals"), info.source());
        }
        if (!type.equals("ode") && !type.equals("analytic")) {
            throw new PdfFormatException(
                    "AlphaS_Type: expected ipol, ode or analytic, found '" + type + "'",
                    info.source(),
                    -1);
        }
        double mz = info.number("MZ", 91.1876);
        double amz = info.requireNumber("AlphaS_MZ");
        int loops = (int) info.number("AlphaS_OrderQCD", info.number("OrderQCD", 0)) + 1;
        double[] thresholds = {
            info.number("MCharm", 1.4), info.number("MBottom", 4.75), info.number("MTop", 172.5)
        };
        int maxFlavours = (int) info.number("NumFlavors", 5);
        return new RunningAlphaS(amz, mz, loops, thresholds, maxFlavours);
    }
}
