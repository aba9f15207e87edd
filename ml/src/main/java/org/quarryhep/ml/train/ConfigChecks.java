package org.quarryhep.ml.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quarryhep.config.ConfigNode;

/** Value checks shared by the readers of a training config's sections. */
final class ConfigChecks {
    private ConfigChecks() {}

    /** A value checked against a range, with an error at its key naming the range. */
    static <T extends Number> T check(
            ConfigNode n, T value, java.util.function.Predicate<T> ok, String range) {
        if (!ok.test(value)) {
            throw n.error("must be " + range + ", got " + value);
        }
        return value;
    }

    /** An integer at least {@code min}, with an error at its key otherwise. */
    static int atLeast(ConfigNode n, int min) {
        return check(n, n.asInt(), v -> v >= min, ">= " + min);
    }

    /** The strings of a list, or none when it is absent. */
    static List<String> strings(Optional<ConfigNode> n) {
        List<String> out = new ArrayList<>();
        n.ifPresent(list -> list.asList().forEach(e -> out.add(e.asString())));
        return out;
    }
}
