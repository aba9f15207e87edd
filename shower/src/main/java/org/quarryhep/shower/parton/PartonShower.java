package org.quarryhep.shower.parton;

import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.QuarryException;
import org.quarryhep.gen.pdf.PdfSet;

/**
 * The parton shower: takes a parton-level event (LHE conventions) and returns the showered event
 * with its history (HepMC3 status codes: 4 beam, 21 hard incoming, 22 resonance, 41 initial-state
 * ladder, 51 final-state intermediate, 52 moved by a recoil, 1 final; every branching a vertex).
 *
 * <p>The hard process showers first (initial- and final-state radiation interleaved in p⊥ from the
 * event's SCALUP), then each resonance's decay products in their own system, started at the
 * resonance mass; hadron beams then get remnants and primordial k⊥. Thread-safe: all state is per
 * call.
 */
public final class PartonShower {
    private final ShowerParameters parameters;
    private final ShowerAlphaS alphaS;
    private final PdfSet pdf;
    private final BeamSetup beams;
    // the PDF-ratio overestimates, a function of beam, flavour and x_a bin only (PdfRatioBounds)
    private final java.util.Map<Long, Double> ratioBounds =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Creates the shower.
     *
     * @param parameters the tune
     * @param pdf the PDF set of the events (needed for hadron beams), or {@code null}
     * @param beams the beams when the events carry no PDF x values, or {@code null}
     */
    public PartonShower(ShowerParameters parameters, PdfSet pdf, BeamSetup beams) {
        this.parameters = parameters;
        this.alphaS =
                new ShowerAlphaS(
                        parameters.alphaSMz(),
                        parameters.alphaSOrder() == 1,
                        parameters.cmw(),
                        parameters.charmMass(),
                        parameters.bottomMass());
        this.pdf = pdf;
        this.beams = beams;
    }

    /** The shower's coupling. */
    public ShowerAlphaS alphaS() {
        return alphaS;
    }

    /**
     * Showers one event.
     *
     * @param partonLevel the parton-level event
     * @param rng the event's random stream
     * @return the showered event (partons, remnants, history)
     * @throws InvalidPartonEventException for input the shower cannot take
     */
    public Event shower(Event partonLevel, SplittableRandom rng) {
        ShowerEventState state =
                new ShowerEventState(ColourFlowInference.complete(partonLevel, rng), beams);
        boolean hadrons = state.hadronBeam(0) || state.hadronBeam(1);
        if (hadrons && pdf == null) {
            throw new QuarryException(
                    "event "
                            + partonLevel.number()
                            + " has hadron beams: the shower needs the events' PDF set");
        }
        InitialStateDensities densities = hadrons ? new InitialStateDensities(pdf, state) : null;
        SystemEvolution evolution =
                new SystemEvolution(parameters, alphaS, densities, state, ratioBounds);
        evolution.evolve(state.production, rng);
        for (ShowerEventState.PendingDecay d : state.decays) {
            evolution.evolve(state.openDecay(d), rng);
        }
        new BeamRemnants(state, densities, parameters.primordialKt())
                .attach(rng, parameters.pTminIsr());
        state.branchings.closeLadders();
        return state.toEvent();
    }
}
