package org.quarryhep.io;

import java.util.Locale;

/** The event file formats Quarry reads and writes. */
public enum EventFormat {
    /** Les Houches Event files, versions 1.0, 2.0 and 3.0 (hep-ph/0609017, arXiv:1405.1067). */
    LHE("lhe"),
    /** HepMC3's ASCII format {@code HepMC::Asciiv3} (arXiv:1912.08005). */
    HEPMC3("hepmc3"),
    /** HepMC2's ASCII format {@code HepMC::IO_GenEvent}. */
    HEPMC2("hepmc2");

    private final String extension;

    EventFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot ({@code lhe}, {@code hepmc3}, {@code hepmc2}). */
    public String extension() {
        return extension;
    }

    /**
     * The format a file name suggests by its extension, ignoring a trailing {@code .gz} or {@code
     * .zst}: {@code .lhe}, {@code .hepmc3}, {@code .hepmc} (HepMC3), {@code .hepmc2}.
     *
     * @param fileName a file name
     * @return the format
     * @throws IllegalArgumentException when the extension names no known format
     */
    public static EventFormat fromFileName(String fileName) {
        String n = Compression.stripExtension(fileName).toLowerCase(Locale.ROOT);
        if (n.endsWith(".lhe") || n.endsWith(".lhef")) {
            return LHE;
        }
        if (n.endsWith(".hepmc2")) {
            return HEPMC2;
        }
        if (n.endsWith(".hepmc3") || n.endsWith(".hepmc")) {
            return HEPMC3;
        }
        throw new IllegalArgumentException(
                "cannot tell the event format from the file name '"
                        + fileName
                        + "'; expected .lhe, .hepmc3, .hepmc or .hepmc2 (optionally .gz/.zst),"
                        + " or give the format explicitly");
    }
}
