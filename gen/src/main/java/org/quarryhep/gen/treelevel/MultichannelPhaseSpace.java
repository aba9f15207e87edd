package org.quarryhep.gen.treelevel;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;

/**
 * The phase-space channels of a {@link TreeLevelProcess} and their multichannel density: the chain
 * channels ({@link PhaseSpaceChannels#of}) draw ŝ and the rapidity and split in the partonic frame;
 * the {@link PairRecoilChannel}s of a lepton pair + jets draw the lab momenta themselves and
 * replace the chain channels where they reach every point that passes the cuts. A point drawn by
 * channel k has the density Σ_k α_k g_k in dŝ dy dΦ_n with α_k = 1/K.
 */
final class MultichannelPhaseSpace {
    private final List<PhaseSpaceChannel> channels;
    private final List<PairRecoilChannel> recoilChannels;

    /**
     * Builds the channels of a process.
     *
     * @param subprocesses the subprocesses (they share the final-state masses)
     * @param model masses and widths
     * @param cuts the run's generator cuts
     * @param masses the final-state masses, GeV
     * @param bwcutoff the number of widths that bounds decay-chain resonances
     */
    MultichannelPhaseSpace(
            List<Subprocess> subprocesses,
            AmplitudeModel model,
            GeneratorCuts cuts,
            double[] masses,
            double bwcutoff) {
        PhaseSpaceChannels.RecoilChannels recoil =
                PhaseSpaceChannels.recoilChannels(subprocesses, model, cuts, masses);
        this.recoilChannels = recoil.channels();
        // Where the recoil channels reach every point that passes the cuts, the chain channels
        // would only take points from them (and bend a shared VEGAS grid to their variables).
        this.channels =
                recoil.complete()
                        ? List.of()
                        : PhaseSpaceChannels.of(subprocesses, model, cuts, masses, bwcutoff);
    }

    /** The number of channels K. */
    int size() {
        return channels.size() + recoilChannels.size();
    }

    /** The channels, described (e.g. {@code m[z(0 1) 2]}). */
    List<String> descriptions() {
        List<String> out = new ArrayList<>();
        channels.forEach(c -> out.add(c.description()));
        recoilChannels.forEach(c -> out.add(c.description()));
        return out;
    }

    /**
     * Builds the final state (lab frame) and x₁, x₂ of channel k: a chain channel draws ŝ and the
     * rapidity and splits in the partonic frame; a recoil channel draws the lab momenta itself.
     *
     * @return false where the variables give no point (outside the ŝ range or the channel's reach)
     */
    boolean build(
            int k,
            double[] x,
            int offset,
            Collider c,
            double lo,
            double hi,
            FourMomentum[] fin,
            double[] fractions) {
        if (k >= channels.size()) {
            return recoilChannels
                    .get(k - channels.size())
                    .build(x, offset, c.sqrtS(), fin, fractions);
        }
        PhaseSpaceChannel channel = channels.get(k);
        double shat = channel.shat(x[offset], lo, hi);
        if (!(shat >= lo && shat < hi)) {
            return false;
        }
        double tau = shat / c.s();
        double y = -0.5 * Math.log(tau) * (2 * x[offset + 1] - 1);
        fractions[0] = Math.sqrt(tau) * Math.exp(y);
        fractions[1] = Math.sqrt(tau) * Math.exp(-y);
        if (fractions[0] >= 1 || fractions[1] >= 1) {
            return false;
        }
        double eb = c.sqrtS() / 2;
        FourMomentum total =
                new FourMomentum(
                        0,
                        0,
                        (fractions[0] - fractions[1]) * eb,
                        (fractions[0] + fractions[1]) * eb);
        return channel.build(x, offset, total, fin);
    }

    /**
     * The multichannel density (1/K) Σ_k g_k of a point in dŝ dy dΦ_n.
     *
     * @param fin the final state (lab frame)
     * @param shat ŝ, GeV²
     * @param lo the lowest ŝ, GeV²
     * @param hi the highest ŝ, GeV²
     * @param s the collider's s, GeV²
     * @param yMax the largest rapidity of the partonic frame at this ŝ
     */
    double density(FourMomentum[] fin, double shat, double lo, double hi, double s, double yMax) {
        double density = 0;
        for (PhaseSpaceChannel ch : channels) {
            double g = ch.shatDensity(shat, lo, hi);
            density += g == 0 ? 0 : g * ch.density(fin) / (2 * yMax);
        }
        for (PairRecoilChannel ch : recoilChannels) {
            density += ch.density(fin, s);
        }
        density /= size();
        return density;
    }
}
