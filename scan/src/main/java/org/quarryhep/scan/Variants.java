package org.quarryhep.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The observed, expected and ±1σ/±2σ variants of a quantity stem as result keys: {@code cls} →
 * {@code cls_obs}, {@code cls_exp}, {@code cls_exp_m1}, {@code cls_exp_p1}, {@code cls_exp_m2},
 * {@code cls_exp_p2}.
 */
final class Variants {
    private static final List<String> SUFFIXES =
            List.of("obs", "exp", "exp_m1", "exp_p1", "exp_m2", "exp_p2");

    private Variants() {}

    /**
     * Variant name to result key for those present in {@code keys}; the stem itself (under "value")
     * when it is a key and no variant is.
     */
    static Map<String, String> of(String stem, Set<String> keys) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : SUFFIXES) {
            if (keys.contains(stem + "_" + s)) {
                out.put(s, stem + "_" + s);
            }
        }
        if (out.isEmpty() && keys.contains(stem)) {
            out.put("value", stem);
        }
        return out;
    }
}
