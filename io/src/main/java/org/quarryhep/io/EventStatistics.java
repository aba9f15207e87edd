package org.quarryhep.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quarryhep.core.CrossSection;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;

/**
 * Accumulates what {@code quarry inspect} reports about a stream of events: counts, sums of the
 * nominal weight, negative weights, process ids, particle and vertex multiplicities, final-state
 * particles by PDG id. Add events with {@link #add(Event)}; memory stays bounded by the number of
 * distinct process and PDG ids.
 */
public final class EventStatistics {
    private long events;
    private long particles;
    private long finalState;
    private long vertices;
    private long negative;
    private double sumWeights;
    private double sumWeightsSquared;
    private int maxWeights;
    private List<String> weightNames = List.of();
    private CrossSection lastCrossSection;
    private List<Particle> beams;
    private final Map<Integer, Long> processCounts = new TreeMap<>();
    private final Map<Integer, Long> finalStateByPdgId = new HashMap<>();

    /** HepMC's status code of beam particles. */
    public static final int BEAM_STATUS = 4;

    /** Adds one event. */
    public void add(Event e) {
        events++;
        particles += e.particles().size();
        vertices += e.vertices().size();
        double w = e.weight();
        sumWeights += w;
        sumWeightsSquared += w * w;
        if (w < 0) {
            negative++;
        }
        if (e.weightCount() > maxWeights) {
            maxWeights = e.weightCount();
            weightNames = e.weightNames();
        }
        if (e.crossSection() != null) {
            lastCrossSection = e.crossSection();
        }
        processCounts.merge(e.processId(), 1L, Long::sum);
        if (beams == null) {
            beams = e.particles().stream().filter(p -> p.status() == BEAM_STATUS).toList();
        }
        for (Particle p : e.particles()) {
            if (p.isFinal()) {
                finalState++;
                finalStateByPdgId.merge(p.pdgId(), 1L, Long::sum);
            }
        }
    }

    /** The beam particles (HepMC status 4) of the first event; empty when it has none. */
    public List<Particle> firstEventBeams() {
        return beams == null ? List.of() : beams;
    }

    /** Number of events added. */
    public long events() {
        return events;
    }

    /** Total number of particles. */
    public long particles() {
        return particles;
    }

    /** Total number of final-state (status 1) particles. */
    public long finalStateParticles() {
        return finalState;
    }

    /** Total number of vertices. */
    public long vertices() {
        return vertices;
    }

    /** Number of events with a negative nominal weight. */
    public long negativeWeightEvents() {
        return negative;
    }

    /** Sum of the nominal weights. */
    public double sumWeights() {
        return sumWeights;
    }

    /** Sum of the squared nominal weights. */
    public double sumWeightsSquared() {
        return sumWeightsSquared;
    }

    /** The weight names of the event with the most weights (empty when none are named). */
    public List<String> eventWeightNames() {
        return weightNames;
    }

    /** The cross section of the last event that carried one (HepMC), or {@code null}. */
    public CrossSection lastCrossSection() {
        return lastCrossSection;
    }

    /** Events per process id, ascending by id. */
    public Map<Integer, Long> processCounts() {
        return new LinkedHashMap<>(processCounts);
    }

    /** Mean number of particles per event (NaN without events). */
    public double meanParticles() {
        return events == 0 ? Double.NaN : (double) particles / events;
    }

    /** Mean number of final-state particles per event (NaN without events). */
    public double meanFinalState() {
        return events == 0 ? Double.NaN : (double) finalState / events;
    }

    /** Mean number of vertices per event (NaN without events). */
    public double meanVertices() {
        return events == 0 ? Double.NaN : (double) vertices / events;
    }

    /**
     * The most frequent final-state PDG ids with their mean count per event, most frequent first
     * (ties by ascending id).
     *
     * @param n how many ids to give at most
     */
    public Map<Integer, Double> topFinalStatePdgIds(int n) {
        List<Map.Entry<Integer, Long>> list = new ArrayList<>(finalStateByPdgId.entrySet());
        list.sort(
                (a, b) ->
                        a.getValue().equals(b.getValue())
                                ? Integer.compare(a.getKey(), b.getKey())
                                : Long.compare(b.getValue(), a.getValue()));
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(n, list.size()); i++) {
            out.put(list.get(i).getKey(), (double) list.get(i).getValue() / events);
        }
        return out;
    }
}
