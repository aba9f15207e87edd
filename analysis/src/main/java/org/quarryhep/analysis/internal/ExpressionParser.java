package org.quarryhep.analysis.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the analysis file's expressions by recursive descent. Grammar, loosest first: {@code ||}
 * (or {@code or}), {@code &&} (or {@code and}), {@code !} (or {@code not}), one comparison ({@code
 * < <= > >= == !=}), {@code + -}, {@code * /}, unary {@code -}, {@code ^} (right-associative), then
 * numbers, names, {@code name[index]}, {@code name(arguments)} and parentheses.
 */
public final class ExpressionParser {
    /** Deeper nesting than any real expression; guards the recursion against a stack overflow. */
    private static final int MAX_DEPTH = 200;

    private final String text;
    private int pos;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /**
     * Parses one expression.
     *
     * @param text the expression
     * @return its syntax tree
     * @throws ExpressionSyntaxException at the first error, with its column
     */
    public static Expr parse(String text) {
        ExpressionParser p = new ExpressionParser(text);
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw new ExpressionSyntaxException(1, "empty expression");
        }
        Expr e = p.or();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "' after a complete expression");
        }
        return e;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("expression nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private Expr or() {
        enter();
        Expr left = and();
        while (true) {
            int col = column();
            if (accept("||") || acceptWord("or")) {
                left = new Expr.Binary("||", left, and(), col);
            } else {
                depth--;
                return left;
            }
        }
    }

    private Expr and() {
        Expr left = not();
        while (true) {
            int col = column();
            if (accept("&&") || acceptWord("and")) {
                left = new Expr.Binary("&&", left, not(), col);
            } else {
                return left;
            }
        }
    }

    private Expr not() {
        int col = column();
        skipSpace();
        boolean bang =
                pos < text.length() && text.charAt(pos) == '!' && !text.startsWith("!=", pos);
        if (bang || acceptWord("not")) {
            if (bang) {
                pos++;
            }
            enter();
            Expr operand = not();
            depth--;
            return new Expr.Unary("!", operand, col);
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = sum();
        for (String op : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
            int col = column();
            if (accept(op)) {
                Expr right = sum();
                skipSpace();
                for (String again : new String[] {"<", ">", "==", "!="}) {
                    if (text.startsWith(again, pos)) {
                        throw error("comparisons do not chain; write 'a < b && b < c'");
                    }
                }
                return new Expr.Binary(op, left, right, col);
            }
        }
        return left;
    }

    private Expr sum() {
        Expr left = product();
        while (true) {
            int col = column();
            if (accept("+")) {
                left = new Expr.Binary("+", left, product(), col);
            } else if (accept("-")) {
                left = new Expr.Binary("-", left, product(), col);
            } else {
                return left;
            }
        }
    }

    private Expr product() {
        Expr left = unary();
        while (true) {
            int col = column();
            if (accept("*")) {
                left = new Expr.Binary("*", left, unary(), col);
            } else if (accept("/")) {
                left = new Expr.Binary("/", left, unary(), col);
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        int col = column();
        if (accept("-") || accept("+")) {
            boolean minus = text.charAt(pos - 1) == '-';
            enter();
            Expr operand = unary();
            depth--;
            return minus ? new Expr.Unary("-", operand, col) : operand;
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        int col = column();
        if (accept("^")) {
            enter();
            Expr exponent = unary();
            depth--;
            return new Expr.Binary("^", base, exponent, col);
        }
        return base;
    }

    private Expr primary() {
        skipSpace();
        int col = pos + 1;
        if (pos >= text.length()) {
            throw error("expected a number, a name or '(' but the expression ended");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Expr inner = or();
            expect(")");
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            return number(col);
        }
        if (Character.isLetter(c) || c == '_') {
            String name = identifier();
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '(') {
                pos++;
                List<Expr> args = new ArrayList<>();
                skipSpace();
                if (!accept(")")) {
                    do {
                        args.add(or());
                    } while (accept(","));
                    expect(")");
                }
                return new Expr.Call(name, args, col);
            }
            if (pos < text.length() && text.charAt(pos) == '[') {
                pos++;
                skipSpace();
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw error("expected an index (0, 1, …) inside [ ]");
                }
                int index;
                try {
                    index = Integer.parseInt(text.substring(start, pos));
                } catch (NumberFormatException e) {
                    throw new ExpressionSyntaxException(start + 1, "index too large");
                }
                expect("]");
                return new Expr.Index(name, index, col);
            }
            return new Expr.Name(name, col);
        }
        throw error("expected a number, a name or '(' but found '" + c + "'");
    }

    private Expr number(int col) {
        int start = pos;
        while (pos < text.length()
                && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        String s = text.substring(start, pos);
        try {
            return new Expr.Num(Double.parseDouble(s), col);
        } catch (NumberFormatException e) {
            throw new ExpressionSyntaxException(col, "'" + s + "' is not a number");
        }
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length()
                && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private boolean accept(String token) {
        skipSpace();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private boolean acceptWord(String word) {
        skipSpace();
        int end = pos + word.length();
        if (text.startsWith(word, pos)
                && (end >= text.length()
                        || !(Character.isLetterOrDigit(text.charAt(end))
                                || text.charAt(end) == '_'))) {
            pos = end;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            String found =
                    pos < text.length()
                            ? "'" + text.charAt(pos) + "'"
                            : "the end of the expression";
            throw error("expected '" + token + "' but found " + found);
        }
    }

    private int column() {
        skipSpace();
        return pos + 1;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private ExpressionSyntaxException error(String message) {
        return new ExpressionSyntaxException(pos + 1, message);
    }
}
