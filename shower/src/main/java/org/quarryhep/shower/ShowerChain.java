package org.quarryhep.shower;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.quarryhep.core.Event;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.shower.decay.Decays;
import org.quarryhep.shower.decay.ParticleDataTable;
import org.quarryhep.shower.hadron.Hadronization;
import org.quarryhep.shower.parton.BeamSetup;
import org.quarryhep.shower.parton.PartonShower;

/**
 * Partons to particles: the parton shower with beam remnants, then hadronisation, then hadron and τ
 * decays, each switchable. Immutable and thread-safe; every event brings its own random stream
 * (from {@code core.RandomStreams}), so results do not depend on threads.
 */
public final class ShowerChain {
    private final Tune tune;
    private final boolean hadronize;
    private final boolean decays;
    private final BeamSetup beams;
    private final int runPdfId;
    private final PdfSets pdfs;
    private final Map<Integer, PartonShower> showers;

    private ShowerChain(
            Tune tune,
            boolean hadronize,
            boolean decays,
            BeamSetup beams,
            int runPdfId,
            PdfSets pdfs) {
        this.tune = tune;
        this.hadronize = hadronize;
        this.decays = decays;
        this.beams = beams;
        this.runPdfId = runPdfId;
        this.pdfs = pdfs;
        this.showers = new ConcurrentHashMap<>();
        this.hadronization = new Hadronization(tune.hadronization(), TABLE);
        this.decayer = new Decays(TABLE, tune.decays(), hadronization);
    }

    private static final ParticleDataTable TABLE = ParticleDataTable.pdg2024();
    private final Hadronization hadronization;
    private final Decays decayer;

    /** The full chain for a tune, with PDFs from the standard search path. */
    public static ShowerChain of(Tune tune) {
        return new ShowerChain(
                tune,
                true,
                true,
                null,
                0,
                new PdfSets(
                        PdfSearchPath.standard(List.of(), System.getenv()),
                        tune.pdfSet(),
                        tune.pdfMember()));
    }

    /** This chain with hadronisation on or off (off: the output ends at partons). */
    public ShowerChain withHadronization(boolean on) {
        return new ShowerChain(tune, on, decays && on, beams, runPdfId, pdfs);
    }

    /** This chain with hadron and τ decays on or off (they need hadronisation before them). */
    public ShowerChain withDecays(boolean on) {
        return new ShowerChain(tune, hadronize, on, beams, runPdfId, pdfs);
    }

    /** This chain with the beams of the run (from the LHE init block). */
    public ShowerChain withBeams(BeamSetup b) {
        return new ShowerChain(tune, hadronize, decays, b, runPdfId, pdfs);
    }

    /**
     * This chain with the run's PDF (the LHE init block's LHAPDF id), used for events that carry no
     * PDF information of their own.
     */
    public ShowerChain withRunPdf(int lhapdfId) {
        return new ShowerChain(tune, hadronize, decays, beams, lhapdfId, pdfs);
    }

    /** The tune. */
    public Tune tune() {
        return tune;
    }

    /** Warnings so far (a PDF set of the events replaced by the tune's). */
    public List<String> warnings() {
        return pdfs.warnings();
    }

    /** Whether hadronisation runs. */
    public boolean hadronizes() {
        return hadronize;
    }

    /**
     * Showers (and, when on, hadronises and decays) one parton-level event.
     *
     * @param partonLevel the event in LHE conventions
     * @param rng the event's own random stream
     * @return the particle-level event with its history
     * @throws org.quarryhep.shower.parton.InvalidPartonEventException for bad input
     */
    public Event process(Event partonLevel, SplittableRandom rng) {
        PdfInfo info = partonLevel.pdfInfo();
        int id = info == null || info.pdfId1() <= 0 ? runPdfId : info.pdfId1();
        PartonShower shower =
                showers.computeIfAbsent(
                        id, k -> new PartonShower(tune.shower(), pdfFor(partonLevel, k), beams));
        Event e = shower.shower(partonLevel, rng);
        if (hadronize) {
            e = hadronization.hadronize(e, rng);
        }
        if (decays) {
            e = decayer.decay(e, rng);
        }
        return e;
    }

    private org.quarryhep.gen.pdf.PdfSet pdfFor(Event e, int id) {
        boolean hadronic = false;
        for (var p : e.particles()) {
            if (p.status() == -1 && (p.pdgId() == 21 || Math.abs(p.pdgId()) <= 6)) {
                hadronic = true;
            }
        }
        return hadronic && tune.shower().isr() ? pdfs.forId(id) : null;
    }
}
