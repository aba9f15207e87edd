package org.quarryhep.shower;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.quarryhep.config.ConfigNode;

/**
 * Reads one tune section into a parameter record: the keys are the record's component names (so the
 * file and the record cannot drift apart), every other key is an error, and a key left out takes
 * the fallback record's value (without a fallback every key is required). Numbers are doubles or
 * ints, switches booleans; {@code null} for a number means +∞ ("no limit").
 */
final class RecordSection {
    private RecordSection() {}

    static <R extends Record> R read(ConfigNode node, Class<R> type, R fallback) {
        RecordComponent[] cs = type.getRecordComponents();
        List<String> names = new ArrayList<>();
        for (RecordComponent c : cs) {
            names.add(c.getName());
        }
        node.allowOnly(names.toArray(String[]::new));
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        for (int k = 0; k < cs.length; k++) {
            RecordComponent c = cs[k];
            types[k] = c.getType();
            if (node.has(c.getName())) {
                args[k] = value(node.get(c.getName()), c.getType());
            } else if (fallback != null) {
                args[k] = accessor(c, fallback);
            } else {
                args[k] = value(node.get(c.getName()), c.getType());
            }
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException bad) {
                throw node.error(bad.getMessage());
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(ConfigNode n, Class<?> t) {
        if (t == double.class) {
            return n.isScalar() && "none".equals(n.asString())
                    ? Double.POSITIVE_INFINITY
                    : n.asDouble();
        }
        if (t == int.class) {
            return n.asInt();
        }
        if (t == boolean.class) {
            return n.asBoolean();
        }
        throw new IllegalStateException("unsupported tune value type " + t);
    }

    private static Object accessor(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
