package org.quarryhep.io.hepmc;

import org.quarryhep.core.CrossSection;
import org.quarryhep.core.Event;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.io.EventFormatException;
import org.quarryhep.io.internal.AbstractEventReader;

/**
 * HepMC3's typed event attributes: {@code GenCrossSection}, {@code GenPdfInfo}, {@code alphaQCD},
 * {@code alphaQED}, {@code event_scale} and {@code signal_process_id} become fields of the event;
 * any other attribute is kept as its unescaped string.
 */
final class HepMc3EventAttributes {
    private HepMc3EventAttributes() {}

    /** Sets one event attribute on the builder; errors name the file and the event's first line. */
    static void apply(Event.Builder b, String name, String value, String source, long line) {
        switch (name) {
            case "GenCrossSection" -> {
                double[] v = numbers(name, value, 2, source, line);
                b.optCrossSection(new CrossSection(v[0], v[1]));
            }
            case "GenPdfInfo" -> {
                double[] v = numbers(name, value, 9, source, line);
                b.optPdfInfo(
                        new PdfInfo(
                                integer(source, line, name, v[0]),
                                integer(source, line, name, v[1]),
                                v[2],
                                v[3],
                                v[4],
                                v[5],
                                v[6],
                                integer(source, line, name, v[7]),
                                integer(source, line, name, v[8])));
            }
            case "alphaQCD" -> b.optAlphaQcd(numbers(name, value, 1, source, line)[0]);
            case "alphaQED" -> b.optAlphaQed(numbers(name, value, 1, source, line)[0]);
            case "event_scale" -> b.optScale(numbers(name, value, 1, source, line)[0]);
            case "signal_process_id" ->
                    b.optProcessId(
                            integer(source, line, name, numbers(name, value, 1, source, line)[0]));
            default -> b.optAttribute(name, HepMc3Strings.unescape(value));
        }
    }

    private static double[] numbers(String name, String value, int min, String source, long line) {
        String[] parts = value.strip().split("\\s+");
        if (parts.length < min || parts[0].isEmpty()) {
            throw new EventFormatException(
                    "attribute "
                            + name
                            + " needs at least "
                            + min
                            + " numbers, got '"
                            + AbstractEventReader.clip(value)
                            + "'",
                    source,
                    line);
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                v[i] = Double.NaN;
            }
            if (!Double.isFinite(v[i])) {
                throw new EventFormatException(
                        "attribute "
                                + name
                                + ": expected a finite number, found '"
                                + AbstractEventReader.clip(parts[i])
                                + "'",
                        source,
                        line);
            }
        }
        return v;
    }

    private static int integer(String source, long line, String name, double v) {
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new EventFormatException(
                    "attribute " + name + ": expected an integer, found " + v, source, line);
        }
        return (int) v;
    }
}
