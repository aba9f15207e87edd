package org.quarryhep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.quarryhep.detector.RecoJet;
import org.quarryhep.detector.ReconstructedEvent;
import org.quarryhep.detector.format.ColumnarReader;

/**
 * What {@code quarry inspect} says about a reconstructed-event file ({@code .qreco}, written by
 * {@code quarry simulate}): events, weights, objects per event, the detector card and the
 * provenance recorded by the writer.
 */
final class RecoFileSummary {
    private static final String MAGIC = "QRECOCOL";

    private RecoFileSummary() {}

    /** True when the file starts with the columnar magic (plain or gzip-compressed). */
    static boolean isRecoFile(Path f) throws IOException {
        if (!Files.isRegularFile(f)) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(f)) {
            head = in.readNBytes(MAGIC.length());
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                head = in.readNBytes(MAGIC.length());
            } catch (IOException e) {
                return false;
            }
        }
        return new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals(MAGIC);
    }

    /** Reads the whole file and summarises it. */
    static Map<String, Object> of(Path f) throws IOException {
        long events = 0;
        double sumWeights = 0;
        long pileup = 0;
        long[] counts = new long[7];
        String provenance;
        String card;
        try (ColumnarReader reader = ColumnarReader.open(f);
                Progress progress = Progress.start("inspect " + f.getFileName(), -1, "events")) {
            while (reader.hasNext()) {
                ReconstructedEvent e = reader.next();
                events++;
                sumWeights += e.weight();
                pileup += e.pileupInteractions();
                counts[0] += e.electrons().size();
                counts[1] += e.muons().size();
                counts[2] += e.photons().size();
                counts[3] += e.taus().size();
                counts[4] += e.jets().size();
                counts[5] += e.jets().stream().filter(RecoJet::bTagged).count();
                counts[6] += e.vertices().size();
                progress.step(1);
            }
            provenance = reader.provenanceJson();
            card = reader.provenanceConfig("card");
        }
        String[] names = {
            "electrons", "muons", "photons", "taus", "jets", "b_tagged_jets", "displaced_vertices"
        };
        Map<String, Object> perEvent = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            perEvent.put(names[i], events == 0 ? 0.0 : (double) counts[i] / events);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("file", f.toString());
        r.put("bytes", Files.size(f));
        r.put("format", "QRECO");
        r.put("events", events);
        r.put("sum_weights", sumWeights);
        r.put("mean_pileup", events == 0 ? 0.0 : (double) pileup / events);
        r.put("objects_per_event", perEvent);
        r.put("card", card);
        JsonNode p = Json.MAPPER.readTree(provenance);
        r.put("provenance", p);
        return r;
    }

    /** The text form. */
    static void print(PrintWriter out, Map<String, Object> r) {
        out.printf(Locale.ROOT, "file         %s%n", r.get("file"));
        out.printf(Locale.ROOT, "format       reconstructed events (.qreco, quarry simulate)%n");
        out.printf(Locale.ROOT, "card         %s%n", r.get("card"));
        out.printf(
                Locale.ROOT,
                "events       %d (sum of weights %.6g, mean pile-up %.2f)%n",
                (Long) r.get("events"),
                (Double) r.get("sum_weights"),
                (Double) r.get("mean_pileup"));
        out.print("per event   ");
        ((Map<?, ?>) r.get("objects_per_event"))
                .forEach(
                        (k, v) ->
                                out.printf(
                                        Locale.ROOT,
                                        " %s %.3f",
                                        k.toString().replace('_', '-'),
                                        (Double) v));
        out.println();
        JsonNode p = (JsonNode) r.get("provenance");
        out.printf(
                Locale.ROOT,
                "provenance   %s, seed %s, Quarry %s, %s%n",
                p.path("component").asText(),
                p.path("seed").asText(),
                p.path("quarry_version").asText(),
                p.path("timestamp").asText());
        for (JsonNode in : p.path("inputs")) {
            out.printf(
                    Locale.ROOT,
                    "  input      %s (sha256 %s)%n",
                    in.path("path").asText(),
                    in.path("sha256").asText());
        }
    }
}
