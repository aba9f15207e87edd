package org.quarryhep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.core.Event;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.io.lhe.LheReader;

/** {@code quarry merge} through the real command line: the files it writes and its errors. */
class MergeCommandTest {

    @TempDir Path dir;

    /**
     * A small 0 + 1 parton merge: the LHE file's events carry npLO 0 and 1, their mean weight is
     * the merged σ the JSON reports (the weighted-file convention of {@code quarry generate}), and
     * the HepMC3 file holds the same events, showered.
     */
    @Test
    void writesOneWeightedSampleWithTheMultiplicityPerEvent() throws Exception {
        Path lhe = dir.resolve("merged.lhe");
        Path hepmc = dir.resolve("merged.hepmc3");
        CliRun r =
                run(
                        "merge",
                        "--process",
                        "p p > e+ e-",
                        "--max-jets",
                        "1",
                        "--cut",
                        "mmll=60",
                        "--events",
                        "150",
                        "--points",
                        "2000",
                        "--threads",
                        "2",
                        "-o",
                        lhe.toString(),
                        "--hepmc",
                        hepmc.toString(),
                        "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        double sigma = doc.get("cross_section_pb").asDouble();
        long n = doc.get("events").asLong();
        double sum = 0;
        long count = 0;
        Set<String> tags = new HashSet<>();
        try (EventReader in = EventReaders.open(lhe)) {
            while (in.hasNext()) {
                Event e = in.next();
                sum += e.weight();
                count++;
                tags.add(e.attributes().get(LheReader.EVENT_TAG));
            }
        }
        assertEquals(n, count);
        assertEquals(sigma, sum / count, 1e-6 * sigma, "mean weight = merged sigma");
        assertEquals(Set.of("npLO=\"0\"", "npLO=\"1\""), tags);
        long showered = 0;
        try (EventReader in = EventReaders.open(hepmc)) {
            while (in.hasNext()) {
                Event e = in.next();
                assertTrue(e.attributes().containsKey("npLO"));
                showered++;
            }
        }
        assertEquals(n, showered);
    }

    @Test
    void qcutBelowXqcutIsAUsageErrorNamingTheOption() {
        CliRun r = run("merge", "--process", "p p > e+ e-", "--xqcut", "20", "--qcut", "15");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--qcut"), r.err());
        assertTrue(!Files.exists(dir.resolve("merged.lhe")));
    }
}
