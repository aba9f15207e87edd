package org.quarryhep.gen.treelevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.MatrixElement;
import org.quarryhep.gen.amplitude.Particle;
import org.quarryhep.gen.amplitude.Resonance;
import org.quarryhep.gen.amplitude.ResonanceAssignments;
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.process.ScaleChoice;

/**
 * The resonances of a {@link TreeLevelProcess}: its decay chain's (kept within {@code bwcutoff}
 * widths of their mass, standing for their products in the scale, written at status 2), the {@code
 * $ x} propagators kept off shell, and the {@code > x >} s-channel subsets an event writes. The
 * run-card cuts see only the undecayed slots (MadGraph's {@code cut_decays = F}).
 *
 * <p>Identical particles in different branches ({@link ResonanceAssignments}): a point is kept for
 * a subprocess when some assignment of them to the branches has every resonance within its window
 * and its undecayed particles pass the cuts (a condition symmetric under their exchange, as the
 * amplitude is); the scale is computed on the assignment nearest to its mass shells (largest
 * product of Breit–Wigner factors); an event writes the decay tree of one assignment, picked among
 * those within the windows with probability ∝ its own |M|² (its diagrams alone).
 */
final class DecayStructure {
    private final AmplitudeModel model;
    private final double bwcutoff;
    private final List<Resonance> shape;
    private final List<List<double[]>> onShellWindows = new ArrayList<>();
    private final List<List<Integer>> sChannelSubsets = new ArrayList<>();
    private final List<List<List<Resonance>>> assignments = new ArrayList<>();
    private final List<List<int[]>> undecayedSlots = new ArrayList<>();
    private final List<List<MatrixElement>> assignmentElements = new ArrayList<>();

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
            List<List<Resonance>> own = ResonanceAssignments.of(sp);
            assignments.add(own);
            List<int[]> slots = new ArrayList<>();
            for (List<Resonance> a : own) {
                slots.add(undecayedSlots(a, sp.outgoing().length));
            }
            undecayedSlots.add(slots);
            List<MatrixElement> alone = new ArrayList<>();
            if (own.size() > 1) {
                for (Subprocess v : ResonanceAssignments.variants(sp)) {
                    alone.add(new MatrixElement(v, model, false));
                }
            }
            assignmentElements.add(alone);
        }
        this.shape = subprocesses.get(0).resonances();
    }

    /** The slots no resonance of an assignment decays into. */
    private static int[] undecayedSlots(List<Resonance> resonances, int n) {
        int decayed = 0;
        for (Resonance r : resonances) {
            decayed |= r.mask();
        }
        List<Integer> undecayed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((decayed & (1 << i)) == 0) {
                undecayed.add(i);
            }
        }
        return undecayed.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A subprocess's decay structure: its resonances' slots and parents. */
    static List<List<Integer>> shapeOf(Subprocess sp) {
        return sp.resonances().stream().map(r -> List.of(r.mask(), r.parent())).toList();
    }

    /**
     * The undecayed slots (those the cuts see: MadGraph's cut_decays = F) of each assignment of
     * subprocess s whose resonances are all within their windows at this point; one set without
     * identical particles across the branches.
     */
    List<int[]> undecayedSlotsWithinWindows(int s, FourMomentum[] fin) {
        List<List<Resonance>> own = assignments.get(s);
        if (own.size() == 1) {
            return undecayedSlots.get(s);
        }
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < own.size(); a++) {
            int[] slots = undecayedSlots.get(s).get(a);
            if (within(own.get(a), fin) && out.stream().noneMatch(x -> Arrays.equals(x, slots))) {
                out.add(slots);
            }
        }
        return out;
    }

    /** The momenta of some slots. */
    static List<FourMomentum> momenta(FourMomentum[] fin, int[] slots) {
        List<FourMomentum> out = new ArrayList<>(slots.length);
        for (int slot : slots) {
            out.add(fin[slot]);
        }
        return out;
    }

    /** The ids of some slots. */
    static int[] ids(int[] outgoing, int[] slots) {
        int[] ids = new int[slots.length];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = outgoing[slots[k]];
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

    /**
     * Whether some subprocess has an assignment whose decay-chain resonances are all within
     * bwcutoff widths of their mass (each subprocess's own is {@link
     * #undecayedSlotsWithinWindows}).
     */
    boolean withinResonanceWindows(FourMomentum[] fin) {
        for (List<List<Resonance>> own : assignments) {
            for (List<Resonance> a : own) {
                if (within(a, fin)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean within(List<Resonance> resonances, FourMomentum[] fin) {
        for (Resonance r : resonances) {
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
        int nearest = nearestShell(assignments.get(0), fin);
        for (Resonance r : assignments.get(0).get(nearest)) {
            if (r.parent() < 0) {
                p.add(sum(fin, r.mask()));
                col.add(Particle.byPdg(r.pdg()).colour() > 1);
            }
        }
        for (int slot : undecayedSlots.get(0).get(nearest)) {
            p.add(fin[slot]);
            col.add(coloured[slot]);
        }
        boolean[] flags = new boolean[col.size()];
        for (int k = 0; k < flags.length; k++) {
            flags[k] = col.get(k);
        }
        return TreeLevelScale.scale(choice, p.toArray(FourMomentum[]::new), flags, shat);
    }

    /** The assignment whose resonances have the largest product of Breit–Wigner factors. */
    private int nearestShell(List<List<Resonance>> own, FourMomentum[] fin) {
        int best = 0;
        double largest = -1;
        for (int a = 0; a < own.size() && own.size() > 1; a++) {
            double product = 1;
            for (Resonance r : own.get(a)) {
                double m = model.mass(r.pdg());
                double w = model.width(r.pdg());
                double d = sum(fin, r.mask()).m2() - m * m;
                product *= 1 / (d * d + m * m * w * w);
            }
            if (product > largest) {
                largest = product;
                best = a;
            }
        }
        return best;
    }

    /**
     * The resonances an event writes: a decay chain's — with identical particles across its
     * branches, one assignment within the windows drawn ∝ its own |M|² —, or for {@code > z >} the
     * s-channel subset of the chosen subprocess whose propagator is largest at this point (MadGraph
     * writes the resonance of the channel it picks).
     *
     * @param sp the chosen subprocess
     * @param chosen its index
     * @param momenta the incoming then the outgoing momenta
     * @param rng the event's stream (the assignment's draw)
     * @return the resonances, parents first
     */
    List<Resonance> writtenResonances(
            Subprocess sp, int chosen, FourMomentum[] momenta, SplittableRandom rng) {
        FourMomentum[] fin = Arrays.copyOfRange(momenta, 2, momenta.length);
        List<MatrixElement> alone = assignmentElements.get(chosen);
        if (!alone.isEmpty()) {
            List<List<Resonance>> own = assignments.get(chosen);
            double[] share = new double[own.size()];
            double total = 0;
            for (int a = 0; a < share.length; a++) {
                share[a] = within(own.get(a), fin) ? alone.get(a).squared(momenta) : 0;
                total += share[a];
            }
            double pick = rng.nextDouble() * total;
            for (int a = 0; a < share.length; a++) {
                pick -= share[a];
                if (share[a] > 0 && pick <= 0) {
                    return own.get(a);
                }
            }
            return sp.resonances();
        }
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
