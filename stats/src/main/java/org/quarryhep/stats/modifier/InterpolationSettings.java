package org.quarryhep.stats.modifier;

import java.util.Map;

/**
 * The interpolation codes chosen per modifier type (pyhf's {@code modifier_settings}).
 *
 * @param normsys the code for normsys
 * @param histosys the code for histosys
 */
public record InterpolationSettings(Interpolation normsys, Interpolation histosys) {

    /** pyhf's model defaults: normsys code 4, histosys code 4p. */
    public static InterpolationSettings pyhfDefaults() {
        return new InterpolationSettings(Interpolation.CODE4, Interpolation.CODE4P);
    }

    /**
     * Settings from pyhf's {@code modifier_settings} dictionary ({@code {"normsys": "code1"}}): as
     * in pyhf, a type missing from explicit settings falls back to its builder default, code 1 for
     * normsys and code 0 for histosys.
     *
     * @param codes type name to code name
     * @return the settings
     * @throws IllegalArgumentException for an unknown type or code
     */
    public static InterpolationSettings fromModifierSettings(Map<String, String> codes) {
        Interpolation normsys = Interpolation.CODE1;
        Interpolation histosys = Interpolation.CODE0;
        for (Map.Entry<String, String> e : codes.entrySet()) {
            switch (e.getKey()) {
                case "normsys" -> normsys = Interpolation.parse(e.getValue());
                case "histosys" -> histosys = Interpolation.parse(e.getValue());
                default ->
                        throw new IllegalArgumentException(
                                "interpolation codes apply to normsys and histosys, not '"
                                        + e.getKey()
                                        + "'");
            }
        }
        return new InterpolationSettings(normsys, histosys);
    }

    /**
     * These settings with one type's code replaced.
     *
     * @param type "normsys" or "histosys"
     * @param code the new code
     * @return the new settings
     * @throws IllegalArgumentException for another type
     */
    public InterpolationSettings with(String type, Interpolation code) {
        return switch (type) {
            case "normsys" -> new InterpolationSettings(code, histosys);
            case "histosys" -> new InterpolationSettings(normsys, code);
            default ->
                    throw new IllegalArgumentException(
                            "interpolation codes apply to normsys and histosys, not '"
                                    + type
                                    + "'");
        };
    }
}
