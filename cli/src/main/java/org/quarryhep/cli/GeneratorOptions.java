package org.quarryhep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The generator options {@code quarry generate} and {@code quarry merge} share, declared and
 * checked once so that both commands show the same help and refuse the same values with the same
 * message. Options whose text or default differs between the two ({@code --pdf}, {@code --scale},
 * {@code --points}, …) stay in the commands; their VEGAS points are checked here all the same.
 */
final class GeneratorOptions {
    @Option(names = "--sqrt-s", defaultValue = "13000", description = "Collision energy, GeV.")
    double sqrtS;

    @Option(names = "--pdf-path", description = "Extra directory holding LHAPDF sets.")
    List<Path> pdfPath = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "Random seed.")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--json", description = "Write one JSON summary document.")
    boolean json;

    /**
     * Refuses values no run could use, before any work: a clear message naming the option and exit
     * status 2.
     *
     * @param spec the command's spec, for the usage error
     * @param points the command's VEGAS points per iteration
     */
    void check(CommandSpec spec, int points) {
        if (!(sqrtS > 0) || !Double.isFinite(sqrtS)) {
            throw usage(spec, "--sqrt-s: expected a positive energy in GeV, found " + fmt(sqrtS));
        }
        if (points < GeneratorSettings.CHUNK) {
            throw usage(
                    spec,
                    "--points: expected at least "
                            + GeneratorSettings.CHUNK
                            + " (one integration chunk), found "
                            + points);
        }
        if (threads != null && threads < 1) {
            throw usage(spec, "--threads: expected at least 1, found " + threads);
        }
    }

    /** The integration settings: the seed, the points and, when given, the thread count. */
    GeneratorSettings settings(int points) {
        GeneratorSettings settings = GeneratorSettings.defaults(seed).withPoints(points);
        return threads == null ? settings : settings.withThreads(threads);
    }

    /** Loads a PDF set from --pdf-path, LHAPDF_DATA_PATH and the shared data. */
    PdfSet loadPdf(String name) {
        return PdfSearchPath.standard(pdfPath, System.getenv()).load(name, 0);
    }

    static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** A value as written: whole numbers without a decimal point. */
    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : Double.toString(v);
    }
}
