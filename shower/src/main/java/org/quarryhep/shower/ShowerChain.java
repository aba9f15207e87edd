package org.quarryhep.shower;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.quarryhep.core.Event;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.shower.decay.Decays;
import org.quarryhep.shower.decay.ParticleDataTable;
import org.quarryhep.shower.hadron.Hadronization;
import org.quarryhep.shower.parton.BeamSetup;
import org.quarryhep.shower.parton.InvalidPartonEventException;
import org.quarryhep.shower.parton.PartonShower;

/**
 * Partons to particles: the parton shower with beam remnants, then hadronisation, then hadron and τ
 * decays, each switchable. Immutable (but for its failure counters) and thread-safe; every event
 * brings its own random stream (from {@code core.RandomStreams}), so results do not depend on
 * threads.
 *
 * <p>No event throws out of the chain for a rare configuration the models cannot handle (a colour
 * singlet lighter than any hadron of its flavours with nothing to exchange momentum with, a string
 * that stalls, a decay with no open channel at the drawn mass): the whole chain is rerun from the
 * parton-level event, with the same stream continuing, at most {@link #MAX_ATTEMPTS} times; {@link
 * #retries()} and {@link #retriedEvents()} count this. Bad input ({@link
 * InvalidPartonEventException}) is not retried.
 */
public final class ShowerChain {
    /** Attempts per event before {@link ShowerFailedException}. */
    public static final int MAX_ATTEMPTS = 10;

    private static final int MAX_REASONS = 20;

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
        this.retries = new LongAdder();
        this.retriedEvents = new LongAdder();
        this.retryReasons = new java.util.concurrent.ConcurrentLinkedQueue<>();
        this.hadronization = new Hadronization(tune.hadronization(), TABLE);
        this.decayer = new Decays(TABLE, tune.decays(), hadronization);
    }

    private static final ParticleDataTable TABLE = ParticleDataTable.pdg2024();
    private final Hadronization hadronization;
    private final Decays decayer;
    private final LongAdder retries;
    private final LongAdder retriedEvents;
    private final java.util.Queue<String> retryReasons;

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

    /** Extra attempts made so far (over all events processed by this chain). */
    public long retries() {
        return retries.sum();
    }

    /** Why the first attempt failed, for the first (up to 20) events that needed a retry. */
    public List<String> retryReasons() {
        return List.copyOf(retryReasons);
    }

    /** Events so far that needed more than one attempt. */
    public long retriedEvents() {
        return retriedEvents.sum();
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
     * @throws InvalidPartonEventException for bad input
     * @throws ShowerFailedException when all {@link #MAX_ATTEMPTS} attempts failed
     */
    public Event process(Event partonLevel, SplittableRandom rng) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                Event out = attempt(partonLevel, rng);
                if (attempt > 0) {
                    retries.add(attempt);
                    retriedEvents.increment();
                }
                return out;
            } catch (InvalidPartonEventException bad) {
                throw bad;
            } catch (RuntimeException e) {
                last = e;
                if (attempt == 0 && retryReasons.size() < MAX_REASONS) {
                    retryReasons.add(String.valueOf(e.getMessage()));
                }
            }
        }
        retries.add(MAX_ATTEMPTS - 1);
        retriedEvents.increment();
        throw new ShowerFailedException(
                "event "
                        + partonLevel.number()
                        + ": the shower chain failed in all "
                        + MAX_ATTEMPTS
                        + " attempts; the last: "
                        + last.getMessage(),
                last);
    }

    private Event attempt(Event partonLevel, SplittableRandom rng) {
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

    private PdfSet pdfFor(Event e, int id) {
        boolean hadronic = false;
        for (var p : e.particles()) {
            if (p.status() == -1 && (p.pdgId() == 21 || Math.abs(p.pdgId()) <= 6)) {
                hadronic = true;
            }
        }
        return hadronic && tune.shower().isr() ? pdfs.forId(id) : null;
    }
}
