package org.quarryhep.shower.validation;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.jets.ClusterSequence;
import org.quarryhep.jets.Jet;
import org.quarryhep.jets.JetDefinition;

/**
 * The fiducial Z → μμ observables of two ATLAS measurements, with the selections of their Rivet
 * analyses: the p_T(ℓℓ) spectrum at 8 TeV (ATLAS_2015_I1408516: leptons p_T > 20 GeV, |η| < 2.4, 66
 * < m_ℓℓ < 116 GeV, |y_ℓℓ| < 2.4) and the exclusive jet multiplicity at 13 TeV
 * (ATLAS_2017_I1514251: leptons p_T > 25 GeV, |η| < 2.5, 71 < m_ℓℓ < 111 GeV; anti-k_t R = 0.4 jets
 * of all other visible final-state particles, p_T > 30 GeV, |y| < 2.5, ΔR(ℓ, jet) > 0.4).
 */
public final class DrellYanObservables {
    private DrellYanObservables() {}

    /** The two muons of the event (final state), or null. */
    static FourMomentum[] muons(Event e) {
        FourMomentum plus = null;
        FourMomentum minus = null;
        for (Particle p : e.particles()) {
            if (p.isFinal() && p.pdgId() == 13) {
                minus = p.momentum();
            } else if (p.isFinal() && p.pdgId() == -13) {
                plus = p.momentum();
            }
        }
        return plus == null || minus == null ? null : new FourMomentum[] {minus, plus};
    }

    private static boolean leptonsPass(FourMomentum[] mu, double ptMin, double etaMax) {
        for (FourMomentum m : mu) {
            if (m.pt() < ptMin || Math.abs(m.eta()) > etaMax) {
                return false;
            }
        }
        return true;
    }

    /** p_T(ℓℓ) in the ATLAS 2015 fiducial region, or −1 outside it. */
    public static double zPt8TeV(Event e) {
        FourMomentum[] mu = muons(e);
        if (mu == null || !leptonsPass(mu, 20, 2.4)) {
            return -1;
        }
        FourMomentum z = mu[0].plus(mu[1]);
        double m = z.mass();
        if (m < 66 || m > 116 || Math.abs(z.rapidity()) > 2.4) {
            return -1;
        }
        return z.pt();
    }

    /** The number of jets in the ATLAS 2017 fiducial region, or −1 when the event is outside. */
    public static int jets13TeV(Event e) {
        FourMomentum[] mu = muons(e);
        if (mu == null || !leptonsPass(mu, 25, 2.5)) {
            return -1;
        }
        double m = mu[0].plus(mu[1]).mass();
        if (m < 71 || m > 111) {
            return -1;
        }
        List<FourMomentum> visible = new ArrayList<>();
        for (Particle p : e.particles()) {
            int id = Math.abs(p.pdgId());
            if (p.isFinal() && id != 12 && id != 14 && id != 16 && id != 13) {
                visible.add(p.momentum());
            }
        }
        int n = 0;
        for (Jet j : ClusterSequence.of(visible, JetDefinition.antiKt(0.4)).inclusiveJets(30)) {
            if (Math.abs(j.rapidity()) >= 2.5) {
                continue;
            }
            boolean isolated = true;
            for (FourMomentum l : mu) {
                isolated &= deltaR(l, j.momentum()) > 0.4;
            }
            n += isolated ? 1 : 0;
        }
        return n;
    }

    private static double deltaR(FourMomentum a, FourMomentum b) {
        double dphi = Math.abs(a.phi() - b.phi());
        if (dphi > Math.PI) {
            dphi = 2 * Math.PI - dphi;
        }
        double deta = a.rapidity() - b.rapidity();
        return Math.hypot(deta, dphi);
    }
}
