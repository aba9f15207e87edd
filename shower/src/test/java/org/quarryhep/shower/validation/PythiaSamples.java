package org.quarryhep.shower.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.testkit.ReferenceData;

/**
 * The Pythia 8 hadron-level samples in the shared data ({@code events/hepmc}, see its README and
 * {@code inventory.json}), and the hard process of a Pythia event rewritten in LHE conventions, so
 * that Quarry can shower the very same hard scattering.
 */
final class PythiaSamples {
    /** Pythia 8, e⁺e⁻ → Z/γ* → q q̄ at 250 GeV, 100 events (JetReconstruction.jl test data). */
    static final String EE_250 = "events/hepmc/events.eeH.hepmc3.gz";

    /**
     * Pythia 8, pp at 14 TeV, Z/γ* + jet (processes 241/242, Z → u ū), MPI on, 25 events
     * (JetReconstruction.jl's SoftKiller hard-scatter sample).
     */
    static final String PP_14_ZJET = "events/hepmc/sk_example_HS.hepmc.gz";

    // Pythia 8 event-record status codes (Pythia 8 manual, "Particle Properties"): 21 incoming,
    // 22 intermediate, 23 outgoing particles of the hardest subprocess.
    private static final int HARD_IN = 21;
    private static final int HARD_RESONANCE = 22;
    private static final int HARD_OUT = 23;

    private PythiaSamples() {}

    /** All events of a shared sample; skips the test without the shared data. */
    static List<Event> read(String relative) {
        List<Event> out = new ArrayList<>();
        try (EventReader r = EventReaders.open(ReferenceData.require(relative))) {
            while (r.hasNext()) {
                out.add(r.next());
            }
        }
        return out;
    }

    /**
     * The hardest subprocess of a Pythia event (its status 21–23 entries, with their colour flow)
     * as a parton-level event in LHE conventions: incoming partons (status −1) with PDF x = E /
     * E_beam, the s-channel resonance (status 2) and its decay products, the other outgoing partons
     * (status 1); the starting scale is Pythia's {@code event_scale}.
     */
    static Event hardProcess(Event pythia, double beamEnergy) {
        List<Particle> ps = pythia.particles();
        List<Integer> in = new ArrayList<>();
        int resonance = -1;
        List<Integer> products = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        int lastCopy = -1;
        for (int i = 0; i < ps.size(); i++) {
            Particle p = ps.get(i);
            if (p.status() == HARD_IN) {
                in.add(i);
            } else if (p.status() == HARD_RESONANCE) {
                resonance = i;
            }
        }
        for (int i = 0; i < ps.size(); i++) {
            Particle p = ps.get(i);
            if (p.status() == HARD_OUT) {
                // The decay products hang from the resonance's last copy (after the recoils of
                // the shower), not from its status-22 entry.
                int decayed = -1;
                for (int m : p.mothers()) {
                    if (resonance >= 0 && ps.get(m).pdgId() == ps.get(resonance).pdgId()) {
                        decayed = m;
                    }
                }
                if (decayed >= 0) {
                    products.add(i);
                    lastCopy = decayed;
                } else {
                    out.add(i);
                }
            }
        }
        if (in.size() != 2) {
            throw new IllegalStateException(
                    "event " + pythia.number() + ": " + in.size() + " incoming hard partons");
        }
        Event.Builder b = Event.builder().optNumber(pythia.number()).optScale(pythia.scale());
        for (int i : in) {
            b.addParticle(copy(ps.get(i), -1));
        }
        int r = -1;
        if (resonance >= 0) {
            r = b.addParticle(copy(ps.get(resonance), 2, 0, 1));
        }
        for (int i : out) {
            b.addParticle(copy(ps.get(i), 1, 0, 1));
        }
        for (int i : products) {
            // back into the hard process: from the last copy's rest frame to the hard resonance
            FourMomentum rest = ps.get(i).momentum().inRestFrameOf(ps.get(lastCopy).momentum());
            double[] beta = ps.get(resonance).momentum().boostVector();
            Particle moved = ps.get(i).withMomentum(rest.boost(beta[0], beta[1], beta[2]));
            b.addParticle(copy(moved, 1, r));
        }
        Particle a = ps.get(in.get(0));
        Particle c = ps.get(in.get(1));
        b.optPdfInfo(
                new PdfInfo(
                        a.pdgId(),
                        c.pdgId(),
                        a.momentum().e() / beamEnergy,
                        c.momentum().e() / beamEnergy,
                        pythia.scale(),
                        0,
                        0,
                        0,
                        0));
        return b.build();
    }

    private static Particle copy(Particle p, int status, int... mothers) {
        return new Particle(
                p.pdgId(),
                status,
                p.momentum(),
                p.generatedMass(),
                mothers,
                -1,
                -1,
                p.colour(),
                p.anticolour(),
                0,
                Particle.SPIN_UNKNOWN,
                Map.of());
    }
}
