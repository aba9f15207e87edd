package org.quarryhep.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quarryhep.testkit.RequiresReferenceData;

/**
 * Fuzzing the parsers: for random bytes, random format-like lines, shared files truncated at every
 * line or at random places, and shared files with mutated numbers and lines, reading gives events
 * or an {@link EventFormatException} naming the file and a line, in strict and lenient mode; never
 * another exception (no NPE, index error or OOM). Inputs that once crashed a parser are kept in
 * {@code fuzz/} with a test each ({@link #keptCrashInputsFailCleanly}).
 */
class EventReaderFuzzTest {
    private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();
    private static final String[] SMALL_FILES = {
        "lhe/pylhe-testfile-whizard-3.1.4-eeWW.lhe",
        "lhe/pylhe-testfile-powheg-box-v2-hvq.lhe",
        "lhe/pylhe-testfile-madgraph-2.0.0-wbj.lhe",
        "lhe/pylhe-testfile-madgraph5-3.5.8-pp_to_jj.lhe.gz",
        "hepmc/hepmc3-example-ee_Z_tautau-100ev.hepmc3",
        "hepmc/events.eeH.hepmc3.gz",
        "hepmc/hepmc3-inputThreads1-ee_Z_tautau-1000ev.hepmc2",
        "hepmc/hepmc3-inputConvert1-pp13TeV-146weights-6ev.hepmc2",
    };
    private static final String[] BAD_TOKENS = {
        "nan",
        "NaN",
        "inf",
        "-inf",
        "Infinity",
        "1e999",
        "-1e-999",
        "",
        "abc",
        "1.2.3",
        "99999999999999999999999",
        "-",
        "+",
        "0x10",
        "1e",
        "--1",
        "[",
        "]",
        "@",
        ",",
        "<event>",
        "</event>",
        "E",
        "P",
        "V",
        "-2147483649",
        "2147483648",
        "9223372036854775808",
        "\"",
        "<",
    };

    private Path dir;

    @BeforeProperty
    void makeDir() throws IOException {
        dir = Files.createTempDirectory("quarry-fuzz");
    }

    @AfterProperty
    void removeDir() throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** Reads a file fully; passes on events or a located EventFormatException. */
    static void readsOrFailsCleanly(Path p) {
        for (ReadOptions o : new ReadOptions[] {ReadOptions.STRICT, ReadOptions.LENIENT}) {
            try (EventReader r = EventReaders.open(p, o)) {
                while (r.hasNext()) {
                    r.next();
                }
            } catch (EventFormatException e) {
                assertTrue(e.getMessage().startsWith(p + ":"), e.getMessage());
                assertTrue(e.line() >= 1, "a line number: " + e.getMessage());
            }
        }
    }

    private Path write(String name, byte[] content) {
        Path p = dir.resolve(name);
        try {
            Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static List<String> lines(String name) {
        return LINES.computeIfAbsent(
                name,
                n -> {
                    Path p = SharedEventFiles.path(n);
                    try (InputStream raw = Files.newInputStream(p);
                            InputStream in = n.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        return List.of(text.split("\n", -1));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<String> headers() {
        return Arbitraries.of(
                "",
                "<LesHouchesEvents version=\"3.0\">\n<init>\n",
                "<LesHouchesEvents>\n<init>\n2212 2212 1 1 0 0 0 0 3 1\n1 1 1 1\n</init>\n<event>\n",
                "HepMC::Version 3.02.06\nHepMC::Asciiv3-START_EVENT_LISTING\n",
                "HepMC::Asciiv3-START_EVENT_LISTING\nE 0 1 2\nU GEV MM\n",
                "HepMC::IO_GenEvent-START_EVENT_LISTING\n",
                "HepMC::IO_GenEvent-START_EVENT_LISTING\nE 1 0 1 1 1 1 0 1 0 0 0 0\nV -1 0 0 0 0 0 0 1 0\n",
                "\u001f\u008b",
                "\u0028\u00b5\u002f\u00fd");
    }

    @Property(tries = 200)
    void randomBytesAfterAFormatHeader(@ForAll("headers") String header, @ForAll byte[] tail) {
        byte[] head = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        readsOrFailsCleanly(write("bytes", all));
    }

    @Property(tries = 200)
    void randomFormatLikeLinesAfterAHeader(@ForAll("headers") String header, @ForAll long seed) {
        Random rnd = new Random(seed);
        StringBuilder sb =
                new StringBuilder(
                        header.startsWith("\u001f") || header.startsWith("(") ? "" : header);
        String[] starts = {
            "E",
            "P",
            "V",
            "U",
            "W",
            "A",
            "N",
            "C",
            "F",
            "H",
            "T",
            "<event>",
            "</event>",
            "<rwgt>",
            "<wgt id='a'>",
            "</rwgt>",
            "<weights>",
            "#",
            "</LesHouchesEvents>",
            "HepMC::Asciiv3-END_EVENT_LISTING",
            "HepMC::IO_GenEvent-END_EVENT_LISTING"
        };
        for (int i = rnd.nextInt(40); i > 0; i--) {
            sb.append(starts[rnd.nextInt(starts.length)]);
            for (int k = rnd.nextInt(14); k > 0; k--) {
                sb.append(' ');
                sb.append(
                        switch (rnd.nextInt(5)) {
                            case 0 -> Integer.toString(rnd.nextInt(7) - 3);
                            case 1 -> Double.toString(rnd.nextGaussian() * 100);
                            case 2 -> "[" + (1 + rnd.nextInt(4)) + "," + (1 + rnd.nextInt(4)) + "]";
                            case 3 -> BAD_TOKENS[rnd.nextInt(BAD_TOKENS.length)];
                            default -> Integer.toString(rnd.nextInt(20));
                        });
            }
            sb.append('\n');
        }
        readsOrFailsCleanly(write("lines", sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> smallFiles() {
        return Arbitraries.of(SMALL_FILES);
    }

    @Property(tries = 200)
    @AddLifecycleHook(RequiresReferenceData.class)
    void sharedFilesCutAtARandomPlace(@ForAll("smallFiles") String name, @ForAll long seed) {
        byte[] text = join(lines(name));
        int cut = (int) Math.floorMod(seed, (long) text.length + 1);
        readsOrFailsCleanly(write("cut", Arrays.copyOf(text, cut)));
    }

    @Property(tries = 200)
    @AddLifecycleHook(RequiresReferenceData.class)
    void sharedFilesWithAMutatedTokenOrLine(@ForAll("smallFiles") String name, @ForAll long seed) {
        Random rnd = new Random(seed);
        List<String> all = lines(name);
        List<String> lines = new ArrayList<>(all.subList(0, Math.min(all.size(), 600)));
        lines.add(all.get(all.size() - 2));
        for (int m = 1 + rnd.nextInt(3); m > 0; m--) {
            int i = rnd.nextInt(lines.size());
            switch (rnd.nextInt(4)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(rnd.nextInt(lines.size())));
                default -> {
                    String[] tokens = lines.get(i).split(" ", -1);
                    int k = rnd.nextInt(tokens.length);
                    tokens[k] =
                            rnd.nextBoolean()
                                    ? BAD_TOKENS[rnd.nextInt(BAD_TOKENS.length)]
                                    : Long.toString(rnd.nextLong() >> rnd.nextInt(64));
                    lines.set(i, String.join(" ", tokens));
                }
            }
        }
        readsOrFailsCleanly(write("mutated", join(lines)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "lhe/pylhe-testfile-whizard-3.1.4-eeWW.lhe",
                "lhe/pylhe-testfile-powheg-box-v2-hvq.lhe",
                "hepmc/hepmc3-example-ee_Z_tautau-100ev.hepmc3",
                "hepmc/hepmc3-inputThreads1-ee_Z_tautau-1000ev.hepmc2",
            })
    void sharedFilesTruncatedAtEveryLine(String name, @TempDir Path tmp) throws IOException {
        List<String> all = lines(name);
        List<String> lines =
                all.size() > 120 ? new ArrayList<>(all.subList(0, 120)) : new ArrayList<>(all);
        for (int cut = 0; cut <= lines.size(); cut++) {
            Path p = tmp.resolve("cut-" + cut);
            Files.write(p, join(lines.subList(0, cut)));
            readsOrFailsCleanly(p);
            Files.delete(p);
        }
    }

    /**
     * Crash inputs found by {@link #randomBytesAfterAFormatHeader}: a gzip magic followed by
     * nothing or by a bad header once gave an exception without a line (and a "null" message).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"gzip_magic_only.gz", "gzip_bad_method.gz", "zstd_magic_then_garbage.zst"})
    void keptCrashInputsFailCleanly(String name) throws Exception {
        Path p = Path.of(EventReaderFuzzTest.class.getResource("fuzz/" + name).toURI());
        EventFormatException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        EventFormatException.class, () -> EventReaders.open(p).close());
        org.junit.jupiter.api.Assertions.assertEquals(1, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(p + ":1: "), e.getMessage());
        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertTrue(!e.getMessage().contains("null"), e.getMessage());
    }

    @Test
    void gzipOfGarbageFailsCleanly(@TempDir Path tmp) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(
                    "HepMC::Asciiv3-START_EVENT_LISTING\nE 0 1 1\nP 1 0"
                            .getBytes(StandardCharsets.US_ASCII));
        }
        byte[] b = bytes.toByteArray();
        for (int cut = 0; cut <= b.length; cut++) {
            Path p = tmp.resolve("gz-" + cut + ".gz");
            Files.write(p, Arrays.copyOf(b, cut));
            readsOrFailsCleanly(p);
        }
    }
}
