package org.quarryhep.jets;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.testkit.Requirements;

/**
 * Runs FastJet (Debian's {@code libfastjet-dev}) on the same particles as Quarry: compiles {@code
 * src/test/cpp/fastjet_peer.cc} into {@code target/peer} with the flags of {@code fastjet-config}
 * and parses its output. Skips the calling test when FastJet or g++ is absent.
 */
final class FastJetPeer {
    private FastJetPeer() {}

    /** A jet as FastJet printed it: φ in FastJet's [0, 2π). */
    record PeerJet(
            double px,
            double py,
            double pz,
            double e,
            double pt,
            double rap,
            double eta,
            double phi,
            List<Integer> constituents) {}

    /** FastJet's jets per event id and configuration tag, and its d_merge values. */
    record Output(
            Map<String, Map<String, List<PeerJet>>> jets,
            Map<String, Map<String, Double>> dmerge,
            Map<String, String> descriptions,
            List<String> timing) {}

    private static Path binary;

    /** Compiles the peer once per JVM; skips when FastJet or g++ is missing. */
    static synchronized Path binary() throws IOException, InterruptedException {
        if (binary != null) {
            return binary;
        }
        Path config = Requirements.executable("fastjet-config");
        Requirements.executable("g++");
        Requirements.file("/usr/include/fastjet/ClusterSequence.hh", "libfastjet-dev");
        String flags =
                run(List.of(config.toString(), "--cxxflags", "--libs"), 60)
                        .trim()
                        // Only libfastjet is needed; Debian ships libfastjettools separately.
                        .replace("-lfastjettools", "");
        Path dir = Paths.get("target", "peer");
        Files.createDirectories(dir);
        Path out = dir.resolve("fastjet_peer");
        List<String> cmd =
                new ArrayList<>(List.of("g++", "-O2", "-std=c++17", "-o", out.toString()));
        cmd.add(Paths.get("src", "test", "cpp", "fastjet_peer.cc").toString());
        for (String f : flags.split("\\s+")) {
            if (!f.isEmpty()) {
                cmd.add(f);
            }
        }
        run(cmd, 300);
        binary = out;
        return binary;
    }

    /** Writes events as the peer's plain-text input. */
    static Path writeEvents(Map<String, List<FourMomentum>> events, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (Map.Entry<String, List<FourMomentum>> ev : events.entrySet()) {
                w.write("event " + ev.getKey() + " " + ev.getValue().size() + "\n");
                for (FourMomentum p : ev.getValue()) {
                    // %.17g round-trips doubles exactly.
                    w.write(
                            String.format(
                                    java.util.Locale.ROOT,
                                    "%.17g %.17g %.17g %.17g%n",
                                    p.px(),
                                    p.py(),
                                    p.pz(),
                                    p.e()));
                }
            }
        }
        return file;
    }

    /**
     * Runs the peer in {@code mode} ("jets", or "time" with at least {@code seconds} of CPU per
     * round) on an input file and parses its output.
     */
    static Output run(String mode, Path input, double seconds)
            throws IOException, InterruptedException {
        String text =
                run(
                        List.of(
                                binary().toString(),
                                mode,
                                input.toString(),
                                Double.toString(seconds)),
                        600);
        Map<String, Map<String, List<PeerJet>>> jets = new LinkedHashMap<>();
        Map<String, Map<String, Double>> dmerge = new HashMap<>();
        List<String> timing = new ArrayList<>();
        Map<String, String> descriptions = new HashMap<>();
        String event = null;
        for (String line : text.split("\n")) {
            String[] t = line.trim().split("\\s+");
            switch (t[0]) {
                case "E":
                    event = t[1];
                    jets.put(event, new LinkedHashMap<>());
                    dmerge.put(event, new HashMap<>());
                    break;
                case "J":
                    int n = Integer.parseInt(t[10]);
                    List<Integer> idx = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        idx.add(Integer.parseInt(t[11 + i]));
                    }
                    jets.get(event)
                            .computeIfAbsent(t[1], k -> new ArrayList<>())
                            .add(
                                    new PeerJet(
                                            d(t[2]), d(t[3]), d(t[4]), d(t[5]), d(t[6]), d(t[7]),
                                            d(t[8]), d(t[9]), idx));
                    break;
                case "D":
                    dmerge.get(event).put(t[1] + "_" + t[2], d(t[3]));
                    break;
                case "N":
                    descriptions.put(t[1], line.trim().substring(3 + t[1].length()));
                    break;
                case "T":
                case "S":
                    timing.add(line.trim());
                    break;
                default:
                    break;
            }
        }
        return new Output(jets, dmerge, descriptions, timing);
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    private static String run(List<String> cmd, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("fastjet-peer", ".out");
        try {
            Process p =
                    new ProcessBuilder(cmd)
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .start();
            boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
                throw new IOException("timed out after " + timeoutSeconds + " s: " + cmd);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IOException(
                        "exit " + p.exitValue() + " from " + String.join(" ", cmd) + ":\n" + out);
            }
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** True when the peer builds; for the benchmark's main, which runs outside JUnit. */
    static boolean available() {
        try {
            binary();
            return true;
        } catch (org.opentest4j.TestAbortedException | IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
