package org.quarryhep.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.stats.ModifierSpec.BinValues;
import org.quarryhep.stats.ModifierSpec.HistoTemplates;
import org.quarryhep.stats.ModifierSpec.NormFactors;

/**
 * Writes workspaces as pyhf JSON (schema 1.0.0), so every Quarry model can be used with pyhf. Files
 * are written to a temporary file and moved into place, so no half-written file remains.
 */
public final class WorkspaceWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WorkspaceWriter() {}

    /**
     * The JSON tree of a workspace.
     *
     * @param ws the workspace
     * @return the pyhf JSON document
     */
    public static ObjectNode toJson(Workspace ws) {
        ObjectNode root = F.objectNode();
        ArrayNode channels = root.putArray("channels");
        for (Workspace.Channel c : ws.channels()) {
            ObjectNode cn = channels.addObject();
            cn.put("name", c.name());
            ArrayNode samples = cn.putArray("samples");
            for (Workspace.Sample s : c.samples()) {
                ObjectNode sn = samples.addObject();
                sn.put("name", s.name());
                numbers(sn.putArray("data"), s.data());
                ArrayNode mods = sn.putArray("modifiers");
                for (ModifierSpec m : s.modifiers()) {
                    ObjectNode mn = mods.addObject();
                    mn.put("name", m.name());
                    mn.put("type", m.type());
                    if (m.data() instanceof NormFactors nf) {
                        ObjectNode d = mn.putObject("data");
                        d.put("hi", nf.hi());
                        d.put("lo", nf.lo());
                    } else if (m.data() instanceof HistoTemplates ht) {
                        ObjectNode d = mn.putObject("data");
                        numbers(d.putArray("hi_data"), ht.hiData());
                        numbers(d.putArray("lo_data"), ht.loData());
                    } else if (m.data() instanceof BinValues bv) {
                        numbers(mn.putArray("data"), bv.values());
                    } else {
                        mn.putNull("data");
                    }
                }
            }
        }
        ArrayNode obs = root.putArray("observations");
        for (Workspace.Observation o : ws.observations()) {
            ObjectNode on = obs.addObject();
            on.put("name", o.name());
            numbers(on.putArray("data"), o.data());
        }
        ArrayNode meas = root.putArray("measurements");
        for (Workspace.Measurement m : ws.measurements()) {
            ObjectNode mn = meas.addObject();
            mn.put("name", m.name());
            ObjectNode cfg = mn.putObject("config");
            cfg.put("poi", m.poi());
            ArrayNode params = cfg.putArray("parameters");
            for (Workspace.ParameterConfig p : m.parameters()) {
                ObjectNode pn = params.addObject();
                pn.put("name", p.name());
                if (p.inits() != null) {
                    numbers(pn.putArray("inits"), p.inits());
                }
                if (p.bounds() != null) {
                    ArrayNode b = pn.putArray("bounds");
                    for (double[] pair : p.bounds()) {
                        numbers(b.addArray(), pair);
                    }
                }
                if (p.fixed()) {
                    pn.put("fixed", true);
                }
                if (p.auxdata() != null) {
                    numbers(pn.putArray("auxdata"), p.auxdata());
                }
                if (p.sigmas() != null) {
                    numbers(pn.putArray("sigmas"), p.sigmas());
                }
            }
        }
        root.put("version", ws.version());
        return root;
    }

    /**
     * The pyhf JSON text of a workspace (indented, ending in a newline).
     *
     * @param ws the workspace
     * @return the JSON text
     */
    public static String toJsonString(Workspace ws) {
        return toJsonString(toJson(ws));
    }

    static String toJsonString(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise workspace", e);
        }
    }

    /**
     * Writes a workspace file atomically.
     *
     * @param ws the workspace
     * @param path the destination
     * @throws IOException when writing fails
     */
    public static void write(Workspace ws, Path path) throws IOException {
        String json = toJsonString(ws);
        AtomicFile.write(path, tmp -> Files.writeString(tmp, json));
    }

    private static void numbers(ArrayNode arr, double[] values) {
        for (double v : values) {
            arr.add(v);
        }
    }
}
