package org.quarryhep.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.analysis.object.ObjectDefinition;
import org.quarryhep.analysis.object.ObjectSource;
import org.quarryhep.analysis.object.OverlapRemovalStep;
import org.quarryhep.analysis.object.TagRequirement;
import org.quarryhep.config.ConfigNode;

/**
 * Reads the {@code objects} section: the collections (detector lists with cuts, merges placed after
 * the others) and the ordered overlap-removal steps.
 */
final class ObjectsSectionReader {
    private static final String[] BASE_KEYS = {"from", "ptMin", "ptMax", "absEtaMax"};

    private final ConfigNode objectsNode;
    private final List<ObjectDefinition> objects = new ArrayList<>();
    private final Map<String, Integer> slots = new HashMap<>();

    ObjectsSectionReader(ConfigNode objectsNode) {
        this.objectsNode = objectsNode;
    }

    /** The collections, in slot order (after {@link #read()}). */
    List<ObjectDefinition> objects() {
        return objects;
    }

    /** The slot of each collection name (after {@link #read()}). */
    Map<String, Integer> slots() {
        return slots;
    }

    private List<String> collectionNames() {
        return objects.stream().map(ObjectDefinition::name).toList();
    }

    List<OverlapRemovalStep> read() {
        List<ObjectDefinition> merged = new ArrayList<>();
        List<ConfigNode> mergedNodes = new ArrayList<>();
        ConfigNode overlapNode = null;
        for (Map.Entry<String, ConfigNode> e : objectsNode.entries().entrySet()) {
            String name = e.getKey();
            ConfigNode n = e.getValue();
            if (name.equals("overlapRemoval")) {
                overlapNode = n;
                continue;
            }
            SectionValues.checkName(name, n, "collection");
            if (name.equals("met")) {
                throw n.error(
                        "'met' is built in (the missing transverse momentum); choose another name");
            }
            if (n.has("merge")) {
                n.allowOnly("merge");
                merged.add(mergedCollection(name, n));
                mergedNodes.add(n);
                continue;
            }
            ObjectSource source = source(n.get("from"));
            n.allowOnly(allowedKeys(source));
            slots.put(name, objects.size());
            objects.add(eventCollection(name, source, n));
        }
        for (int i = 0; i < merged.size(); i++) {
            checkMerge(merged.get(i), mergedNodes.get(i).get("merge"));
        }
        // Merged collections come after those read from the event, whose slots they read.
        for (ObjectDefinition m : merged) {
            slots.put(m.name(), objects.size());
            objects.add(m);
        }
        List<OverlapRemovalStep> steps =
                overlapNode == null ? new ArrayList<>() : overlapRemoval(overlapNode);
        if (objects.isEmpty()) {
            throw objectsNode.error("define at least one collection, e.g. muons: {from: muons}");
        }
        return steps;
    }

    /** A collection read from the event with its cuts (absent cuts keep everything). */
    private static ObjectDefinition eventCollection(
            String name, ObjectSource source, ConfigNode n) {
        return new ObjectDefinition(
                name,
                source,
                List.of(),
                nonNegative(n, "ptMin", 0),
                positive(n, "ptMax", Double.POSITIVE_INFINITY),
                positive(n, "absEtaMax", Double.POSITIVE_INFINITY),
                nonNegative(n, "isolationMax", Double.POSITIVE_INFINITY),
                tag(n, "bTag"),
                tag(n, "tauTag"),
                nonNegative(n, "absD0MinMm", 0),
                positive(n, "absD0MaxMm", Double.POSITIVE_INFINITY),
                n.opt("tracksMin").map(ConfigNode::asInt).orElse(0),
                nonNegative(n, "dxyMinMm", 0),
                positive(n, "dxyMaxMm", Double.POSITIVE_INFINITY),
                nonNegative(n, "vertexMassMin", 0));
    }

    /** A p_T-ordered union of other collections, with no cuts of its own. */
    private static ObjectDefinition mergedCollection(String name, ConfigNode n) {
        return new ObjectDefinition(
                name,
                ObjectSource.MERGED,
                SectionValues.stringList(Optional.of(n.get("merge"))),
                0,
                Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                TagRequirement.ANY,
                TagRequirement.ANY,
                0,
                Double.POSITIVE_INFINITY,
                0,
                0,
                Double.POSITIVE_INFINITY,
                0);
    }

    /** A merge takes two or more collections read from the event, none of them vertices. */
    private void checkMerge(ObjectDefinition m, ConfigNode list) {
        if (m.mergeOf().size() < 2) {
            throw list.error("a merge needs at least two collections, got " + m.mergeOf());
        }
        List<ConfigNode> items = list.asList();
        boolean vertices = false;
        for (int k = 0; k < items.size(); k++) {
            Integer s = slots.get(m.mergeOf().get(k));
            if (s == null) {
                throw items.get(k)
                        .error(
                                "unknown collection '"
                                        + m.mergeOf().get(k)
                                        + "'; a merge takes collections read from the event: "
                                        + slots.keySet().stream().sorted().toList());
            }
            vertices |= objects.get(s).source() == ObjectSource.VERTICES;
        }
        if (vertices) {
            throw list.error("vertices cannot be merged with objects that have momenta");
        }
    }

    /** The ordered overlap-removal steps. */
    private List<OverlapRemovalStep> overlapRemoval(ConfigNode overlapNode) {
        List<OverlapRemovalStep> steps = new ArrayList<>();
        for (ConfigNode s : overlapNode.asList()) {
            s.allowOnly("remove", "near", "deltaR");
            String remove = baseCollection(s.get("remove"));
            List<String> near = new ArrayList<>();
            List<ConfigNode> nearNodes =
                    s.get("near").isList() ? s.get("near").asList() : List.of(s.get("near"));
            for (ConfigNode nn : nearNodes) {
                String other = baseCollection(nn);
                if (other.equals(remove)) {
                    throw nn.error("a collection cannot be cleaned against itself");
                }
                near.add(other);
            }
            ConfigNode dr = s.get("deltaR");
            if (!(dr.asDouble() > 0)) {
                throw dr.error("deltaR must be > 0, got " + dr.asDouble());
            }
            steps.add(new OverlapRemovalStep(remove, near, dr.asDouble()));
        }
        return steps;
    }

    private String baseCollection(ConfigNode n) {
        String name = n.asString();
        Integer s = slots.get(name);
        if (s == null) {
            throw n.error(
                    "unknown collection '"
                            + name
                            + "'; the objects section defines "
                            + collectionNames());
        }
        if (objects.get(s).source() == ObjectSource.MERGED) {
            throw n.error(
                    "overlap removal works on collections read from the event, not on the merge '"
                            + name
                            + "' (merges are built after it)");
        }
        if (objects.get(s).source() == ObjectSource.VERTICES) {
            throw n.error("vertices have no direction for overlap removal");
        }
        return name;
    }

    private static ObjectSource source(ConfigNode n) {
        String s = n.asString();
        for (ObjectSource o : ObjectSource.values()) {
            if (o != ObjectSource.MERGED && o.key().equals(s)) {
                return o;
            }
        }
        throw n.error(
                "unknown source '"
                        + s
                        + "'; expected one of electrons, muons, taus, photons, jets, vertices (or"
                        + " 'merge: [a, b]' instead of 'from')");
    }

    private static String[] allowedKeys(ObjectSource s) {
        List<String> keys = new ArrayList<>(Arrays.asList(BASE_KEYS));
        switch (s) {
            case ELECTRONS, MUONS ->
                    keys.addAll(List.of("isolationMax", "absD0MinMm", "absD0MaxMm"));
            case PHOTONS -> keys.add("isolationMax");
            case JETS -> keys.addAll(List.of("bTag", "tauTag"));
            case VERTICES -> {
                keys.removeAll(List.of("ptMin", "ptMax", "absEtaMax"));
                keys.addAll(List.of("tracksMin", "dxyMinMm", "dxyMaxMm", "vertexMassMin"));
            }
            default -> {}
        }
        return keys.toArray(new String[0]);
    }

    private static double nonNegative(ConfigNode n, String key, double absent) {
        Optional<ConfigNode> o = n.opt(key);
        if (o.isEmpty()) {
            return absent;
        }
        double v = o.get().asDouble();
        if (v < 0) {
            throw o.get().error(key + " must be >= 0, got " + v);
        }
        return v;
    }

    private static double positive(ConfigNode n, String key, double absent) {
        Optional<ConfigNode> o = n.opt(key);
        if (o.isEmpty()) {
            return absent;
        }
        double v = o.get().asDouble();
        if (!(v > 0)) {
            throw o.get().error(key + " must be > 0, got " + v);
        }
        return v;
    }

    private static TagRequirement tag(ConfigNode n, String key) {
        return n.opt(key)
                .map(t -> t.asBoolean() ? TagRequirement.REQUIRED : TagRequirement.VETOED)
                .orElse(TagRequirement.ANY);
    }
}
