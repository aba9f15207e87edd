package org.quarryhep.jets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.quarryhep.core.FourMomentum;

/**
 * Test-only reader of the outgoing (status 1) particles of Les Houches event files, plain or gzip:
 * in each {@code <event>} block the first line gives NUP, and each of the next NUP lines is {@code
 * IDUP ISTUP MOTHUP1 MOTHUP2 ICOLUP1 ICOLUP2 PUP1..PUP5 VTIMUP SPINUP} (hep-ph/0609017).
 */
final class LheParticles {
    private LheParticles() {}

    static List<List<FourMomentum>> read(Path file) throws IOException {
        List<List<FourMomentum>> events = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in =
                        file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader r =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.trim().startsWith("<event")) {
                    continue;
                }
                String[] header = r.readLine().trim().split("\\s+");
                int nup = Integer.parseInt(header[0]);
                List<FourMomentum> outgoing = new ArrayList<>();
                for (int i = 0; i < nup; i++) {
                    String[] t = r.readLine().trim().split("\\s+");
                    if (Integer.parseInt(t[1]) == 1) {
                        outgoing.add(
                                new FourMomentum(
                                        Double.parseDouble(t[6]),
                                        Double.parseDouble(t[7]),
                                        Double.parseDouble(t[8]),
                                        Double.parseDouble(t[9])));
                    }
                }
                events.add(outgoing);
            }
        }
        return events;
    }
}
