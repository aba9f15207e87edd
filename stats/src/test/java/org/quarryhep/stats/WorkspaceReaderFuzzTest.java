package org.quarryhep.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.QuarryException;
import org.quarryhep.stats.model.Model;
import org.quarryhep.testkit.ReferenceData;

/**
 * Malformed input never escapes as anything but a {@link QuarryException}: a shared workspace
 * truncated at every line, and random single-character corruptions (seeded).
 */
class WorkspaceReaderFuzzTest {
    private static void parseOrQuarryException(String text) {
        try {
            Workspace ws =
                    WorkspaceReader.fromJson(
                            WorkspaceReader.readTree(
                                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                                    "fuzz.json"));
            Model.compile(ws);
        } catch (QuarryException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
        } catch (IOException e) {
            throw new AssertionError("unexpected I/O error", e);
        }
    }

    @Test
    void truncatedAtEveryLineGivesAQuarryException() throws IOException {
        Path file = ReferenceData.require("pyhf/workspaces/2bin_2channel_coupledhistosys.json");
        List<String> lines = Files.readAllLines(file);
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            parseOrQuarryException(sb.toString());
            sb.append(line).append('\n');
        }
    }

    @Test
    void randomCorruptionsGiveResultsOrQuarryExceptions() throws IOException {
        String text =
                Files.readString(
                        ReferenceData.require("pyhf/workspaces/shapesys_nuisparfilter.json"));
        Random rng = new Random(20240607L);
        String alphabet = "{}[]\":,-.0123456789eE nulltruefalse";
        for (int i = 0; i < 2000; i++) {
            char[] c = text.toCharArray();
            c[rng.nextInt(c.length)] = alphabet.charAt(rng.nextInt(alphabet.length()));
            parseOrQuarryException(new String(c));
        }
    }
}
