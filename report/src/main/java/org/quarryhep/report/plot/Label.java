package org.quarryhep.report.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.QuarryException;

/**
 * A LaTeX-like label parsed into runs of text on the baseline, raised (superscript) or lowered
 * (subscript): {@code p_{T}^{miss}}, {@code H \to \mu\tau_{e}}, {@code m_{W_{R}}}, {@code
 * t\bar{t}}. Greek letters and the common symbols become their Unicode characters; {@code
 * \mathrm{}}, {@code \text{}} and {@code $} are accepted and dropped, since labels are upright
 * anyway. Nesting deeper than one level is drawn at the second level's size and shift.
 *
 * @param source the label as written
 * @param runs the parsed runs in reading order
 */
public record Label(String source, List<Run> runs) {
    /** Where a run sits relative to the baseline. */
    public enum Level {
        /** On the baseline. */
        BASE,
        /** Raised, smaller. */
        SUPER,
        /** Lowered, smaller. */
        SUB
    }

    /**
     * Text at one level.
     *
     * @param text the characters (Unicode)
     * @param level where it sits
     * @param depth 0 on the baseline, 1 for a first-level script, 2 for a script on a script
     * @param rise the baseline shift in units of the base font size (up is positive)
     */
    public record Run(String text, Level level, int depth, double rise) {
        /** The font size of this run relative to the base size. */
        public double scale() {
            return scaleOf(depth);
        }
    }

    /** Font size of a script at {@code depth} relative to the base: 1, 0.7, 0.55, 0.55, ... */
    static double scaleOf(int depth) {
        return depth == 0 ? 1 : depth == 1 ? 0.7 : 0.55;
    }

    private static final Map<String, String> SYMBOLS =
            Map.ofEntries(
                    Map.entry("alpha", "α"),
                    Map.entry("beta", "β"),
                    Map.entry("gamma", "γ"),
                    Map.entry("delta", "δ"),
                    Map.entry("epsilon", "ε"),
                    Map.entry("varepsilon", "ε"),
                    Map.entry("zeta", "ζ"),
                    Map.entry("eta", "η"),
                    Map.entry("theta", "θ"),
                    Map.entry("iota", "ι"),
                    Map.entry("kappa", "κ"),
                    Map.entry("lambda", "λ"),
                    Map.entry("mu", "μ"),
                    Map.entry("nu", "ν"),
                    Map.entry("xi", "ξ"),
                    Map.entry("pi", "π"),
                    Map.entry("rho", "ρ"),
                    Map.entry("sigma", "σ"),
                    Map.entry("tau", "τ"),
                    Map.entry("upsilon", "υ"),
                    Map.entry("phi", "φ"),
                    Map.entry("varphi", "φ"),
                    Map.entry("chi", "χ"),
                    Map.entry("psi", "ψ"),
                    Map.entry("omega", "ω"),
                    Map.entry("Gamma", "Γ"),
                    Map.entry("Delta", "Δ"),
                    Map.entry("Theta", "Θ"),
                    Map.entry("Lambda", "Λ"),
                    Map.entry("Xi", "Ξ"),
                    Map.entry("Pi", "Π"),
                    Map.entry("Sigma", "Σ"),
                    Map.entry("Upsilon", "Υ"),
                    Map.entry("Phi", "Φ"),
                    Map.entry("Psi", "Ψ"),
                    Map.entry("Omega", "Ω"),
                    Map.entry("ell", "ℓ"),
                    Map.entry("pm", "±"),
                    Map.entry("mp", "∓"),
                    Map.entry("times", "×"),
                    Map.entry("cdot", "·"),
                    Map.entry("to", "→"),
                    Map.entry("rightarrow", "→"),
                    Map.entry("leftarrow", "←"),
                    Map.entry("leq", "≤"),
                    Map.entry("le", "≤"),
                    Map.entry("geq", "≥"),
                    Map.entry("ge", "≥"),
                    Map.entry("neq", "≠"),
                    Map.entry("approx", "≈"),
                    Map.entry("sim", "∼"),
                    Map.entry("infty", "∞"),
                    Map.entry("langle", "⟨"),
                    Map.entry("rangle", "⟩"),
                    Map.entry("prime", "′"),
                    Map.entry("sqrt", "√"),
                    Map.entry("partial", "∂"),
                    Map.entry("int", "∫"),
                    Map.entry(",", "\u2009"),
                    Map.entry(";", " "),
                    Map.entry(":", " "),
                    Map.entry(" ", " "),
                    Map.entry("!", ""),
                    Map.entry("%", "%"),
                    Map.entry("_", "_"),
                    Map.entry("{", "{"),
                    Map.entry("}", "}"),
                    Map.entry("#", "#"),
                    Map.entry("&", "&"));

    // Accents take one argument and put a combining mark after each of its characters.
    private static final Map<String, Character> ACCENTS =
            Map.of(
                    "bar", '\u0305',
                    "overline", '\u0305',
                    "tilde", '\u0303',
                    "hat", '\u0302',
                    "vec", '\u20D7',
                    "dot", '\u0307');

    private static final java.util.Set<String> DROPPED_WRAPPERS =
            java.util.Set.of("mathrm", "text", "textrm", "mathit", "mathbf", "rm", "it", "bf");

    /** Copies the runs. */
    public Label {
        runs = List.copyOf(runs);
    }

    /**
     * Parses a label.
     *
     * @param source the LaTeX-like text
     * @return the label
     * @throws LabelSyntaxException for an unknown command or unbalanced braces, naming the label
     *     and the position
     */
    public static Label parse(String source) {
        List<Run> runs = new ArrayList<>();
        new Parser(source, runs).parseGroup(Level.BASE, 0, 0, false);
        return new Label(source, merge(runs));
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (r.text().isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                Run last = out.get(out.size() - 1);
                if (last.level() == r.level()
                        && last.depth() == r.depth()
                        && last.rise() == r.rise()) {
                    out.set(
                            out.size() - 1,
                            new Run(last.text() + r.text(), r.level(), r.depth(), r.rise()));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    /** The label as plain Unicode text, scripts written inline (for alt text and file names). */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            sb.append(r.text());
        }
        return sb.toString();
    }

    private static final String SUPER_FROM = "0123456789+-=()ni";
    private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private static final String SUB_FROM = "0123456789+-=()aeoxhklmnpst";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ";

    /**
     * The label as one line of Unicode text for places that draw plain strings (legends): a script
     * whose characters all have Unicode super- or subscript forms uses them ({@code 10^{-3}} →
     * 10⁻³), any other script is written inline.
     */
    public String unicode() {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            String from = r.level() == Level.SUPER ? SUPER_FROM : SUB_FROM;
            String to = r.level() == Level.SUPER ? SUPER_TO : SUB_TO;
            boolean all =
                    r.level() != Level.BASE && r.text().chars().allMatch(c -> from.indexOf(c) >= 0);
            if (!all) {
                sb.append(r.text());
                continue;
            }
            for (char c : r.text().toCharArray()) {
                sb.append(to.charAt(from.indexOf(c)));
            }
        }
        return sb.toString();
    }

    /** The label as HTML, scripts as {@code <sup>} and {@code <sub>}, text escaped. */
    public String html() {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            String text = escape(r.text());
            int open = r.depth();
            String tag = r.level() == Level.SUPER ? "sup" : "sub";
            if (r.level() == Level.BASE) {
                sb.append(text);
            } else {
                sb.append(("<" + tag + ">").repeat(open))
                        .append(text)
                        .append(("</" + tag + ">").repeat(open));
            }
        }
        return sb.toString();
    }

    /** Escapes {@code & < > "} for HTML text and attributes. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static final class Parser {
        private final String s;
        private final List<Run> out;
        private int pos;

        Parser(String s, List<Run> out) {
            this.s = s;
            this.out = out;
        }

        /** Parses until the end or a closing brace (when {@code braced}). */
        void parseGroup(Level level, int depth, double rise, boolean braced) {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '}') {
                    if (!braced) {
                        throw error("unbalanced '}'");
                    }
                    pos++;
                    return;
                }
                pos++;
                switch (c) {
                    case '{' -> parseGroup(level, depth, rise, true);
                    case '$' -> {}
                    case '^', '_' -> parseScript(c == '^' ? Level.SUPER : Level.SUB, depth, rise);
                    case '\\' -> command(level, depth, rise);
                    default -> out.add(new Run(String.valueOf(c), level, depth, rise));
                }
            }
            if (braced) {
                throw error("missing '}'");
            }
        }

        private void parseScript(Level level, int parentDepth, double parentRise) {
            // Superscripts rise by 0.4 and subscripts drop by 0.2 of the parent's size.
            double shift = (level == Level.SUPER ? 0.4 : -0.2) * scaleOf(parentDepth);
            int depth = parentDepth + 1;
            double rise = parentRise + shift;
            if (pos >= s.length()) {
                throw error("'^' or '_' at the end");
            }
            char c = s.charAt(pos);
            if (c == '{') {
                pos++;
                parseGroup(level, depth, rise, true);
            } else if (c == '\\') {
                pos++;
                command(level, depth, rise);
            } else {
                pos++;
                out.add(new Run(String.valueOf(c), level, depth, rise));
            }
        }

        private void command(Level level, int depth, double rise) {
            int start = pos;
            if (pos < s.length() && !Character.isLetter(s.charAt(pos))) {
                pos++;
            } else {
                while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                    pos++;
                }
            }
            String name = s.substring(start, pos);
            if (SYMBOLS.containsKey(name)) {
                out.add(new Run(SYMBOLS.get(name), level, depth, rise));
            } else if (ACCENTS.containsKey(name)) {
                int from = out.size();
                argument(level, depth, rise);
                char mark = ACCENTS.get(name);
                for (int i = from; i < out.size(); i++) {
                    Run r = out.get(i);
                    StringBuilder sb = new StringBuilder();
                    r.text().codePoints().forEach(cp -> sb.appendCodePoint(cp).append(mark));
                    out.set(i, new Run(sb.toString(), r.level(), r.depth(), r.rise()));
                }
            } else if (DROPPED_WRAPPERS.contains(name)) {
                argument(level, depth, rise);
            } else {
                throw error("unknown command '\\" + name + "'");
            }
        }

        private void argument(Level level, int depth, double rise) {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == '{') {
                pos++;
                parseGroup(level, depth, rise, true);
            } else if (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '\\') {
                    command(level, depth, rise);
                } else {
                    out.add(new Run(String.valueOf(c), level, depth, rise));
                }
            }
        }

        private LabelSyntaxException error(String what) {
            return new LabelSyntaxException(
                    "label '" + s + "' at character " + (pos + 1) + ": " + what);
        }
    }

    /** A label that is not valid LaTeX-like text. */
    public static final class LabelSyntaxException extends QuarryException {
        /**
         * Creates the exception.
         *
         * @param message names the label and the position
         */
        public LabelSyntaxException(String message) {
            super(message);
        }
    }
}
