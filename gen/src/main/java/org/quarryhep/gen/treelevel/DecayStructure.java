package org.quarryhep.gen.treelevel;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.MatrixElement;
import org.quarryhep.gen.amplitude.Particle;
import org.quarryhep.gen.amplitude.Resonance;
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.process.ScaleChoice;

/**
 * The resonances of a {@link TreeLevelProcess}: its decay chain's (kept within {@code bwcutoff}
 * widths of their mass, standing for their products in the scale, written at status 2), the {@code
 * $ x} propagators kept off shell, and the {@code > x >} s-channel subsets an event writes. The
 * run-card cuts see only the undecayed slots (MadGraph's {@code cut_decays = F}).
 */
final class DecayStructure {
    private final AmplitudeModel model;
    private final double bwcutoff;
    private final List<Resonance> shape;
    private final int[] cutSlots;
    private final List<List<double[]>> onShellWindows = new ArrayList<>();
    private final List<List<Integer>> sChannelSubsets = new ArrayList<>();

    /**
     * Reads the structure of subprocesses that share one decay structure ({@link #shapeOf}).
     *
     * @param subprocesses the process's subprocesses
     * @param matrixElements theirs, in the same order (they know the s-channel subsets)
     * @param model masses and widths
     * @param bwcutoff the number of widths that bounds the resonance windows
     */
    DecayStructure(
            List<Subprocess> subprocesses,
            List<MatrixElement> matrixElements,
            AmplitudeModel model,
            double bwcutoff) {
        this.model = model;
        this.bwcutoff = bwcutoff;
        for (int s = 0; s < subprocesses.size(); s++) {
            Subprocess sp = subprocesses.get(s);
            MatrixElement me = matrixElements.get(s);
            List<double[]> windows = new ArrayList<>();
            for (int id : sp.onShellExcluded()) {
                for (int mask : me.sChannelSubsets(id)) {
                    windows.add(new double[] {mask, model.mass(id), model.width(id)});
                }
            }
            onShellWindows.add(windows);
            List<Integer> subsets = new ArrayList<>();
            for (int id : sp.sChannel()) {
                subsets.addAll(me.sChannelSubsets(id));
            }
            sChannelSubsets.add(subsets);
        }
        Subprocess first = subprocesses.get(0);
        this.shape = first.resonances();
        int decayed = 0;
        for (Resonance r : shape) {
            decayed |= r.mask();
        }
        List<Integer> undecayed = new ArrayList<>();
        for (int i = 0; i < first.outgoing().length; i++) {
            if ((decayed & (1 << i)) == 0) {
                undecayed.add(i);
            }
        }
        this.cutSlots = undecayed.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A subprocess's decay structure: its resonances' slots and parents. */
    static List<List<Integer>> shapeOf(Subprocess sp) {
        return sp.resonances().stream().map(r -> List.of(r.mask(), r.parent())).toList();
    }

    /** The momenta of the undecayed slots, those the cuts see. */
    List<FourMomentum> undecayedMomenta(FourMomentum[] fin) {
        List<FourMomentum> out = new ArrayList<>(cutSlots.length);
        for (int slot : cutSlots) {
            out.add(fin[slot]);
        }
        return out;
    }

    /** The undecayed ids of a final state (those the cuts see: MadGraph's cut_decays = F). */
    int[] undecayed(int[] outgoing) {
        int[] ids = new int[cutSlots.length];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = outgoing[cutSlots[k]];
        }
        return ids;
    }

    private static FourMomentum sum(FourMomentum[] fin, int mask) {
        FourMomentum p = FourMomentum.ZERO;
        for (int i = 0; i < fin.length; i++) {
            if ((mask & (1 << i)) != 0) {
                p = p.plus(fin[i]);
            }
        }
        return p;
    }

    /** Whether each decay-chain resonance is within bwcutoff widths of its mass. */
    boolean withinResonanceWindows(FourMomentum[] fin) {
        for (Resonance r : shape) {
            double m = Math.sqrt(Math.max(0, sum(fin, r.mask()).m2()));
            if (Math.abs(m - model.mass(r.pdg())) > bwcutoff * model.width(r.pdg())) {
                return false;
            }
        }
        return true;
    }

    /** Whether an s-channel propagator excluded with {@code $} is on shell in subprocess s. */
    boolean onShell(int s, FourMomentum[] fin) {
        for (double[] w : onShellWindows.get(s)) {
            double m = Math.sqrt(Math.max(0, sum(fin, (int) w[0]).m2()));
            if (Math.abs(m - w[1]) < bwcutoff * w[2]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scale of the production process: the decay chain's production-level resonances stand for
     * their products (MadGraph computes the scale of a decay chain on the production).
     *
     * @param choice the run's scale choice
     * @param fin the final state
     * @param coloured whether each final-state slot is coloured
     * @param shat the partonic ŝ, GeV²
     * @return μ, GeV
     */
    double productionScale(
            ScaleChoice choice, FourMomentum[] fin, boolean[] coloured, double shat) {
        if (shape.isEmpty()) {
            return TreeLevelScale.scale(choice, fin, coloured, shat);
        }
        List<FourMomentum> p = new ArrayList<>();
        List<Boolean> col = new ArrayList<>();
        for (Resonance r : shape) {
            if (r.parent() < 0) {
                p.add(sum(fin, r.mask()));
                col.add(Particle.byPdg(r.pdg()).colour() > 1);
            }
        }
        for (int slot : cutSlots) {
            p.add(fin[slot]);
            col.add(coloured[slot]);
        }
        boolean[] flags = new boolean[col.size()];
        for (int k = 0; k < flags.length; k++) {
            flags[k] = col.get(k);
        }
        return TreeLevelScale.scale(choice, p.toArray(FourMomentum[]::new), flags, shat);
    }

    /**
     * The resonances an event writes: a decay chain's, or for {@code > z >} the s-channel subset of
     * the chosen subprocess whose propagator is largest at this point (MadGraph writes the
     * resonance of the channel it picks).
     */
    List<Resonance> writtenResonances(Subprocess sp, int chosen, FourMomentum[] fin) {
        if (!sp.resonances().isEmpty() || sp.sChannel().isEmpty()) {
            return sp.resonances();
        }
        int id = sp.sChannel().iterator().next();
        double m = model.mass(id);
        double w = model.width(id);
        int best = -1;
        double largest = 0;
        for (int mask : sChannelSubsets.get(chosen)) {
            double d = sum(fin, mask).m2() - m * m;
            double bw = 1 / (d * d + m * m * w * w);
            if (bw > largest) {
                largest = bw;
                best = mask;
            }
        }
        if (best < 0) {
            return List.of();
        }
        double charge = 0;
        int[] out = sp.outgoing();
        for (int i = 0; i < out.length; i++) {
            if ((best & (1 << i)) != 0) {
                charge += Particle.byPdg(out[i]).charge();
            }
        }
        int pdg = charge > 0.5 ? id : charge < -0.5 ? -id : id;
        return List.of(new Resonance(pdg, best, -1));
    }
}
