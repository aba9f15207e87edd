package org.quarryhep.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.QuarryException;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.infer.AsymptoticCalculator;
import org.quarryhep.stats.infer.LimitResult;
import org.quarryhep.stats.infer.TestStatistic;
import org.quarryhep.stats.infer.UpperLimit;
import org.quarryhep.stats.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code quarry limit}: the observed upper limit on the POI and its expected band. */
@Command(
        name = "limit",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description =
                "Upper limit on the POI (CLs, asymptotic) with the expected band, by root finding or by scan.")
final class LimitCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin WorkspaceOptions input;

    @Option(names = "--test-stat", defaultValue = "qtilde", description = "qtilde or q")
    String testStat;

    @Option(names = "--cl", defaultValue = "0.95", description = "confidence level")
    double cl;

    @Option(
            names = "--scan",
            paramLabel = "START:STOP:N",
            description = "scan N points and interpolate instead of root finding")
    String scan;

    @Option(names = "--json", description = "write one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!(cl > 0 && cl < 1)) {
            throw new ParameterException(spec.commandLine(), "--cl must be in (0, 1), got " + cl);
        }
        TestStatistic stat = HypotestCommand.parseStat(testStat);
        if (stat != TestStatistic.QTILDE && stat != TestStatistic.Q) {
            throw new QuarryException(
                    "--test-stat: an upper limit needs qtilde or q, got " + testStat);
        }
        Model model = input.load(System.in);
        AsymptoticCalculator calc = new AsymptoticCalculator(Fitter.of(model), stat);
        UpperLimit ul = UpperLimit.asymptotic(calc, model.observedData(), 1 - cl);
        LimitResult r;
        if (scan != null) {
            double[] grid = grid(scan);
            try (Progress bar = Progress.start("scan", grid.length, "points")) {
                r = ul.scan(grid, bar::stepTo);
            }
        } else {
            int poi = model.poiIndex();
            double lo = model.lowerBounds()[poi];
            double hi = model.upperBounds()[poi];
            try (Progress bar = Progress.start("limit", -1, "tests")) {
                r = ul.rootFinding(lo, hi, 1e-5, 300, bar::stepTo);
            }
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("observed", r.observed());
            out.put("expected", r.expected());
            out.put("expected_band", HypotestCommand.band(r.expected()));
            out.put("cl", cl);
            out.put("method", scan != null ? "scan" : "root_finding");
            out.put("hypotests", r.evaluations());
            Map<String, String> config = new LinkedHashMap<>();
            config.put("cl", Double.toString(cl));
            config.put("test_stat", testStat);
            config.put("scan", scan == null ? "" : scan);
            out.put("provenance", input.provenance(r.provenance(), config, spec));
            Json.print(spec.commandLine().getOut(), out);
        } else {
            var w = spec.commandLine().getOut();
            w.printf(
                    "observed %.0f%% CL upper limit on %s: %.6g%n",
                    100 * cl, model.poiName(), r.observed());
            w.printf(
                    "expected (band -2, -1, 0, +1, +2 sigma): %s%n", Arrays.toString(r.expected()));
            w.flush();
        }
        return 0;
    }

    static double[] grid(String text) {
        String[] parts = text.split(":");
        try {
            if (parts.length != 3) {
                throw new NumberFormatException();
            }
            double a = Double.parseDouble(parts[0]);
            double b = Double.parseDouble(parts[1]);
            int n = Integer.parseInt(parts[2]);
            if (n < 2 || !(b > a)) {
                throw new NumberFormatException();
            }
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = a + (b - a) * i / (n - 1);
            }
            return g;
        } catch (NumberFormatException e) {
            throw new QuarryException(
                    "--scan expects START:STOP:N with STOP > START and N >= 2, got '" + text + "'");
        }
    }
}
