package org.quarryhep.report.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A matrix whose empty cells are {@code null} in JSON and NaN in Java (a map cell without events):
 * Jackson would read a {@code null} number of a {@code double[]} as 0, which a colour map would
 * draw as a value.
 */
final class GapMatrix {
    private GapMatrix() {}

    /** Reads rows of numbers and nulls; a null becomes NaN. */
    static final class Reader extends JsonDeserializer<double[][]> {
        @Override
        public double[][] deserialize(JsonParser p, DeserializationContext ctxt)
                throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return (double[][]) ctxt.handleUnexpectedToken(double[][].class, p);
            }
            List<double[]> rows = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    return (double[][]) ctxt.handleUnexpectedToken(double[][].class, p);
                }
                List<Double> row = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    row.add(
                            p.currentToken() == JsonToken.VALUE_NULL
                                    ? Double.NaN
                                    : p.getValueAsDouble());
                }
                rows.add(row.stream().mapToDouble(Double::doubleValue).toArray());
            }
            return rows.toArray(new double[0][]);
        }
    }

    /** Writes rows of numbers, NaN as null. */
    static final class Writer extends JsonSerializer<double[][]> {
        @Override
        public void serialize(double[][] value, JsonGenerator g, SerializerProvider provider)
                throws IOException {
            g.writeStartArray();
            for (double[] row : value) {
                g.writeStartArray();
                for (double v : row) {
                    if (Double.isNaN(v)) {
                        g.writeNull();
                    } else {
                        g.writeNumber(v);
                    }
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
    }
}
