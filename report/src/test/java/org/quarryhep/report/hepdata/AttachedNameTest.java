package org.quarryhep.report.hepdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quarryhep.report.model.ResultsException;

/** Names of the files attached to a HEPData submission, which must not collide. */
class AttachedNameTest {
    @Test
    void aTakenNameGetsItsFolderInFront() {
        // Two models of one run are both cache/train/<sha256>/model.json: the rule documented on
        // attachedName keeps the first as it is and prefixes the second with 12 characters of
        // its folder.
        Set<String> taken = new HashSet<>();
        assertEquals(
                "model.json",
                HepDataWriter.attachedName(
                        Path.of("cache/train/334c0679d9507c40e3/model.json"), taken, Set.of()));
        assertEquals(
                "20fbafa1b232-model.json",
                HepDataWriter.attachedName(
                        Path.of("cache/train/20fbafa1b2327097136c/model.json"), taken, Set.of()));
    }

    @Test
    void aNameTakenTwiceIsRefused() {
        Set<String> taken = new HashSet<>(Set.of("model.json", "abc-model.json"));
        assertThrows(
                ResultsException.class,
                () -> HepDataWriter.attachedName(Path.of("x/abc/model.json"), taken, Set.of()));
    }
}
