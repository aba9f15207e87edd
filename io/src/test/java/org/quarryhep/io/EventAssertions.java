package org.quarryhep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.RunInfo;

/** Reading whole (small) files and comparing events field by field with readable failures. */
final class EventAssertions {
    private EventAssertions() {}

    /** A file's run information and all its events. */
    record Content(RunInfo run, List<Event> events) {}

    static Content readAll(Path p) {
        try (EventReader r = EventReaders.open(p)) {
            List<Event> events = new ArrayList<>();
            r.forEachRemaining(events::add);
            return new Content(r.runInfo(), events);
        }
    }

    static void write(Path p, EventFormat format, Content c) {
        try (EventWriter w = EventWriters.open(p, format, c.run())) {
            c.events().forEach(w::write);
        }
    }

    /** Exact equality (doubles compared bit for bit), naming the first differing field. */
    static void assertSameEvents(List<Event> expected, List<Event> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": number of events");
        for (int i = 0; i < expected.size(); i++) {
            Event a = expected.get(i);
            Event b = actual.get(i);
            if (a.equals(b)) {
                continue;
            }
            String where = what + ", event " + i;
            assertEquals(a.number(), b.number(), where + ": number");
            assertEquals(a.processId(), b.processId(), where + ": process id");
            assertEquals(List.of(box(a.weights())), List.of(box(b.weights())), where + ": weights");
            assertEquals(a.weightNames(), b.weightNames(), where + ": weight names");
            assertEquals(a.scale(), b.scale(), where + ": scale");
            assertEquals(a.alphaQcd(), b.alphaQcd(), where + ": alphaQCD");
            assertEquals(a.alphaQed(), b.alphaQed(), where + ": alphaQED");
            assertEquals(a.pdfInfo(), b.pdfInfo(), where + ": PDF info");
            assertEquals(a.crossSection(), b.crossSection(), where + ": cross section");
            assertEquals(a.attributes(), b.attributes(), where + ": attributes");
            assertEquals(a.particles().size(), b.particles().size(), where + ": particles");
            for (int k = 0; k < a.particles().size(); k++) {
                assertEquals(a.particle(k), b.particle(k), where + ", particle " + k);
            }
            assertEquals(a.vertices().size(), b.vertices().size(), where + ": vertices");
            for (int k = 0; k < a.vertices().size(); k++) {
                assertEquals(a.vertices().get(k), b.vertices().get(k), where + ", vertex " + k);
            }
            assertEquals(a, b, where);
        }
    }

    private static Double[] box(double[] xs) {
        Double[] out = new Double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = xs[i];
        }
        return out;
    }
}
