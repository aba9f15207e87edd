package org.quarryhep.jets;

/** How two pseudojets are combined into one when they merge. */
public enum RecombinationScheme {
    /**
     * The E scheme: four-momenta are added, p_ij = p_i + p_j (FastJet's {@code E_scheme}), so jets
     * are massive and the recombination is Lorentz covariant.
     */
    E_SCHEME("E scheme recombination");

    private final String text;

    RecombinationScheme(String text) {
        this.text = text;
    }

    /** A human-readable description, as FastJet words it. */
    public String description() {
        return text;
    }
}
