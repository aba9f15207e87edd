package org.quarryhep.analysis.internal;

import java.util.List;

/** The syntax tree of an analysis-file expression; {@code column} is 1-based in its text. */
public sealed interface Expr {
    /** The 1-based column where this node starts. */
    int column();

    /** A number literal. */
    record Num(double value, int column) implements Expr {}

    /** A bare name: a variable, a collection or {@code met}. */
    record Name(String name, int column) implements Expr {}

    /** An indexed collection, {@code muons[0]}. */
    record Index(String name, int index, int column) implements Expr {}

    /** A function call, {@code m(muons[0], muons[1])}. */
    record Call(String name, List<Expr> args, int column) implements Expr {
        /** Copies the argument list. */
        public Call {
            args = List.copyOf(args);
        }
    }

    /** Negation ({@code -}) or logical not ({@code !}). */
    record Unary(String op, Expr operand, int column) implements Expr {}

    /** A binary operator: arithmetic, comparison or logical. */
    record Binary(String op, Expr left, Expr right, int column) implements Expr {}
}
