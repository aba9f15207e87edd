package org.quarryhep.shower.parton;

import org.quarryhep.gen.pdf.PdfSet;

/**
 * The parton densities backward evolution reads: the event's PDF set for each beam (a proton's or
 * an antiproton's, by the beam's sign), frozen below the grid's Q_min, and 0 for a beam that is not
 * a hadron.
 */
final class InitialStateDensities {
    private final PdfSet set;
    private final ShowerEventState state;

    InitialStateDensities(PdfSet set, ShowerEventState state) {
        this.set = set;
        this.state = state;
    }

    double qMin() {
        return set.grid().qMin();
    }

    /**
     * 1 when incoming parton {@code a} came from an antihadron beam (its PDFs charge-conjugated),
     * else 0.
     */
    int beamSign(Parton a) {
        return state.beamId(a) < 0 ? 1 : 0;
    }

    /** x f(x, μ) for parton id in the beam that incoming parton {@code a} came from. */
    double xf(Parton a, int id, double x, double mu) {
        if (!(x > 0 && x < 1)) {
            return 0;
        }
        int beam = state.beamId(a);
        int pid = beam < 0 && id != 21 ? -id : id;
        double q = Math.max(mu, set.grid().qMin());
        return set.xfxQ(pid, x, q);
    }
}
