package org.quarryhep.io.lhe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.testkit.ReferenceData;

/** LHE details, with expected values read off the files named in each test. */
class LheReaderTest {
    @Test
    void multiLineCommentsBetweenEventsAreSkipped() throws Exception {
        Path p =
                Path.of(
                        LheReaderTest.class
                                .getResource("../lhe_comment_between_events.lhe")
                                .toURI());
        List<Event> events = new ArrayList<>();
        try (EventReader r = EventReaders.open(p)) {
            r.forEachRemaining(events::add);
        }
        assertEquals(3, events.size());
        assertEquals(-1.0, events.get(1).weight(), "the second event of the file has XWGTUP -1");
    }

    @Test
    void lhef3WeightsTagsAndGeneratorsOfPythiasWbjExample() {
        // pylhe-testfile-madgraph-2.0.0-wbj.lhe (Pythia 8.315 examples/wbj_lhef3.lhe):
        // lines 289-299 <initrwgt> with 9 weights 1001..1009 in group "scale_variation";
        // line 306 <generator name="SomeGen1" version="1.2.3">; line 310 the first <event> tag;
        // lines 322-333: <rwgt> 1001..1009 then <weights> 1.000e+00 0.204e+00 1.564e+00.
        Path p = ReferenceData.require("events/lhe/pylhe-testfile-madgraph-2.0.0-wbj.lhe");
        try (EventReader r = EventReaders.open(p)) {
            RunInfo run = r.runInfo();
            assertEquals("3.0", run.attributes().get(LheReader.VERSION));
            assertEquals("SomeGen1 1.2.3", run.generator());
            assertEquals(9, run.weights().size());
            assertEquals(
                    new RunInfo.WeightInfo(
                            "1002", "muR=0.10000E+01 muF=0.20000E+01", "scale_variation"),
                    run.weights().get(1));
            assertEquals(
                    new RunInfo.ProcessInfo(66, 50.109086, 0.089185414, 50.109093),
                    run.processes().get(0));
            Event e = r.next();
            assertEquals("npLO=\" -1 \" npNLO=\" 1 \"", e.attributes().get(LheReader.EVENT_TAG));
            assertEquals(13, e.weightCount(), "XWGTUP + 3 <weights> values + 9 <wgt>");
            assertEquals(50.109093, e.weight());
            assertEquals(
                    List.of(
                            LheReader.NOMINAL,
                            "weights[1]",
                            "weights[2]",
                            "weights[3]",
                            "1001",
                            "1002",
                            "1003",
                            "1004",
                            "1005",
                            "1006",
                            "1007",
                            "1008",
                            "1009"),
                    e.weightNames());
            assertEquals(0.204, e.weight("weights[2]"));
            assertEquals(45.746, e.weight("1002"));
            assertTrue(e.attributes().get(LheReader.EVENT_EXTRA).contains("<scales muf=\"90.1\""));
            assertTrue(e.attributes().get(LheReader.EVENT_EXTRA).startsWith("#aMCatNLO 1  6  2"));
            assertEquals(66, e.processId());
            assertEquals(141.37688, e.scale());
            // Line 313: the second incoming parton has pz = -.93544317E+03 (no leading zero).
            assertEquals(-935.44317, e.particle(1).momentum().pz());
            assertEquals(502, e.particle(1).colour());
            assertEquals(
                    List.of(0, 1), List.of(e.particle(2).mothers()[0], e.particle(2).mothers()[1]));
        }
    }
}
