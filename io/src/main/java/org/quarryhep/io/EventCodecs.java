package org.quarryhep.io;

import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The registered {@link EventCodec}s, one per format, looked up once. */
final class EventCodecs {
    private static final Map<EventFormat, EventCodec> BY_FORMAT = load();

    private EventCodecs() {}

    private static Map<EventFormat, EventCodec> load() {
        Map<EventFormat, EventCodec> m = new EnumMap<>(EventFormat.class);
        for (EventCodec c :
                ServiceLoader.load(EventCodec.class, EventCodec.class.getClassLoader())) {
            m.putIfAbsent(c.format(), c);
        }
        return m;
    }

    /** The codec of a format; every format of {@link EventFormat} has one in this module. */
    static EventCodec of(EventFormat format) {
        EventCodec c = BY_FORMAT.get(format);
        if (c == null) {
            throw new IllegalStateException(
                    "no EventCodec registered for "
                            + format
                            + " (META-INF/services/org.quarryhep.io.EventCodec lost in repackaging?)");
        }
        return c;
    }
}
