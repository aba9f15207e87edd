package org.quarryhep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code quarry} started as a separate JVM, as {@code bin/quarry} starts it (same main class, this
 * test's class path), in a chosen working directory and with a chosen environment: what a user on a
 * fresh clone gets, and the only way to test signals and shutdown hooks.
 */
final class CliProcess {
    final Process process;
    final Path stdout;
    final Path stderr;

    private CliProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code quarry ARGS} in {@code dir}, without {@code QUARRY_SHARED_DATA} and {@code
     * LHAPDF_DATA_PATH}. SIGINT is reset to its default action first (through Python when present):
     * a JVM started from a background job inherits an ignored SIGINT and would never see Ctrl-C.
     */
    static CliProcess start(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        Path python = Path.of("/usr/bin/python3");
        if (Files.isExecutable(python)) {
            cmd.addAll(
                    List.of(
                            python.toString(),
                            "-c",
                            "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL);"
                                    + " os.execvp(sys.argv[1], sys.argv[1:])"));
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("quarry-out", ".txt");
        Path err = Files.createTempFile("quarry-err", ".txt");
        ProcessBuilder pb =
                new ProcessBuilder(cmd)
                        .directory(dir.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.remove("QUARRY_SHARED_DATA");
        env.remove("LHAPDF_DATA_PATH");
        return new CliProcess(pb.start(), out, err);
    }

    /** Waits for the exit (at most {@code seconds}) and returns the status. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("quarry did not finish in " + seconds + " s");
        }
        return process.exitValue();
    }

    /** Sends SIGINT, as Ctrl-C in a terminal does. */
    void interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    }

    String out() throws IOException {
        return Files.readString(stdout);
    }

    String err() throws IOException {
        return Files.readString(stderr);
    }
}
