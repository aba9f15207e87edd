package org.quarryhep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.testkit.Requirements;
import org.quarryhep.testkit.Tolerance;

/**
 * Files Quarry writes are accepted by the HepMC3 C++ library (Debian's libhepmc3-dev): a small
 * reader compiled against it at test time ({@code peer/hepmc3_count.cc}, using HepMC3's
 * ReaderAscii, ReaderAsciiHepMC2 and LHEF::Reader) reads the HepMC3, HepMC2 and LHE files Quarry
 * wrote from every shared event file (LHE events get vertices built from their mothers for HepMC),
 * and its event, particle, vertex and status-1 counts must equal Quarry's exactly; its sums of the
 * first weight and of particle energies must agree to relative 1e-12 (both sum the same doubles in
 * the same order; the tolerance only allows for the last bits of printing through "%.17g").
 */
class HepMc3LibraryPeerTest {
    @TempDir Path tmp;

    static List<String> files() {
        List<String> out = new ArrayList<>();
        for (String n : SharedEventFiles.names()) {
            if (!n.endsWith(".zst")) {
                out.add(n);
            }
        }
        return out;
    }

    /** Compiles the peer reader into target/peer once per JVM; skips when the library is absent. */
    static synchronized Path peer() throws IOException, InterruptedException {
        Requirements.file("/usr/include/HepMC3/ReaderAscii.h", "libhepmc3-dev");
        Requirements.executable("g++");
        Path dir = Paths.get("target", "peer").toAbsolutePath();
        Path exe = dir.resolve("hepmc3_count");
        Path src = dir.resolve("hepmc3_count.cc");
        byte[] source;
        try (InputStream in =
                HepMc3LibraryPeerTest.class.getResourceAsStream("peer/hepmc3_count.cc")) {
            source = in.readAllBytes();
        }
        if (Files.isExecutable(exe)
                && Files.exists(src)
                && java.util.Arrays.equals(source, Files.readAllBytes(src))) {
            return exe;
        }
        Files.createDirectories(dir);
        Files.write(src, source);
        Files.deleteIfExists(exe);
        String out =
                run(
                        List.of(
                                "g++",
                                "-O2",
                                "-std=c++14",
                                "-o",
                                exe.toString(),
                                src.toString(),
                                "-lHepMC3"));
        if (!Files.isExecutable(exe)) {
            throw new IllegalStateException("compiling the HepMC3 peer reader failed:\n" + out);
        }
        return exe;
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed:\n" + out);
        }
        return out.strip();
    }

    private static boolean varyingWeightCounts(EventAssertions.Content c) {
        return c.events().stream().mapToInt(Event::weightCount).distinct().count() > 1;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void cppLibraryReadsQuarryOutputWithTheSameCounts(String name) throws Exception {
        SharedEventFiles.requirePresent();
        Path exe = peer();
        EventAssertions.Content content = EventAssertions.readAll(SharedEventFiles.path(name));
        for (EventFormat format : EventFormat.values()) {
            Path written = tmp.resolve("quarry." + format.extension());
            if (format == EventFormat.HEPMC3 && varyingWeightCounts(content)) {
                // pylhe's wbj file gives only its first event a <weights> block: HepMC3 cannot
                // hold that, and Quarry refuses it instead of writing what HepMC3 cannot read.
                IllegalArgumentException e =
                        assertThrows(
                                IllegalArgumentException.class,
                                () -> EventAssertions.write(written, format, content));
                assertTrue(e.getMessage().contains("same number of weights"), e.getMessage());
                assertFalse(Files.exists(written), "nothing written after the refusal");
                continue;
            }
            EventAssertions.write(written, format, content);
            String[] cpp =
                    run(List.of(exe.toString(), format.extension(), written.toString()))
                            .split("\\s+");
            long events = 0;
            long particles = 0;
            long vertices = 0;
            long status1 = 0;
            double sumWeight = 0;
            double sumEnergy = 0;
            try (EventReader r = EventReaders.open(written)) {
                while (r.hasNext()) {
                    Event e = r.next();
                    events++;
                    particles += e.particles().size();
                    vertices += e.vertices().size();
                    if (e.weightCount() > 0) {
                        sumWeight += e.weight(0);
                    }
                    for (Particle p : e.particles()) {
                        status1 += p.isFinal() ? 1 : 0;
                        sumEnergy += p.momentum().e();
                    }
                }
            }
            String what = name + " as " + format + ": ";
            assertEquals(events, Long.parseLong(cpp[0]), what + "events");
            assertEquals(content.events().size(), events, what + "events vs. the original");
            assertEquals(particles, Long.parseLong(cpp[1]), what + "particles");
            assertEquals(vertices, Long.parseLong(cpp[2]), what + "vertices");
            assertEquals(status1, Long.parseLong(cpp[3]), what + "status-1 particles");
            Tolerance.assertClose(
                    sumWeight, Double.parseDouble(cpp[4]), 1e-12, 0, what + "sum of weights");
            Tolerance.assertClose(
                    sumEnergy, Double.parseDouble(cpp[5]), 1e-12, 0, what + "sum of energies");
        }
    }
}
