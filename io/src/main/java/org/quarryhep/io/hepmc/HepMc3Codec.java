package org.quarryhep.io.hepmc;

import java.io.InputStream;
import java.nio.file.Path;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.Compression;
import org.quarryhep.io.EventCodec;
import org.quarryhep.io.EventFormat;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventWriter;
import org.quarryhep.io.ReadOptions;
import org.quarryhep.io.internal.LineReader;

/** The HepMC3 ASCII codec, registered for {@link java.util.ServiceLoader}. */
public final class HepMc3Codec implements EventCodec {
    /** Creates the codec (called by {@link java.util.ServiceLoader}). */
    public HepMc3Codec() {}

    @Override
    public EventFormat format() {
        return EventFormat.HEPMC3;
    }

    @Override
    public EventReader reader(
            InputStream text, String source, Compression compression, ReadOptions options) {
        return new HepMc3Reader(new LineReader(text, source), compression, options);
    }

    @Override
    public EventWriter writer(Path target, Compression compression, RunInfo run) {
        return new HepMc3Writer(target, compression, run);
    }
}
