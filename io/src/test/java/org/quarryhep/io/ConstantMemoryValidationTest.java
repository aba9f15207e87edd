package org.quarryhep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.quarryhep.testkit.Requirements;

/**
 * Readers stream with constant memory: a ~1 GB HepMC3 file (the shared pile-up sample's events
 * repeated) reads completely in a child JVM limited to {@code -Xmx256m}, and gives exactly the
 * repeated sample's counts (inventory.json: 100 events and 58 814 particles per copy). Heavy: runs
 * with {@code -Pvalidation}.
 */
class ConstantMemoryValidationTest {
    @Test
    void aOneGigabyteFileReadsWithA256MegabyteHeap() throws Exception {
        Requirements.validationProfile();
        Path sample = SharedEventFiles.path("hepmc/sk_example_PU.hepmc.gz");
        String body;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(sample))) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            int end = text.indexOf("HepMC::Asciiv3-END");
            body = text.substring(text.indexOf("\nE ") + 1, end < 0 ? text.length() : end);
        }
        int copies = (int) Math.ceil(1e9 / body.length());
        Path big = Paths.get("target", "validation", "one-gigabyte.hepmc3").toAbsolutePath();
        Files.createDirectories(big.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.US_ASCII)) {
            w.write("HepMC::Version 3.03.00\nHepMC::Asciiv3-START_EVENT_LISTING\nW Weight\n");
            for (int i = 0; i < copies; i++) {
                w.write(body);
            }
            w.write("HepMC::Asciiv3-END_EVENT_LISTING\n");
        }
        try {
            assertTrue(Files.size(big) > 1_000_000_000L, "at least 1 GB");
            List<String> cmd =
                    new ArrayList<>(
                            List.of(
                                    Paths.get(System.getProperty("java.home"), "bin", "java")
                                            .toString(),
                                    "-Xmx256m",
                                    "-cp",
                                    System.getProperty("java.class.path"),
                                    ConstantMemoryReadMain.class.getName(),
                                    big.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out =
                    new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(p.waitFor(20, TimeUnit.MINUTES), "child JVM finished");
            assertEquals(0, p.exitValue(), out);
            assertEquals(copies * 100L + " " + copies * 58_814L, out);
        } finally {
            Files.deleteIfExists(big);
        }
    }
}
