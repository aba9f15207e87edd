package org.quarryhep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.MatrixElement;
import org.quarryhep.gen.amplitude.PhaseSpacePoints;
import org.quarryhep.gen.amplitude.ProcessSyntax;
import org.quarryhep.gen.amplitude.ProcessSyntaxException;
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.process.InvalidParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quarry matrix-element}: Σ̄|M|² of one subprocess at given phase-space points, like
 * MadGraph's standalone {@code check}, for point-by-point comparisons with other generators.
 */
@Command(
        name = "matrix-element",
        mixinStandardHelpOptions = true,
        description =
                "Print the tree-level |M|^2 (summed over final, averaged over initial helicities"
                        + " and colours, identical-particle factors included) at given momenta.")
public final class MatrixElementCommand implements Callable<Integer> {
    /**
     * The names {@code --param} takes: the SM's param-card names, the heavy neutrinos N1–N3 with
     * the right-handed W (masses, widths, mixings with the SM W) and the neutralino.
     */
    static final String PARAMETER_NAMES =
            "aS, MZ, Gf, aEWM1, MT, MB, MTA, MH, WZ, WW, WT, WH, MN1, MN2, MN3, WN1, WN2, WN3,"
                    + " MWR, WWR, VeN1, VmuN1, VtaN1 (likewise N2, N3), MNEU1";

    @Spec CommandSpec spec;

    @Option(
            names = "--process",
            required = true,
            description = "MadGraph process string naming one subprocess, e.g. \"d d~ > e+ e- g\".")
    String process;

    @Option(
            names = "--momenta",
            required = true,
            description =
                    "File of phase-space points: per point one 'E px py pz' line (GeV) per"
                            + " particle in process order, blank lines between points; momentum"
                            + " must be conserved to 1e-6.")
    Path momenta;

    @Option(
            names = "--param",
            description =
                    "Model parameter NAME=VALUE (param-card names: "
                            + PARAMETER_NAMES
                            + "); aS fixes alpha_s.")
    List<String> params = new ArrayList<>();

    @Option(names = "--json", description = "Write one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        AmplitudeModel model = AmplitudeModel.madgraphDefaults();
        for (String p : params) {
            model = apply(model, p);
        }
        List<Subprocess> subprocesses = ProcessSyntax.subprocesses(process, model);
        if (subprocesses.size() != 1) {
            throw new ProcessSyntaxException(
                    "--process '"
                            + process
                            + "' names "
                            + subprocesses.size()
                            + " subprocesses ("
                            + subprocesses.stream()
                                    .limit(4)
                                    .map(Subprocess::text)
                                    .collect(Collectors.joining(", "))
                            + (subprocesses.size() > 4 ? ", …" : "")
                            + "); give explicit particles");
        }
        Subprocess sp = subprocesses.get(0);
        MatrixElement me = new MatrixElement(sp, model);
        int n = sp.incoming().length + sp.outgoing().length;
        List<Double> values = new ArrayList<>();
        for (FourMomentum[] point : PhaseSpacePoints.read(momenta, n, sp.incoming().length)) {
            values.add(me.squared(point));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("process", sp.text());
            doc.put("matrix_elements", values);
            Json.print(out, doc);
            return 0;
        }
        out.println("process: " + sp.text());
        for (int i = 0; i < values.size(); i++) {
            out.printf("point %d: |M|^2 = %.16e%n", i + 1, values.get(i));
        }
        out.flush();
        return 0;
    }

    private static AmplitudeModel apply(AmplitudeModel model, String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new InvalidParameterException(
                    "--param '" + assignment + "': expected NAME=VALUE, e.g. aS=0.118");
        }
        String name = assignment.substring(0, eq);
        double value;
        try {
            value = Double.parseDouble(assignment.substring(eq + 1));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(
                    "--param " + name + ": '" + assignment.substring(eq + 1) + "' is not a number");
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new InvalidParameterException(
                    "--param " + name + ": " + value + " must be finite and non-negative");
        }
        try {
            return model.with(name, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(
                    "--param " + name + ": unknown parameter (" + PARAMETER_NAMES + ")");
        }
    }
}
