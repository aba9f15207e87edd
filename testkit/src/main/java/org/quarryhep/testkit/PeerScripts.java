package org.quarryhep.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the peer scripts a module keeps in {@code src/test/resources/peers}: independent
 * implementations (in Python, against Debian's packages) whose numbers tests compare with.
 */
public final class PeerScripts {
    private PeerScripts() {}

    /**
     * Runs {@code /peers/SCRIPT} from the test class path with an interpreter and returns the last
     * line it printed (by convention one JSON document). Fails the test, with everything the script
     * printed, when it exits non-zero or runs past ten minutes.
     *
     * @param python the interpreter, usually from {@link Requirements#pythonModule}
     * @param anchor a class whose class loader sees the script
     * @param script the file name under {@code /peers/}
     * @param args the script's arguments
     * @return the last non-empty output line
     * @throws IOException when the process cannot be started
     * @throws InterruptedException when interrupted while waiting
     */
    public static String run(Path python, Class<?> anchor, String script, String... args)
            throws IOException, InterruptedException {
        return run(python, Map.of(), anchor, script, args);
    }

    /**
     * As {@link #run(Path, Class, String, String...)}, with extra environment variables for the
     * script (for example {@code PYTHONPATH} for a peer that is not a Debian package).
     *
     * @param python the interpreter
     * @param environment variables added to the script's environment
     * @param anchor a class whose class loader sees the script
     * @param script the file name under {@code /peers/}
     * @param args the script's arguments
     * @return the last non-empty output line
     * @throws IOException when the process cannot be started
     * @throws InterruptedException when interrupted while waiting
     */
    public static String run(
            Path python,
            Map<String, String> environment,
            Class<?> anchor,
            String script,
            String... args)
            throws IOException, InterruptedException {
        URL url = anchor.getResource("/peers/" + script);
        assertTrue(url != null, "no peer script /peers/" + script + " on the test class path");
        Path file;
        try {
            file = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> cmd = new ArrayList<>(List.of(python.toString(), file.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "peer " + script + " timed out");
        assertEquals(0, p.exitValue(), script + " failed:\n" + out);
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }
}
