package org.quarryhep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.quarryhep.core.AtomicFile;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The rules every command follows before writing an output file: never over one of its own inputs,
 * over an existing file only with {@code --force}, and first removing the temporary files an
 * interrupted earlier run left for the same output (saying so). Folders of pipeline runs and scans
 * are caches, reused by design, and do not come here.
 */
final class OutputFiles {
    private OutputFiles() {}

    /**
     * Checks that {@code output} may be written.
     *
     * @param spec the command (for its name and stderr)
     * @param option the option naming the output, e.g. {@code -o}
     * @param output the output file
     * @param force whether {@code --force} was given
     * @param inputs the files the command reads
     * @throws CommandLine.ParameterException when the output is an input, a folder, or exists
     *     without {@code --force} (exit status 2)
     */
    static void claim(CommandSpec spec, String option, Path output, boolean force, Path... inputs)
            throws IOException {
        for (Path in : inputs) {
            if (in != null && sameFile(in, output)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        option
                                + " "
                                + output
                                + ": this is an input of the command; write to another file");
            }
        }
        if (Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + " " + output + ": is a folder, give a file name");
        }
        if (Files.exists(output) && !force) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    option + " " + output + ": file exists; give --force to overwrite it");
        }
        PrintWriter err = spec.commandLine().getErr();
        for (AtomicFile.StaleFile s : AtomicFile.removeStale(output)) {
            err.printf(
                    Locale.ROOT,
                    "%s: removed %s (%s) left by an interrupted run%n",
                    spec.qualifiedName(),
                    s.path().getFileName(),
                    Sizes.bytes(s.bytes()));
        }
        err.flush();
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
