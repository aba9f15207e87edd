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
 * Test-only reader of the final-state (status 1) particles of HepMC3 Asciiv3 files, plain or gzip:
 * only the {@code E}, {@code U} and {@code P} lines are read ({@code P id parent pdg px py pz e m
 * status}, HepMC3's {@code WriterAscii} layout). The {@code io} module owns real event reading;
 * this keeps the jet tests independent of it.
 */
final class HepMcParticles {
    private HepMcParticles() {}

    /** One event's final-state particles, with their PDG ids. */
    record FinalState(int eventNumber, List<FourMomentum> momenta, List<Integer> pdgIds) {}

    static List<FinalState> read(Path file) throws IOException {
        List<FinalState> events = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in =
                        file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader r =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            int lineNo = 0;
            double toGeV = 1.0;
            List<FourMomentum> momenta = null;
            List<Integer> pdg = null;
            int number = -1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.startsWith("E ")) {
                    if (momenta != null) {
                        events.add(new FinalState(number, momenta, pdg));
                    }
                    number = Integer.parseInt(line.split(" ")[1]);
                    momenta = new ArrayList<>();
                    pdg = new ArrayList<>();
                    toGeV = 1.0;
                } else if (line.startsWith("U ")) {
                    toGeV = line.split(" ")[1].equals("MEV") ? 1e-3 : 1.0;
                } else if (line.startsWith("P ") && momenta != null) {
                    String[] t = line.split(" ");
                    if (t.length < 10) {
                        throw new IOException(file + ":" + lineNo + ": short P line");
                    }
                    if (Integer.parseInt(t[9]) == 1) {
                        pdg.add(Integer.parseInt(t[3]));
                        momenta.add(
                                new FourMomentum(
                                        Double.parseDouble(t[4]) * toGeV,
                                        Double.parseDouble(t[5]) * toGeV,
                                        Double.parseDouble(t[6]) * toGeV,
                                        Double.parseDouble(t[7]) * toGeV));
                    }
                }
            }
            if (momenta != null) {
                events.add(new FinalState(number, momenta, pdg));
            }
        }
        return events;
    }
}
