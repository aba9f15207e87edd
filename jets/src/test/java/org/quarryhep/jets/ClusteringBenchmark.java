package org.quarryhep.jets;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * side in one run (process CPU time, GC and JIT included, best of three rounds of at least a second
 * each, as the machine may be shared), on events of exactly 100, 500 and 2 000 particles: the
 * final-state particles of a shared Pythia Z+jet event ({@code sk_example_HS}) overlaid with
 * minimum-bias events ({@code sk_example_PU}) until the multiplicity is reached. Not a test:
 * nothing is asserted. Run with {@code mvn -o -q -pl jets test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.quarryhep.jets.ClusteringBenchmark}.
 */
public final class ClusteringBenchmark {
    private ClusteringBenchmark() {}

    /** Events per multiplicity. */
    private static final int EVENTS = 10;

    /**
     * Runs the benchmark and prints a table.
     *
     * @param args optional: the least CPU seconds per timing round (default 1)
     * @throws IOException when the samples cannot be read
     * @throws InterruptedException when interrupted while FastJet runs
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        Path root = ReferenceData.root();
        if (root == null) {
            throw new IllegalStateException("shared data not found (../shared/data)");
        }
        List<HepMcParticles.FinalState> hs =
                HepMcParticles.read(root.resolve("events/hepmc/sk_example_HS.hepmc.gz"));
        List<HepMcParticles.FinalState> pu =
                HepMcParticles.read(root.resolve("events/hepmc/sk_example_PU.hepmc.gz"));
        int[] sizes = {100, 500, 2000};
        Map<Integer, List<List<FourMomentum>>> events = new LinkedHashMap<>();
        int puNext = 0;
        for (int n : sizes) {
            List<List<FourMomentum>> list = new ArrayList<>();
            for (int k = 0; k < EVENTS; k++) {
                List<FourMomentum> all = new ArrayList<>(hs.get(k).momenta());
                while (all.size() < n) {
                    all.addAll(pu.get(puNext++ % pu.size()).momenta());
                }
                list.add(new ArrayList<>(all.subList(0, n)));
            }
            events.put(n, list);
        }

        JetDefinition def = JetDefinition.antiKt(0.4);
        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        boolean peer = FastJetPeer.available();
        System.out.printf(
                Locale.ROOT,
                "anti-kt R=0.4, inclusive jets pT > 5 GeV, %d events per size; process CPU time per"
                        + " clustering, best of 3 rounds of >= %.1f s; %s %s (%s), %d cores%n",
                EVENTS,
                seconds,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "%6s %14s %14s %8s  %s%n",
                "N",
                "Quarry us/ev",
                "FastJet us/ev",
                "ratio",
                "FastJet strategy");
        long sink = 0;
        for (int n : sizes) {
            List<List<FourMomentum>> list = events.get(n);
            double fastjet = Double.NaN;
            String strategy = "n/a";
            if (peer) {
                Map<String, List<FourMomentum>> named = new LinkedHashMap<>();
                for (int k = 0; k < list.size(); k++) {
                    named.put(n + "_" + k, list.get(k));
                }
                Path file =
                        FastJetPeer.writeEvents(
                                named, Paths.get("target", "peer", "bench-" + n + ".txt"));
                for (String line : FastJetPeer.run("time", file, seconds).timing()) {
                    String[] t = line.split(" ");
                    if (t[0].equals("T")) {
                        fastjet = Double.parseDouble(t[2]) / 1e3;
                    } else {
                        strategy = t[1];
                    }
                }
            }
            // Warm-up, so the JIT has compiled the paths this size uses.
            long warmEnd = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < warmEnd) {
                for (List<FourMomentum> ev : list) {
                    sink += ClusterSequence.of(ev, def).inclusiveJets(5.0).size();
                }
            }
            double best = Double.POSITIVE_INFINITY;
            for (int round = 0; round < 3; round++) {
                long c0 = os.getProcessCpuTime();
                long clusterings = 0;
                do {
                    for (List<FourMomentum> ev : list) {
                        sink += ClusterSequence.of(ev, def).inclusiveJets(5.0).size();
                        clusterings++;
                    }
                } while (os.getProcessCpuTime() - c0 < seconds * 1e9);
                best = Math.min(best, (os.getProcessCpuTime() - c0) / 1e3 / clusterings);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%6d %14.1f %14.1f %8.2f  %s%n",
                    n,
                    best,
                    fastjet,
                    best / fastjet,
                    strategy);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
