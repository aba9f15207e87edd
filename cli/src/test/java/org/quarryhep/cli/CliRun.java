package org.quarryhep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One {@code quarry} command run in this JVM, as the cli tests run it: the command line {@link
 * Main} builds, with its standard output and error captured and its exit status kept. {@link
 * CliProcess} starts a separate JVM instead, where a test needs one.
 *
 * @param code the exit status (0 success, 1 a failure of the work, 2 a usage error)
 * @param out what the command wrote to standard output
 * @param err what the command wrote to standard error
 */
record CliRun(int code, String out, String err) {
    /**
     * Runs {@code quarry ARGS}.
     *
     * @param args the arguments after {@code quarry}
     * @return the exit status and the captured output
     */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs {@code quarry ARGS}.
     *
     * @param args the arguments after {@code quarry}
     * @return the exit status and the captured output
     */
    static CliRun run(List<String> args) {
        return run(args.toArray(String[]::new));
    }

    /** The standard output read as one JSON document (for {@code --json}). */
    JsonNode json() throws IOException {
        return Json.MAPPER.readTree(out);
    }
}
