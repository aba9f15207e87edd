package org.quarryhep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.quarryhep.core.AtomicFile;
import picocli.CommandLine;

/**
 * What Ctrl-C (SIGINT) or a SIGTERM does to a running command: a shutdown hook deletes the
 * temporary files of outputs not yet complete ({@link AtomicFile#abandonPending()}) and prints one
 * line saying what was interrupted and that nothing was written, e.g. {@code quarry generate:
 * interrupted; nothing was written (dy.lhe not created)}.
 */
final class Interruption {
    private final String command;
    private final boolean json;
    private volatile boolean finished;

    private Interruption(String command, boolean json) {
        this.command = command;
        this.json = json;
    }

    /** Registers the hook for a command line about to run {@code args}. */
    static Interruption install(CommandLine cl, String[] args) {
        String sub =
                Arrays.stream(args)
                        .filter(a -> cl.getSubcommands().containsKey(a))
                        .findFirst()
                        .map(a -> " " + a)
                        .orElse("");
        Interruption i = new Interruption("quarry" + sub, Arrays.asList(args).contains("--json"));
        Runtime.getRuntime().addShutdownHook(new Thread(i::onExit, "quarry-interrupt"));
        return i;
    }

    /** Marks the command as done: exiting from here on is no interruption. */
    void finished() {
        finished = true;
    }

    private void onExit() {
        if (finished) {
            return;
        }
        String message = "interrupted; " + nothingWritten(AtomicFile.abandonPending());
        System.err.println();
        System.err.println(command + ": " + message);
        System.err.flush();
        if (json) {
            System.out.println("{\"error\": " + Json.quote(message) + "}");
            System.out.flush();
        }
    }

    /** "nothing was written", naming the outputs that were being written. */
    static String nothingWritten(List<Path> abandoned) {
        if (abandoned.isEmpty()) {
            return "nothing was written";
        }
        return "nothing was written ("
                + abandoned.stream()
                        .map(p -> p + (Files.exists(p) ? " left as it was" : " not created"))
                        .collect(Collectors.joining(", "))
                + ")";
    }
}
