package org.quarryhep.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.quarryhep.core.Event;
import org.quarryhep.core.RunInfo;

/**
 * Property: for random events holding what a format can hold, write then read gives the same events
 * exactly (every double bit for bit), and writing the re-read events gives the same bytes. The
 * expected value is the input itself, so this checks writer and reader against each other.
 */
class EventRoundTripPropertyTest {
    private Path dir;

    @BeforeProperty
    void makeDir() throws IOException {
        dir = Files.createTempDirectory("quarry-roundtrip");
    }

    @AfterProperty
    void removeDir() throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 200)
    void lheRoundTrips(@ForAll long seed) {
        RandomEvents r = new RandomEvents(seed);
        RunInfo run = r.lheRun();
        check(EventFormat.LHE, run, r.lheEvents(), "x.lhe");
    }

    @Property(tries = 200)
    void hepMc3RoundTrips(@ForAll long seed) {
        check(EventFormat.HEPMC3, RunInfo.EMPTY, new RandomEvents(seed).hepMc3Events(), "x.hepmc3");
    }

    @Property(tries = 200)
    void hepMc2RoundTrips(@ForAll long seed) {
        check(EventFormat.HEPMC2, RunInfo.EMPTY, new RandomEvents(seed).hepMc2Events(), "x.hepmc2");
    }

    @Property(tries = 30)
    void compressedFilesRoundTrip(@ForAll long seed) {
        List<Event> events = new RandomEvents(seed).hepMc3Events();
        check(EventFormat.HEPMC3, RunInfo.EMPTY, events, "x.hepmc3.gz");
        check(EventFormat.HEPMC3, RunInfo.EMPTY, events, "x.hepmc3.zst");
    }

    private void check(EventFormat format, RunInfo run, List<Event> events, String name) {
        Path first = dir.resolve("1" + name);
        Path second = dir.resolve("2" + name);
        EventAssertions.Content in = new EventAssertions.Content(run, events);
        EventAssertions.write(first, format, in);
        EventAssertions.Content back = EventAssertions.readAll(first);
        EventAssertions.assertSameEvents(events, back.events(), format + " round trip");
        EventAssertions.write(second, format, back);
        try {
            assertArrayEquals(
                    Files.readAllBytes(first),
                    Files.readAllBytes(second),
                    "second write must give the same bytes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
