package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.cli.CliRun.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code quarry generate} and {@code quarry merge} share their generator options ({@link
 * GeneratorOptions}): the same bad value is refused by both, before any work, with the same message
 * after the command's name.
 */
class GeneratorOptionsTest {
    /** The first line of the error without the "quarry COMMAND: " prefix. */
    private static String message(CliRun r, String command) {
        String first = r.err().lines().findFirst().orElse("");
        String prefix = "quarry " + command + ": ";
        assertTrue(first.startsWith(prefix), r.err());
        return first.substring(prefix.length());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--threads | 0   | --threads: expected at least 1, found 0",
                "--sqrt-s  | -5  | --sqrt-s: expected a positive energy in GeV, found -5",
                "--sqrt-s  | NaN | --sqrt-s: expected a positive energy in GeV, found NaN",
                "--sqrt-s  | Infinity | --sqrt-s: expected a positive energy in GeV, found Infinity",
                "--points  | 5   | --points: expected at least 2000 (one integration chunk), found 5",
            })
    void bothCommandsRefuseTheSameValueWithTheSameMessage(
            String option, String value, String expected) {
        CliRun generate = run("generate", "--process", "ttbar", option, value, "--json");
        CliRun merge = run("merge", "--process", "p p > e+ e-", option, value, "--json");
        assertEquals(2, generate.code(), generate.err());
        assertEquals(2, merge.code(), merge.err());
        assertEquals(expected, message(generate, "generate"));
        assertEquals(expected, message(merge, "merge"));
        assertTrue(generate.out().contains("\"error\""), generate.out());
        assertTrue(merge.out().contains("\"error\""), merge.out());
    }
}
