package org.quarryhep.io.hepmc;

import org.quarryhep.core.Units;
import org.quarryhep.io.Compression;
import org.quarryhep.io.ReadOptions;
import org.quarryhep.io.internal.AbstractEventReader;
import org.quarryhep.io.internal.LineReader;

/**
 * What HepMC2's {@code IO_GenEvent} and HepMC3's {@code Asciiv3} listings share around the events:
 * the {@code <listing>-START_EVENT_LISTING} / {@code -END_EVENT_LISTING} markers (a file may
 * concatenate several listings), events starting at an {@code E} line, the count limit, the event's
 * particle and vertex table, and the {@code U} (units) line.
 */
abstract class HepMcAsciiReader extends AbstractEventReader {
    /** Largest particle or vertex count accepted: above any real event, small enough for memory. */
    static final int MAX_COUNT = 2_000_000;

    /** The particles and vertices of the event being read. */
    final GraphTable g = new GraphTable();

    private final String listing;
    private boolean sawEnd;
    private boolean ended;

    /**
     * Creates the reader for one listing flavour; the subclass reads the header.
     *
     * @param lines the decompressed lines
     * @param compression the file's compression (reported only)
     * @param options strict or lenient
     * @param listing the listing name before {@code -START_EVENT_LISTING}, e.g. {@code
     *     HepMC::Asciiv3}
     */
    HepMcAsciiReader(
            LineReader lines, Compression compression, ReadOptions options, String listing) {
        super(lines, compression, options);
        this.listing = listing;
    }

    /**
     * Advances to the next {@code E} line, passing blank lines and listing markers, and marks it as
     * the event start.
     *
     * @return false at the end of the file (with a warning when the last listing is not closed)
     * @throws org.quarryhep.io.EventFormatException for any other line, or an event after the end
     *     marker
     */
    final boolean nextEventLine() {
        if (ended) {
            return false;
        }
        while (true) {
            if (!lines.next()) {
                ended = true;
                if (!sawEnd) {
                    warn("file ends without '" + listing + "-END_EVENT_LISTING'");
                }
                return false;
            }
            if (lines.isBlank()) {
                continue;
            }
            if (lines.firstChar() == 'E') {
                break;
            }
            if (lines.startsWith(listing + "-END_EVENT_LISTING")) {
                sawEnd = true;
                continue;
            }
            if (lines.startsWith("HepMC::Version")
                    || lines.startsWith(listing + "-START_EVENT_LISTING")) {
                sawEnd = false;
                continue;
            }
            throw error("expected an 'E' line, found '" + clip(lines.line()) + "'");
        }
        markEventStart();
        if (sawEnd) {
            throw error("'E' line after '" + listing + "-END_EVENT_LISTING'");
        }
        return true;
    }

    /**
     * The conversion factors of a {@code U} line to GeV and mm.
     *
     * @param momentum the factor of momenta and masses
     * @param length the factor of positions
     */
    record EventUnits(double momentum, double length) {}

    /**
     * Reads the rest of a {@code U} line ({@code GEV}/{@code MEV}, {@code MM}/{@code CM}).
     *
     * @return the conversion factors
     * @throws org.quarryhep.io.EventFormatException for an unknown unit, or a {@code U} line after
     *     the event's first particle or vertex (those would have been read in the old units)
     */
    final EventUnits readUnits() {
        double momentum =
                switch (cursor.token("momentum unit")) {
                    case "GEV" -> Units.GEV;
                    case "MEV" -> Units.MEV;
                    default -> throw error("unknown momentum unit; expected GEV or MEV");
                };
        double length =
                switch (cursor.token("length unit")) {
                    case "MM" -> Units.MM;
                    case "CM" -> Units.CM;
                    default -> throw error("unknown length unit; expected MM or CM");
                };
        if (g.n > 0 || g.nv > 0) {
            throw error("'U' line after particles or vertices");
        }
        return new EventUnits(momentum, length);
    }

    @Override
    protected final boolean atEventStart() {
        return lines.firstChar() == 'E';
    }

    @Override
    protected final boolean atListingMarker() {
        return lines.startsWith("HepMC::");
    }
}
