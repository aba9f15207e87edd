package org.quarryhep.jets;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.testkit.ReferenceData;

/**
 * Times anti-kt (R = 0.4, inclusive jets above 5 GeV) per event in Quarry and in FastJet, side by
 * side in one run (thread CPU time, best of five rounds each, as the machine may be shared), on
 * events of exactly 100, 500 and 2 000 particles: the final-state particles of
 * a shared Pythia Z+jet event ({@code sk_example_HS}) overlaid with minimum-bias events ({@code
 * sk_example_PU}) until the multiplicity is reached. Not a test: nothing is asserted. Run with
 * {@code mvn -o -q -pl jets test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.quarryhep.jets.ClusteringBenchmark}.
 */
public final class ClusteringBenchmark {
    private ClusteringBenchmark() {}

    /** Events per multiplicity. */
    private static final int EVENTS = 10;

    /**
     * Runs the benchmark and prints a table.
     *
     * @param args optional: the target time per measurement in milliseconds (default 300)
     * @throws IOException when the samples cannot be read
     * @throws InterruptedException when interrupted while FastJet runs
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        double targetMs = args.length > 0 ? Double.parseDouble(args[0]) : 300;
        Path root = ReferenceData.root();
        if (root == null) {
            throw new IllegalStateException("shared data not found (../shared/data)");
        }
        List<HepMcParticles.FinalState> hs =
                HepMcParticles.read(root.resolve("events/hepmc/sk_example_HS.hepmc.gz"));
        List<HepMcParticles.FinalState> pu =
                HepMcParticles.read(root.resolve("events/hepmc/sk_example_PU.hepmc.gz"));
        int[] sizes = {100, 500, 2000};
        Map<String, List<FourMomentum>> events = new LinkedHashMap<>();
        int puNext = 0;
        for (int n : sizes) {
            for (int k = 0; k < EVENTS; k++) {
                List<FourMomentum> all = new ArrayList<>(hs.get(k).momenta());
                while (all.size() < n) {
                    all.addAll(pu.get(puNext++ % pu.size()).momenta());
                }
                events.put(n + "_" + k, new ArrayList<>(all.subList(0, n)));
            }
        }

        Map<String, Double> fastjet = new LinkedHashMap<>();
        Map<String, String> strategy = new LinkedHashMap<>();
        if (FastJetPeer.available()) {
            // Repetitions so each event is timed for about targetMs in FastJet too.
            for (int n : sizes) {
                Map<String, List<FourMomentum>> subset = new LinkedHashMap<>();
                events.forEach((id, ev) -> {
                    if (ev.size() == n) {
                        subset.put(id, ev);
                    }
                });
                int reps = (int) Math.max(10, targetMs * 1e6 / 5 / (200.0 * n * Math.log(n)));
                Path file =
                        FastJetPeer.writeEvents(
                                subset, Paths.get("target", "peer", "bench-" + n + ".txt"));
                for (String line : FastJetPeer.run("time", file, reps).timing()) {
                    String[] t = line.split(" ");
                    if (t[0].equals("T")) {
                        fastjet.put(t[1], Double.parseDouble(t[3]));
                    } else {
                        strategy.put(t[1], t[2]);
                    }
                }
            }
        }

        JetDefinition def = JetDefinition.antiKt(0.4);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // Warm-up: let the JIT compile the clustering paths at every size.
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (List<FourMomentum> ev : events.values()) {
                ClusterSequence.of(ev, def).inclusiveJets(5.0);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "anti-kt R=0.4, inclusive jets pT > 5 GeV; %s, %s %s, %d cores%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "%6s %8s %14s %14s %8s  %s%n",
                "N",
                "events",
                "Quarry us/ev",
                "FastJet us/ev",
                "ratio",
                "FastJet strategy");
        for (int n : sizes) {
            double quarry = 0;
            double peer = 0;
            int count = 0;
            String fjStrategy = "";
            long sink = 0;
            for (Map.Entry<String, List<FourMomentum>> ev : events.entrySet()) {
                if (ev.getValue().size() != n) {
                    continue;
                }
                // Thread CPU time, best of five rounds, as the peer measures.
                double best = Double.POSITIVE_INFINITY;
                for (int round = 0; round < 5; round++) {
                    long reps = 0;
                    long t0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    do {
                        sink += ClusterSequence.of(ev.getValue(), def).inclusiveJets(5.0).size();
                        reps++;
                    } while (System.nanoTime() - t0 < targetMs * 1e6 / 5);
                    best = Math.min(best, (threads.getCurrentThreadCpuTime() - c0) / (double) reps);
                }
                quarry += best;
                peer += fastjet.getOrDefault(ev.getKey(), Double.NaN);
                fjStrategy = strategy.getOrDefault(ev.getKey(), "n/a");
                count++;
            }
            quarry /= count * 1e3;
            peer /= count * 1e3;
            System.out.printf(
                    Locale.ROOT,
                    "%6d %8d %14.1f %14.1f %8.2f  %s (checksum %d)%n",
                    n,
                    count,
                    quarry,
                    peer,
                    quarry / peer,
                    fjStrategy,
                    sink);
        }
    }
}
