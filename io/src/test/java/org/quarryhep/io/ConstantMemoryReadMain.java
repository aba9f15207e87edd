package org.quarryhep.io;

import java.nio.file.Path;

/** Reads a file completely and prints "events particles"; run in a child JVM with a small heap. */
final class ConstantMemoryReadMain {
    private ConstantMemoryReadMain() {}

    public static void main(String[] args) {
        long events = 0;
        long particles = 0;
        try (EventReader r = EventReaders.open(Path.of(args[0]))) {
            while (r.hasNext()) {
                particles += r.next().particles().size();
                events++;
            }
        }
        System.out.println(events + " " + particles);
    }
}
