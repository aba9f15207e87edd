package org.quarryhep.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.RunInfo;

/**
 * Round trip of every shared file (upstream generator output, not written by Quarry): read it,
 * write it in its own format, read that back, and the events equal the original's exactly (every
 * double bit for bit); writing the re-read events again gives byte-identical files. HepMC2 files
 * also go through HepMC3 and must come back equal.
 */
class SharedFileRoundTripTest {
    @TempDir Path tmp;

    static List<String> files() {
        return SharedEventFiles.names();
    }

    static List<String> lheFiles() {
        return files().stream().filter(n -> !n.startsWith("hepmc/")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void writeThenReadGivesTheSameEventsAndTheSameBytes(String name) throws IOException {
        SharedEventFiles.requirePresent();
        Path original = SharedEventFiles.path(name);
        EventFormat format = EventReaders.detect(original).format();
        EventAssertions.Content first = EventAssertions.readAll(original);

        Path once = tmp.resolve("once." + format.extension());
        EventAssertions.write(once, format, first);
        EventAssertions.Content second = EventAssertions.readAll(once);
        EventAssertions.assertSameEvents(first.events(), second.events(), name + " re-read");
        assertSameRun(first.run(), second.run());

        Path twice = tmp.resolve("twice." + format.extension());
        EventAssertions.write(twice, format, second);
        assertArrayEquals(
                Files.readAllBytes(once),
                Files.readAllBytes(twice),
                "second write must be byte-identical");

        if (format == EventFormat.HEPMC2) {
            Path viaHepMc3 = tmp.resolve("via.hepmc3");
            EventAssertions.write(viaHepMc3, EventFormat.HEPMC3, first);
            // Asciiv3 weight names are single tokens: the writer turns whitespace into '_'.
            List<Event> expected =
                    first.events().stream()
                            .map(
                                    e ->
                                            e.toBuilder()
                                                    .optWeightNames(
                                                            e.weightNames().stream()
                                                                    .map(
                                                                            n ->
                                                                                    n.replaceAll(
                                                                                            "\\s",
                                                                                            "_"))
                                                                    .toList())
                                                    .build())
                            .toList();
            EventAssertions.assertSameEvents(
                    expected, EventAssertions.readAll(viaHepMc3).events(), name + " via HepMC3");
        }
    }

    /**
     * LHE events written as HepMC3 (vertices built from mothers) keep every particle's id, status,
     * momentum, mass and colour in the same order, and the event's nominal weight, process id,
     * scale and couplings.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lheFiles")
    void lheEventsKeepTheirParticlesAsHepMc3(String name) {
        SharedEventFiles.requirePresent();
        EventAssertions.Content lhe = EventAssertions.readAll(SharedEventFiles.path(name));
        assumeTrue(
                lhe.events().stream().mapToInt(Event::weightCount).distinct().count() == 1,
                "events with different weight counts cannot be HepMC3 (HepMc3LibraryPeerTest"
                        + " checks the refusal)");
        Path hepmc3 = tmp.resolve("from-lhe.hepmc3");
        EventAssertions.write(hepmc3, EventFormat.HEPMC3, lhe);
        List<Event> back = EventAssertions.readAll(hepmc3).events();
        assertEquals(lhe.events().size(), back.size());
        for (int i = 0; i < back.size(); i++) {
            Event a = lhe.events().get(i);
            Event b = back.get(i);
            String where = name + " event " + i;
            assertEquals(a.weight(), b.weight(), where + ": nominal weight");
            assertEquals(a.processId(), b.processId(), where + ": process id");
            assertEquals(a.scale(), b.scale(), where + ": scale");
            assertEquals(a.alphaQcd(), b.alphaQcd(), where + ": alpha_s");
            assertEquals(a.particles().size(), b.particles().size(), where + ": particles");
            for (int k = 0; k < a.particles().size(); k++) {
                Particle p = a.particle(k);
                Particle q = b.particle(k);
                assertEquals(p.pdgId(), q.pdgId(), where + " particle " + k + ": id");
                assertEquals(p.status(), q.status(), where + " particle " + k + ": status");
                assertEquals(p.momentum(), q.momentum(), where + " particle " + k + ": momentum");
                assertEquals(p.mass(), q.mass(), where + " particle " + k + ": mass");
                assertEquals(p.colour(), q.colour(), where + " particle " + k + ": colour");
                assertEquals(
                        p.anticolour(), q.anticolour(), where + " particle " + k + ": anticolour");
            }
        }
    }

    private static void assertSameRun(RunInfo a, RunInfo b) {
        assertEquals(a.generator(), b.generator(), "generator");
        assertEquals(a.beam1(), b.beam1(), "beam 1");
        assertEquals(a.beam2(), b.beam2(), "beam 2");
        assertEquals(a.pdfSet1(), b.pdfSet1(), "PDF set 1");
        assertEquals(a.pdfSet2(), b.pdfSet2(), "PDF set 2");
        assertEquals(a.weightingStrategy(), b.weightingStrategy(), "IDWTUP");
        assertEquals(a.processes(), b.processes(), "processes");
        assertEquals(a.weights(), b.weights(), "weight names");
        assertEquals(a.tools(), b.tools(), "tools");
        assertEquals(a.header(), b.header(), "header");
    }
}
