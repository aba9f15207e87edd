package org.quarryhep.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.stats.Model;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.stats.infer.DiscoveryResult;
import org.quarryhep.stats.infer.HypoTestResult;
import org.quarryhep.stats.infer.TestStatistic;
import org.quarryhep.stats.infer.ToyCalculator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry significance}: discovery p-value and significance (q_0, asymptotic). */
@Command(
        name = "significance",
        mixinStandardHelpOptions = true,
        description = "Discovery significance: observed and median expected p0 and Z (q0; asymptotic or toys).")
final class SignificanceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin WorkspaceOptions input;

    @Option(names = "--toys", defaultValue = "0", description = "pseudo-experiments per hypothesis (0: asymptotic formulae)")
    int toys;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the toys (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "threads for toys (default: available processors)")
    Integer threads;

    @Option(names = "--json", description = "write one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Model model = input.load(System.in);
        DiscoveryResult r;
        if (toys > 0) {
            int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            HypoTestResult h;
            try (Progress bar = Progress.start("toys", 2L * toys, "toys")) {
                h = new ToyCalculator(Fitter.of(model), TestStatistic.Q0, toys, new RandomStreams(seed), nThreads)
                        .hypotest(0.0, model.observedData(), bar::stepTo);
            }
            double pExp = h.clsExpected()[2];
            r = new DiscoveryResult(h.testStatisticValue(), h.clsObserved(), DiscoveryResult.zFromP(h.clsObserved()),
                    pExp, DiscoveryResult.zFromP(pExp));
        } else {
            r = DiscoveryResult.asymptotic(Fitter.of(model), model.observedData());
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("q0", r.q0());
            out.put("p0", r.pValue());
            out.put("z", r.significance());
            out.put("p0_expected", r.expectedPValue());
            out.put("z_expected", r.expectedSignificance());
            out.put("calctype", toys > 0 ? "toybased" : "asymptotics");
            Map<String, String> config = new LinkedHashMap<>();
            config.put("toys", Integer.toString(toys));
            out.put("provenance", input.provenance("stats.significance", config, toys > 0 ? seed : 0));
            Json.print(spec.commandLine().getOut(), out);
        } else {
            var w = spec.commandLine().getOut();
            w.printf("observed: p0 = %.6g, Z = %.4f%n", r.pValue(), r.significance());
            w.printf("expected (median, mu = 1): p0 = %.6g, Z = %.4f%n", r.expectedPValue(), r.expectedSignificance());
            w.flush();
        }
        return 0;
    }
}
