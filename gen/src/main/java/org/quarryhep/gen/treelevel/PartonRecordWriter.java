package org.quarryhep.gen.treelevel;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.amplitude.MatrixElement;
import org.quarryhep.gen.amplitude.Resonance;
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.process.PartonEvent;

/**
 * Writes a {@link TreeLevelProcess} event record: the incoming partons, the resonances at status 2
 * (parents first) and the final state, with colour lines read from the drawn colour state.
 */
final class PartonRecordWriter {
    private PartonRecordWriter() {}

    /**
     * Appends one event's particles.
     *
     * @param ev the record to fill
     * @param sp the chosen subprocess (its ids are the record's)
     * @param me its matrix element, which reads the colour lines from the draw
     * @param draw the colour (and helicity) state drawn at this point
     * @param p the incoming then the outgoing momenta
     * @param resonances the resonances to write, parents first
     * @param rng the event's random stream (colour-flow choice)
     */
    static void write(
            PartonEvent ev,
            Subprocess sp,
            MatrixElement me,
            MatrixElement.Draw draw,
            FourMomentum[] p,
            List<Resonance> resonances,
            SplittableRandom rng) {
        int[][] tags = me.colourTags(draw, 501, rng);
        int[] in = sp.incoming();
        int[] out = sp.outgoing();
        ev.add(in[0], -1, p[0], -1, -1, tags[0][0], tags[0][1]);
        ev.add(in[1], -1, p[1], -1, -1, tags[1][0], tags[1][1]);
        // resonances (parents first) at status 2; each particle's mother is its innermost one
        int[] index = new int[resonances.size()];
        for (int r = 0; r < index.length; r++) {
            Resonance res = resonances.get(r);
            FourMomentum sum = FourMomentum.ZERO;
            for (int i = 0; i < out.length; i++) {
                if ((res.mask() & (1 << i)) != 0) {
                    sum = sum.plus(p[2 + i]);
                }
            }
            int mother = res.parent() < 0 ? 0 : index[res.parent()];
            int mother2 = res.parent() < 0 ? 1 : mother;
            int[] colour = netColour(tags, res.mask(), out.length);
            index[r] = ev.add(res.pdg(), 2, sum, mother, mother2, colour[0], colour[1]);
        }
        for (int i = 0; i < out.length; i++) {
            int innermost = -1;
            for (int r = 0; r < index.length; r++) {
                if ((resonances.get(r).mask() & (1 << i)) != 0) {
                    innermost = r;
                }
            }
            int m1 = innermost < 0 ? 0 : index[innermost];
            int m2 = innermost < 0 ? 1 : m1;
            ev.add(out[i], 1, p[2 + i], m1, m2, tags[2 + i][0], tags[2 + i][1]);
        }
    }

    /**
     * The colour line a resonance carries: its products' colour and anticolour tags with the lines
     * that join two of them (internal to the decay) removed — one colour for a t, none for a W.
     */
    private static int[] netColour(int[][] tags, int mask, int n) {
        List<Integer> colours = new ArrayList<>();
        List<Integer> anticolours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((mask & (1 << i)) != 0) {
                if (tags[2 + i][0] != 0) {
                    colours.add(tags[2 + i][0]);
                }
                if (tags[2 + i][1] != 0) {
                    anticolours.add(tags[2 + i][1]);
                }
            }
        }
        List<Integer> c = new ArrayList<>(colours);
        c.removeAll(anticolours);
        List<Integer> a = new ArrayList<>(anticolours);
        a.removeAll(colours);
        return new int[] {c.isEmpty() ? 0 : c.get(0), a.isEmpty() ? 0 : a.get(0)};
    }
}
