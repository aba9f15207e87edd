package org.quarryhep.scan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition a point must satisfy to be run, such as {@code m_chi < m_smuon} or {@code m_N <= m_WR
 * - 50}: two linear expressions in the parameters (terms {@code name}, {@code number} or {@code
 * number*name} joined by {@code +} and {@code -}) compared by {@code <}, {@code <=}, {@code >} or
 * {@code >=}.
 *
 * @param text the condition as written
 * @param left the left side's terms
 * @param operator the comparison
 * @param right the right side's terms
 */
public record Constraint(String text, List<Term> left, String operator, List<Term> right)
        implements Serializable {
    private static final Pattern COMPARISON = Pattern.compile("^(.+?)(<=|>=|<|>)(.+)$");
    private static final Pattern TERM =
            Pattern.compile(
                    "\\s*([+-]?)\\s*(?:([0-9.]+(?:[eE][+-]?[0-9]+)?)\\s*\\*?\\s*)?([A-Za-z_][A-Za-z0-9_]*)?\\s*");

    /** Copies the terms. */
    public Constraint {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /**
     * One term: a coefficient times a parameter, or a constant when the parameter is {@code null}.
     *
     * @param coefficient the factor
     * @param parameter the parameter's name, or {@code null} for a constant
     */
    public record Term(double coefficient, String parameter) implements Serializable {}

    /**
     * Parses a condition; the parameter names must be among {@code known}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Constraint parse(String text, Set<String> known) {
        Matcher m = COMPARISON.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a comparison (expected e.g. 'm_chi < m_smuon')");
        }
        return new Constraint(
                text.trim(),
                terms(m.group(1), text, known),
                m.group(2),
                terms(m.group(3), text, known));
    }

    private static List<Term> terms(String side, String text, Set<String> known) {
        List<Term> out = new ArrayList<>();
        Matcher m = TERM.matcher(side);
        int at = 0;
        while (at < side.length()) {
            if (!m.find(at) || m.start() != at || m.end() == at) {
                throw new IllegalArgumentException(
                        "cannot read '" + side.substring(at).trim() + "' in '" + text + "'");
            }
            if (m.group(2) == null && m.group(3) == null) {
                break;
            }
            double sign = "-".equals(m.group(1)) ? -1 : 1;
            double coefficient = m.group(2) == null ? 1 : Double.parseDouble(m.group(2));
            String name = m.group(3);
            if (name != null && !known.contains(name)) {
                throw new IllegalArgumentException(
                        "'" + name + "' in '" + text + "' is not a scan parameter " + known);
            }
            out.add(new Term(sign * coefficient, name));
            at = m.end();
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty side in '" + text + "'");
        }
        return out;
    }

    /** Whether the point's parameters satisfy the condition. */
    public boolean test(Map<String, Double> parameters) {
        double l = evaluate(left, parameters);
        double r = evaluate(right, parameters);
        return switch (operator) {
            case "<" -> l < r;
            case "<=" -> l <= r;
            case ">" -> l > r;
            case ">=" -> l >= r;
            default -> throw new IllegalStateException(operator);
        };
    }

    private static double evaluate(List<Term> terms, Map<String, Double> parameters) {
        double sum = 0;
        for (Term t : terms) {
            sum +=
                    t.parameter() == null
                            ? t.coefficient()
                            : t.coefficient() * parameters.get(t.parameter());
        }
        return sum;
    }
}
