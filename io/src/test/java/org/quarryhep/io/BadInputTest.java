package org.quarryhep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.Event;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.RunInfo;
import org.quarryhep.testkit.Tolerance;

/**
 * Each {@code bad/bad_*} fixture (a copy of {@code bad/good.*} with one defect, made by hand) fails
 * in strict mode with an {@link EventFormatException} naming the file, the line of the defect and
 * what is wrong; in lenient mode the damaged event is skipped and counted, and the others read.
 */
class BadInputTest {
    @TempDir Path tmp;

    static Path fixture(String name) {
        try {
            return Paths.get(BadInputTest.class.getResource("bad/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Event> readAll(Path p, ReadOptions o) {
        List<Event> out = new ArrayList<>();
        try (EventReader r = EventReaders.open(p, o)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    // file, line of the defect, part of the message, events a lenient read still gives
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bad_truncated.lhe          | 17 | file ends inside the event started at line 14 | 1",
                "bad_nan.lhe                | 16 | bad PUP(1) (px): expected a finite number, found 'nan' | 2",
                "bad_garbage_line.lhe       | 17 | bad IDUP: expected an integer, found 'this' | 2",
                "bad_mother_out_of_range.lhe| 18 | mother index out of range 0..3: MOTHUP = 1 7 | 2",
                "bad_wrong_count.lhe        | 19 | event declares NUP = 4 particles but line 4 is '</event>' | 2",
                "bad_wrong_count.hepmc3     | 11 | 'E' line declares 4 particles but the event has 3 | 2",
                "bad_inf.hepmc3             | 15 | bad energy: expected a finite number, found 'inf' | 2",
                "bad_garbage_line.hepmc3    | 16 | expected ']' closing the incoming-particle list | 2",
                "bad_truncated.hepmc3       | 15 | after 2 of its 3 particles (truncated?) | 1",
                "bad_wrong_count.hepmc2     | 19 | vertex -1 lacks 1 of its particles | 1",
                "bad_huge_count.hepmc3      | 2  | declares 1999999 vertices but the event has at most 1 | 1",
                "bad_nan.hepmc2             | 16 | bad pz: expected a finite number, found 'NaN' | 1",
            })
    void strictFailsAtTheDefectAndLenientSkipsTheEvent(
            String name, long line, String message, int lenientEvents) {
        Path p = fixture(name.strip());
        EventFormatException e =
                assertThrows(EventFormatException.class, () -> readAll(p, ReadOptions.STRICT));
        assertEquals(p.toString(), e.source());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(p + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message.strip()), e.getMessage());
        assertTrue(e instanceof QuarryException, "EventFormatException is a QuarryException");

        try (EventReader r = EventReaders.open(p, ReadOptions.LENIENT)) {
            int n = 0;
            while (r.hasNext()) {
                r.next();
                n++;
            }
            assertEquals(lenientEvents, n, "events read leniently");
            assertEquals(1, r.skippedEvents(), "skipped events");
            assertTrue(r.warnings().get(0).contains(message.strip()), r.warnings().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bad_empty.lhe          | 1 | empty file",
                "bad_unknown_format.txt | 1 | unknown event format: line 'hello world'",
                "bad_truncated.hepmc3.gz| 1 | compressed data is corrupt or truncated",
            })
    void unreadableFilesFailEvenWhenLenient(String name, long line, String message) {
        Path p = fixture(name.strip());
        for (ReadOptions o : new ReadOptions[] {ReadOptions.STRICT, ReadOptions.LENIENT}) {
            EventFormatException e = assertThrows(EventFormatException.class, () -> readAll(p, o));
            assertEquals(line, e.line());
            assertTrue(e.getMessage().startsWith(p + ":" + line + ": "), e.getMessage());
            assertTrue(e.getMessage().contains(message.strip()), e.getMessage());
        }
    }

    @Test
    void goodFixturesReadWithUnitsConvertedToGevAndMm() {
        // good.hepmc3 event 1 is written in MEV and CM: 45000 MeV = 45 GeV; 0.1 cm = 1 mm.
        List<Event> events = readAll(fixture("good.hepmc3"), ReadOptions.STRICT);
        assertEquals(3, events.size());
        Tolerance.assertClose(45.0, events.get(1).particle(0).momentum().pz(), 1e-15, 0, "pz");
        Tolerance.assertClose(5.11e-4, events.get(1).particle(0).mass(), 1e-15, 0, "mass");
        Tolerance.assertClose(1.0, events.get(1).vertices().get(0).position().x(), 1e-15, 0, "x");
        Tolerance.assertClose(4.0, events.get(1).vertices().get(0).position().t(), 1e-15, 0, "ct");
        assertEquals(events.get(0).particle(2).momentum(), events.get(2).particle(2).momentum());
        // The Z's mothers come from its production vertex: the two beams (indices 0 and 1).
        assertEquals(
                List.of(0, 1),
                List.of(
                        events.get(0).particle(2).mothers()[0],
                        events.get(0).particle(2).mothers()[1]));
        List<Event> lhe = readAll(fixture("good.lhe"), ReadOptions.STRICT);
        assertEquals(-1.0, lhe.get(1).weight(), "the second LHE event has weight -1");
        List<Event> hepmc2 = readAll(fixture("good.hepmc2"), ReadOptions.STRICT);
        assertEquals(List.of("nominal"), hepmc2.get(0).weightNames());
        assertEquals(2.5, hepmc2.get(0).crossSection().valuePb(), "C line cross section, pb");
    }

    @Test
    void aFailedWriteLeavesNoFile() throws IOException {
        Path target = tmp.resolve("out.hepmc2");
        Event.Builder b = Event.builder();
        b.addParticle(
                org.quarryhep.core.Particle.of(
                        22, 1, org.quarryhep.core.FourMomentum.ofPxPyPzE(1, 0, 0, 1)));
        Event noVertices = b.build();
        try (EventWriter w = EventWriters.open(target, EventFormat.HEPMC2, RunInfo.EMPTY)) {
            assertThrows(IllegalArgumentException.class, () -> w.write(noVertices));
        }
        assertFalse(Files.exists(target), "nothing is written after a failed write");
        try (var s = Files.list(tmp)) {
            assertEquals(0, s.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anAbortedWriteLeavesTheOldFileUntouched() throws IOException {
        Path target = tmp.resolve("out.lhe");
        Files.writeString(target, "old");
        try (EventWriter w = EventWriters.open(target, RunInfo.EMPTY)) {
            w.write(readAll(fixture("good.lhe"), ReadOptions.STRICT).get(0));
            w.abort();
        }
        assertEquals("old", Files.readString(target));
    }
}
