package org.quarryhep.detector.card;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quarryhep.config.ConfigNode;

/**
 * Typed, checked access to the fields of a detector card: each value is read with its range check,
 * and every error names the card, the field path and the line of the deepest node of the path that
 * is present. {@link CardSectionReader} builds the card's sections on top of it.
 */
class CardFieldReader {
    private final String source;
    private final ConfigNode root;

    CardFieldReader(String source, ConfigNode root) {
        this.source = source;
        this.root = root;
    }

    /** An error at a field path, with the line of the deepest node of the path present. */
    InvalidCardException error(String path, String message) {
        ConfigNode at = root;
        for (String key : path.split("/")) {
            if (key.isEmpty()) {
                continue;
            }
            Optional<ConfigNode> next =
                    at.isList() && key.chars().allMatch(Character::isDigit)
                            ? Optional.of(at.asList().get(Integer.parseInt(key)))
                            : at.isMapping() ? at.opt(key) : Optional.empty();
            if (next.isEmpty()) {
                break;
            }
            at = next.get();
        }
        return new InvalidCardException(source, path.isEmpty() ? "/" : path, at.line(), message);
    }

    void onlyFields(ConfigNode n, String... allowed) {
        n.allowOnly(allowed);
    }

    ConfigNode object(ConfigNode parent, String field) {
        Optional<ConfigNode> j = parent.opt(field);
        String path = parent.path() + "/" + field;
        if (j.isEmpty()) {
            throw error(path, "missing (a mapping is required)");
        }
        if (!j.get().isMapping()) {
            throw j.get().error("must be a mapping");
        }
        return j.get();
    }

    List<ConfigNode> list(ConfigNode parent, String field) {
        Optional<ConfigNode> j = parent.opt(field);
        String path = parent.path() + "/" + field;
        if (j.isEmpty()) {
            throw error(path, "missing (a list is required)");
        }
        if (!j.get().isList() || j.get().asList().isEmpty()) {
            throw j.get().error("must be a non-empty list");
        }
        for (ConfigNode e : j.get().asList()) {
            if (!e.isMapping()) {
                throw e.error("must be a mapping");
            }
        }
        return j.get().asList();
    }

    double number(ConfigNode parent, String field, Double fallback) {
        Optional<ConfigNode> j = parent.opt(field);
        if (j.isEmpty()) {
            if (fallback == null) {
                throw error(parent.path() + "/" + field, "missing (a number is required)");
            }
            return fallback;
        }
        if (j.get().isScalar()
                && j.get().asString().toLowerCase(Locale.ROOT).matches("\\.?inf|infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        return j.get().asDouble();
    }

    double positive(ConfigNode parent, String field, Double fallback) {
        double v = number(parent, field, fallback);
        if (!(v > 0)) {
            throw error(parent.path() + "/" + field, "must be > 0, got " + v);
        }
        return v;
    }

    double nonNegative(ConfigNode parent, String field, Double fallback) {
        double v = number(parent, field, fallback);
        if (!(v >= 0)) {
            throw error(parent.path() + "/" + field, "must be >= 0, got " + v);
        }
        return v;
    }

    double fraction(ConfigNode parent, String field, Double fallback) {
        double v = number(parent, field, fallback);
        if (!(v >= 0 && v <= 1)) {
            throw error(parent.path() + "/" + field, "must be in [0, 1], got " + v);
        }
        return v;
    }

    String text(ConfigNode parent, String field, String fallback) {
        Optional<ConfigNode> j = parent.opt(field);
        if (j.isEmpty()) {
            if (fallback == null) {
                throw error(parent.path() + "/" + field, "missing (a string is required)");
            }
            return fallback;
        }
        return j.get().asString();
    }
}
