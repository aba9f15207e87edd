package org.quarryhep.io.hepmc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.testkit.Tolerance;

/**
 * Reading the HepMC3 conventions a hand-written file ({@code hepmc3_style_header.hepmc3}) spells
 * out: HepMC3's WriterAscii joins weight names and tool fields with line breaks escaped as {@code
 * \|} and backslashes as {@code \\}; units in CM become mm (×10); typed event attributes become
 * fields; flow1/flow2 become colour and anticolour. Expected values are read off the file.
 */
class HepMc3ReaderTest {
    @Test
    void readsHepMc3StyleHeaderUnitsAndAttributes() throws Exception {
        Path p = Path.of(HepMc3ReaderTest.class.getResource("hepmc3_style_header.hepmc3").toURI());
        try (EventReader r = EventReaders.open(p)) {
            RunInfo run = r.runInfo();
            assertEquals(List.of("Weight", "MUR0.5_MUF1", "MUR2_MUF1"), run.weightNames());
            assertEquals(
                    new RunInfo.Tool("Pythia8", "8.309", "pp at 13 TeV\ntune A14"),
                    run.tools().get(0));
            assertEquals("Pythia8 8.309", run.generator());
            assertEquals("first\nsecond \\ end", run.attributes().get("mycomment"));
            Event e = r.next();
            assertEquals(7, e.number());
            assertEquals(101, e.processId());
            assertEquals(List.of("Weight", "MUR0.5_MUF1", "MUR2_MUF1"), e.weightNames());
            assertEquals(2.5, e.weight("MUR2_MUF1"));
            assertEquals(10.5, e.crossSection().valuePb());
            assertEquals(0.25, e.crossSection().errorPb());
            assertEquals(303600, e.pdfInfo().pdfId1());
            assertEquals(91.2, e.scale());
            // "E 7 1 2 @ 0.5 0 0 0" in the event's U GEV CM: 0.5 cm = 5 mm.
            assertEquals("5.0 0.0 0.0 0.0", e.attributes().get("event_position"));
            Particle gluon = e.particle(0);
            Particle quark = e.particle(1);
            assertEquals(501, gluon.colour());
            assertEquals(501, quark.anticolour());
            assertEquals(0, gluon.productionVertex() + 1, "the gluon has no production vertex");
            assertEquals(0, gluon.endVertex());
            assertEquals(0, quark.productionVertex());
            assertEquals(0, quark.mothers()[0], "the quark's mother is the gluon");
            assertEquals(3, e.vertices().get(0).status());
            assertEquals("hello", e.vertices().get(0).attributes().get("note"));
            // U GEV CM: positions in cm are multiplied by 10 to give mm.
            Tolerance.assertClose(1.0, e.vertices().get(0).position().x(), 1e-15, 0, "x in mm");
            Tolerance.assertClose(4.0, e.vertices().get(0).position().t(), 1e-15, 0, "ct in mm");
            Tolerance.assertClose(0.33, quark.mass(), 1e-15, 0, "generated mass, GeV");
        }
    }
}
