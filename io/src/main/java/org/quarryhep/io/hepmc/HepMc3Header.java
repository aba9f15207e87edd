package org.quarryhep.io.hepmc;

import static org.quarryhep.io.internal.AbstractEventReader.clip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.internal.LineCursor;
import org.quarryhep.io.internal.LineReader;

/**
 * Reads the header of a HepMC3 {@code Asciiv3} file, up to its first event: the version, the
 * listing start, and the run's {@code W} (weight names), {@code T} (tools) and {@code A}
 * (attributes) lines. Errors name the file and line, as the event reader's do.
 */
final class HepMc3Header {
    private HepMc3Header() {}

    /**
     * Reads the header, leaving the first event's line (or the next listing marker) unread.
     *
     * @param lines the decompressed lines, positioned at the start
     * @param cursor the field parser over {@code lines}
     * @return the run
     * @throws org.quarryhep.io.EventFormatException when the header is malformed
     */
    static RunInfo read(LineReader lines, LineCursor cursor) {
        String version = "";
        boolean started = false;
        List<RunInfo.WeightInfo> weights = new ArrayList<>();
        List<RunInfo.Tool> tools = new ArrayList<>();
        Map<String, String> attrs = new LinkedHashMap<>();
        while (lines.next()) {
            if (lines.isBlank()) {
                continue;
            }
            if (lines.startsWith("HepMC::Version")) {
                cursor.reset().token("HepMC::Version");
                version = cursor.rest();
                continue;
            }
            if (lines.startsWith("HepMC::Asciiv3-START_EVENT_LISTING")) {
                started = true;
                continue;
            }
            if (!started) {
                throw cursor.error(
                        "expected 'HepMC::Asciiv3-START_EVENT_LISTING', found '"
                                + clip(lines.line())
                                + "'");
            }
            int c = lines.firstChar();
            if (c == 'E' || lines.startsWith("HepMC::")) {
                lines.unread();
                break;
            }
            cursor.reset().lineType();
            switch (c) {
                case 'W' -> {
                    // HepMC3 joins the names with line breaks, escaped as "\|"; older writers
                    // and Quarry separate them by spaces.
                    for (String name : HepMc3Strings.unescape(cursor.rest()).split("\\s+")) {
                        if (!name.isEmpty()) {
                            weights.add(new RunInfo.WeightInfo(name, "", ""));
                        }
                    }
                }
                case 'T' -> {
                    String[] parts = HepMc3Strings.unescape(cursor.rest()).split("\n", 3);
                    tools.add(
                            new RunInfo.Tool(
                                    parts[0],
                                    parts.length > 1 ? parts[1] : "",
                                    parts.length > 2 ? parts[2] : ""));
                }
                case 'A' -> {
                    String name = cursor.token("run attribute name");
                    attrs.put(name, HepMc3Strings.unescape(cursor.rest()));
                }
                default ->
                        throw cursor.error(
                                "unexpected line in the HepMC3 header: '"
                                        + clip(lines.line())
                                        + "'");
            }
        }
        if (!started) {
            throw cursor.error("file ends before 'HepMC::Asciiv3-START_EVENT_LISTING'");
        }
        if (!version.isEmpty()) {
            attrs.put(HepMcAttributes.VERSION, version);
        }
        String generator =
                tools.isEmpty() ? "" : (tools.get(0).name() + " " + tools.get(0).version()).strip();
        return new RunInfo(generator, null, null, 0, 0, 0, 0, 0, null, weights, tools, "", attrs);
    }
}
