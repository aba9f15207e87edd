package org.quarryhep.detector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.detector.card.DetectorCard;
import org.quarryhep.detector.card.DetectorCards;

/** Events built in code, and the test cards. */
final class TestEvents {
    private TestEvents() {}

    /** The CMS preset with every efficiency 1 and every resolution 0 (test resource). */
    static DetectorCard perfectCard() {
        return DetectorCards.parse(perfectCardText(), "perfect.yaml");
    }

    /** The YAML text of the perfect card, for tests that change one value. */
    static String perfectCardText() {
        try (InputStream in = TestEvents.class.getResourceAsStream("perfect.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A final-state particle with its PDG mass. */
    static Particle stable(int pdgId, double pt, double eta, double phi) {
        double m = PdgTable.find(pdgId).map(d -> Double.isNaN(d.mass()) ? 0 : d.mass()).orElse(0.0);
        return Particle.of(pdgId, Particle.FINAL_STATE, FourMomentum.ofPtEtaPhiM(pt, eta, phi, m));
    }

    /** An event of final-state particles produced at the origin. */
    static Event of(long number, List<Particle> particles) {
        return Event.builder().optNumber(number).optWeights(1.0).optParticles(particles).build();
    }
}
