package org.quarryhep.io.hepmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.testkit.ReferenceData;

/** HepMC2 IO_GenEvent details; the expected values are read off the lines of the files named. */
class HepMc2ReaderTest {
    @Test
    void firstEventOfInputIo6() {
        // hepmc3-inputIO6-pp13TeV-9ev.hepmc2, lines 4-11: E line with scale 8.6739593597873199,
        // alpha_s 0.18349074378998090, signal vertex -1, 283 vertices, beams 10003 and 10006;
        // N 1 "Default"; C 1.9206204400139095e+10; F 21 21 x1 = 4.3533617119168207e-02 ...;
        // V -1 with no orphans and 2 outgoing gluons; P 10001 with flows 1 -> 501, 2 -> 504 and
        // end vertex -4.
        Path p = ReferenceData.require("events/hepmc/hepmc3-inputIO6-pp13TeV-9ev.hepmc2");
        try (EventReader r = EventReaders.open(p)) {
            Event e = r.next();
            assertEquals(1, e.number());
            assertEquals(8.6739593597873199, e.scale());
            assertEquals(0.18349074378998090, e.alphaQcd());
            assertEquals(-1.0, e.alphaQed());
            assertEquals(283, e.vertices().size());
            assertEquals(java.util.List.of("Default"), e.weightNames());
            assertEquals(1.9206204400139095e+10, e.crossSection().valuePb());
            assertEquals(21, e.pdfInfo().parton1());
            assertEquals(4.3533617119168207e-02, e.pdfInfo().x1());
            assertEquals("-1", e.attributes().get("signal_process_vertex"));
            assertEquals("-1", e.attributes().get("mpi"));
            Particle g = e.particle(0);
            assertEquals(21, g.pdgId());
            assertEquals(11, g.status());
            assertEquals(
                    -8.7379727674207679, g.generatedMass(), "a negative generated mass is kept");
            assertEquals(501, g.colour());
            assertEquals(504, g.anticolour());
            assertEquals(0, g.productionVertex(), "outgoing from V -1, the first vertex");
            assertEquals(3, g.endVertex(), "ends at V -4, the fourth vertex in file order");
            String[] beams = e.attributes().get("beam_particles").split(" ");
            assertEquals(2212, e.particle(Integer.parseInt(beams[0]) - 1).pdgId());
            assertEquals(2212, e.particle(Integer.parseInt(beams[1]) - 1).pdgId());
        }
    }

    @Test
    void quotedWeightNamesWithSpacesOfInputConvert1() {
        // hepmc3-inputConvert1-pp13TeV-146weights-6ev.hepmc2, line 5: 146 quoted names, the
        // fourth "MUR1_MUF1_PDF13000 absolutely nasty( weight name  " with inner spaces.
        Path p =
                ReferenceData.require(
                        "events/hepmc/hepmc3-inputConvert1-pp13TeV-146weights-6ev.hepmc2");
        try (EventReader r = EventReaders.open(p)) {
            Event e = r.next();
            assertEquals(146, e.weightCount());
            assertEquals(
                    "MUR1_MUF1_PDF13000 absolutely nasty( weight name  ", e.weightNames().get(3));
            assertEquals(6.416462771749e-11, e.weight("MEWeight"));
            assertEquals(3.202340985341e+02, e.weight(1));
            assertTrue(e.weightNames().contains("WeightNormalisation"));
        }
    }
}
