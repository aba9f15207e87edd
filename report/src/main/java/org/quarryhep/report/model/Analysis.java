package org.quarryhep.report.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the report is about.
 *
 * @param name short name (the analysis folder)
 * @param title title of the page
 * @param description a paragraph, or {@code null}
 * @param sqrtSGev centre-of-mass energy in GeV, or {@code null}
 * @param lumiInvFb integrated luminosity in fb⁻¹, or {@code null}
 */
public record Analysis(
        String name,
        String title,
        String description,
        @JsonProperty("sqrt_s_gev") Double sqrtSGev,
        Double lumiInvFb) {
    /** Checks the required fields. */
    public Analysis {
        Checks.require(name != null && title != null, "analysis needs name and title");
    }
}
