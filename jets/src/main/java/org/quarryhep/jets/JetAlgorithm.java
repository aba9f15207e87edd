package org.quarryhep.jets;

import java.util.Locale;

/**
 * The longitudinally invariant sequential-recombination algorithms of the generalised kt family.
 *
 * <p>Distances (Cacciari, Salam &amp; Soyez, arXiv:0802.1189, eqs. 1–2): d_ij = min(pT_i^{2p},
 * pT_j^{2p}) ΔR_ij²/R² and d_iB = pT_i^{2p}, with ΔR in rapidity and azimuth, and p = 1 (kt), 0
 * (Cambridge/Aachen) or −1 (anti-kt).
 */
public enum JetAlgorithm {
    /** The kt algorithm, p = 1 (Catani et al., Nucl. Phys. B406 (1993) 187; Ellis &amp; Soper). */
    KT(1, "kt", "Longitudinally invariant kt algorithm"),
    /** The Cambridge/Aachen algorithm, p = 0 (Dokshitzer et al. hep-ph/9707323; Wobisch). */
    CAMBRIDGE_AACHEN(0, "cambridge", "Longitudinally invariant Cambridge/Aachen algorithm"),
    /** The anti-kt algorithm, p = −1 (Cacciari, Salam &amp; Soyez, arXiv:0802.1189). */
    ANTI_KT(-1, "anti-kt", "Longitudinally invariant anti-kt algorithm");

    private final int p;
    private final String shortName;
    private final String text;

    JetAlgorithm(int p, String shortName, String text) {
        this.p = p;
        this.shortName = shortName;
        this.text = text;
    }

    /** The exponent p of the transverse momentum in the distance measure. */
    public int p() {
        return p;
    }

    /**
     * The short name used on the command line: {@code kt}, {@code cambridge} or {@code anti-kt}.
     */
    public String shortName() {
        return shortName;
    }

    /** A human-readable description, as FastJet words it. */
    public String description() {
        return text;
    }

    /**
     * Parses a short name ({@code kt}, {@code cambridge}/{@code ca}, {@code anti-kt}/{@code
     * antikt}), ignoring case, or the enum constant's name.
     *
     * @param name the algorithm's name
     * @return the algorithm
     * @throws JetDefinitionException when the name is not one of them
     */
    public static JetAlgorithm fromName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "kt":
                return KT;
            case "cambridge":
            case "ca":
            case "cambridge-aachen":
                return CAMBRIDGE_AACHEN;
            case "anti-kt":
            case "antikt":
                return ANTI_KT;
            default:
                throw new JetDefinitionException(
                        "algorithm: unknown jet algorithm '"
                                + name
                                + "'; expected one of anti-kt, kt, cambridge");
        }
    }
}
