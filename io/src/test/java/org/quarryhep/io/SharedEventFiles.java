package org.quarryhep.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.quarryhep.testkit.ReferenceData;

/** The event files in {@code ../shared/data/events} and their entries in {@code inventory.json}. */
final class SharedEventFiles {
    private SharedEventFiles() {}

    /**
     * Marker row used when the shared data is absent, so that the test runs once and {@link
     * #requirePresent()} skips it with a message (laptop) or fails it (CI).
     */
    static final String ABSENT = "(shared data absent)";

    /** Relative paths ("lhe/x.lhe", "hepmc/y.gz") of every event file, or the ABSENT marker. */
    static List<String> names() {
        if (!ReferenceData.has("events/inventory.json")) {
            return List.of(ABSENT);
        }
        Path root = ReferenceData.root().resolve("events");
        List<String> out = new ArrayList<>();
        for (String dir : new String[] {"lhe", "hepmc"}) {
            try (Stream<Path> s = Files.list(root.resolve(dir))) {
                s.map(p -> dir + "/" + p.getFileName())
                        .filter(n -> !n.endsWith(".readme"))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Skips (laptop) or fails (CI) the test when the shared event files are absent. */
    static void requirePresent() {
        ReferenceData.require("events/inventory.json");
    }

    /** The file's path, skipping the test when the shared data is absent. */
    static Path path(String name) {
        return ReferenceData.require("events/" + name);
    }

    /**
     * The inventory entry of a file; a {@code .zst} file, whose entry only notes that it equals its
     * {@code .gz} sibling, gets the sibling's entry.
     */
    static JsonNode inventory(String name) {
        Path inv = ReferenceData.require("events/inventory.json");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(inv.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String dir = name.substring(0, name.indexOf('/'));
        String file = name.substring(name.indexOf('/') + 1);
        JsonNode entry = root.path(dir).path(file);
        if (!entry.has("n_events") && file.endsWith(".zst")) {
            entry = root.path(dir).path(file.substring(0, file.length() - 4) + ".gz");
        }
        return entry;
    }
}
