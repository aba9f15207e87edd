package org.quarryhep.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.infer.DiscoveryResult;
import org.quarryhep.stats.infer.TestStatistic;
import org.quarryhep.stats.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry significance}: discovery p-value and significance (q_0, asymptotic). */
@Command(
        name = "significance",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description =
                "Discovery significance: observed and median expected p0 and Z (q0; asymptotic or toys).")
final class SignificanceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin WorkspaceOptions input;

    @Mixin ToyOptions toys;

    @Option(names = "--json", description = "write one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        toys.check(spec);
        Model model = input.load(System.in);
        DiscoveryResult r;
        if (toys.enabled()) {
            r =
                    DiscoveryResult.fromQ0Test(
                            toys.hypotest(model, Fitter.of(model), TestStatistic.Q0, 0.0));
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
            out.put("calctype", toys.enabled() ? "toybased" : "asymptotics");
            Map<String, String> config = new LinkedHashMap<>();
            config.put("toys", Integer.toString(toys.count));
            out.put("provenance", input.provenance(r.provenance(), config, spec));
            Json.print(spec.commandLine().getOut(), out);
        } else {
            var w = spec.commandLine().getOut();
            w.printf("observed: p0 = %.6g, Z = %.4f%n", r.pValue(), r.significance());
            w.printf(
                    "expected (median, mu = 1): p0 = %.6g, Z = %.4f%n",
                    r.expectedPValue(), r.expectedSignificance());
            w.flush();
        }
        return 0;
    }
}
