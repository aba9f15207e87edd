package org.quarryhep.shower.decay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ParticleDataTable}: collects the species in table order and normalises their
 * branching ratios on build.
 */
final class ParticleDataBuilder {
    private final List<Entry> entries = new ArrayList<>();

    Entry add(int id, String name, double mass) {
        Entry e = new Entry(id, name, mass);
        entries.add(e);
        return e;
    }

    ParticleDataTable build() {
        Map<Integer, ParticleEntry> byId = new LinkedHashMap<>();
        Map<Integer, Double> listed = new LinkedHashMap<>();
        for (Entry e : entries) {
            double sum = 0;
            double listedSum = 0;
            for (DecayChannel c : e.channels) {
                sum += c.branchingRatio();
                if (c.model() != DecayModel.PARTONIC) {
                    listedSum += c.branchingRatio();
                }
            }
            List<DecayChannel> norm = new ArrayList<>();
            for (DecayChannel c : e.channels) {
                norm.add(new DecayChannel(c.branchingRatio() / sum, c.model(), c.products()));
            }
            double width = e.width;
            double ctau = e.ctau;
            if (e.channels.isEmpty()) {
                width = 0;
                ctau = Double.POSITIVE_INFINITY;
            } else if (Double.isNaN(ctau)) {
                ctau = width > 0 ? ParticleDataTable.HBARC_GEV_MM / width : 0;
            } else if (Double.isNaN(width)) {
                width = ctau > 0 ? ParticleDataTable.HBARC_GEV_MM / ctau : 0;
            }
            if (byId.put(e.id, new ParticleEntry(e.id, e.name, e.mass, width, ctau, e.self, norm))
                    != null) {
                throw new IllegalStateException("duplicate particle " + e.id);
            }
            listed.put(e.id, listedSum);
        }
        return new ParticleDataTable(byId, listed);
    }

    /** One species being written: fluent setters in table order. */
    static final class Entry {
        final int id;
        final String name;
        final double mass;
        double width = Double.NaN;
        double ctau = Double.NaN;
        boolean self;
        final List<DecayChannel> channels = new ArrayList<>();

        Entry(int id, String name, double mass) {
            this.id = id;
            this.name = name;
            this.mass = mass;
        }

        Entry self() {
            self = true;
            return this;
        }

        void stable() {
            width = 0;
        }

        Entry width(double w) {
            width = w;
            return this;
        }

        Entry ctau(double mm) {
            ctau = mm;
            return this;
        }

        /** Decays where it is made: the width is only bounded and far above the vertex scale. */
        Entry prompt() {
            ctau = 0;
            width = 0;
            return this;
        }

        Entry ch(double br, int... products) {
            return ch(DecayModel.PHASE_SPACE, br, products);
        }

        Entry ch(DecayModel model, double br, int... products) {
            channels.add(new DecayChannel(br, model, products));
            return this;
        }

        Entry partonic(double br, int... products) {
            return ch(DecayModel.PARTONIC, br, products);
        }

        /** The width the listed channels leave, given to an inclusive partonic channel. */
        Entry partonicRest(int... products) {
            double sum = 0;
            for (DecayChannel c : channels) {
                sum += c.branchingRatio();
            }
            if (!(sum < 1)) {
                throw new IllegalStateException(name + ": listed channels already sum to " + sum);
            }
            return partonic(1 - sum, products);
        }
    }
}
