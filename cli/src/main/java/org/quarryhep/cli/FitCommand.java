package org.quarryhep.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.QuarryException;
import org.quarryhep.stats.fit.FitResult;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.fit.Pull;
import org.quarryhep.stats.model.Model;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry fit}: maximum-likelihood fit with uncertainties, correlations and pulls. */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description =
                "Maximum-likelihood fit: best-fit values, Hessian uncertainties, correlations, pulls.")
final class FitCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin WorkspaceOptions input;

    @Option(
            names = "--starts",
            defaultValue = "1",
            description = "starting points (multi-start for multi-modal likelihoods)")
    int starts;

    @Option(
            names = "--profile",
            paramLabel = "START:STOP:N",
            description = "also scan the profile likelihood of the POI, -2 Delta ln L at N points")
    String profile;

    @Option(names = "--json", description = "write one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (starts < 1) {
            throw new QuarryException("--starts must be >= 1, got " + starts);
        }
        Model model = input.load(System.in);
        Fitter fitter = Fitter.of(model).optStarts(starts);
        FitResult r = fitter.fitWithUncertainties(model.observedData());
        List<Pull> pulls = fitter.pulls(r);
        double[] x = r.bestFit();
        double[] err = r.uncertainties();
        double[] grid = profile == null ? null : LimitCommand.grid(profile);
        double[] scan = null;
        if (grid != null) {
            scan = new double[grid.length];
            try (Progress bar = Progress.start("profile", grid.length, "points")) {
                for (int i = 0; i < grid.length; i++) {
                    scan[i] =
                            2 * (fitter.fixedPoiFit(grid[i], model.observedData()).nll() - r.nll());
                    bar.stepTo(i + 1);
                }
            }
        }
        if (json) {
            List<Map<String, Object>> pars = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", r.parameterNames().get(i));
                p.put("value", x[i]);
                p.put("uncertainty", err[i]);
                pars.add(p);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("parameters", pars);
            out.put("twice_nll", r.twiceNll());
            out.put("correlation", r.correlation());
            out.put("pulls", pulls);
            out.put("local_minima_nll", r.localMinima());
            if (scan != null) {
                List<Map<String, Double>> points = new ArrayList<>();
                for (int i = 0; i < grid.length; i++) {
                    points.add(Map.of("poi", grid[i], "minus_2_delta_lnl", scan[i]));
                }
                out.put("profile", points);
            }
            Map<String, String> config = new LinkedHashMap<>();
            config.put("starts", Integer.toString(starts));
            config.put("profile", profile == null ? "" : profile);
            out.put("provenance", input.provenance(r.provenance(), config, spec));
            Json.print(spec.commandLine().getOut(), out);
        } else {
            var w = spec.commandLine().getOut();
            w.printf("-2 ln L = %.6f%n", r.twiceNll());
            if (r.localMinima().size() > 1) {
                w.printf(
                        "note: %d distinct local minima found (-ln L %s); the lowest is reported%n",
                        r.localMinima().size(), r.localMinima());
            }
            for (int i = 0; i < x.length; i++) {
                w.printf("%-50s %12.6f +- %.6f%n", r.parameterNames().get(i), x[i], err[i]);
            }
            if (scan != null) {
                w.printf("profile of %s (-2 Delta ln L):%n", model.poiName());
                for (int i = 0; i < grid.length; i++) {
                    w.printf("  %10.4f %12.6f%n", grid[i], scan[i]);
                }
            }
            w.flush();
        }
        return 0;
    }
}
