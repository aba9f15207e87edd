package org.quarryhep.analysis.internal;

import java.util.BitSet;
import java.util.List;

/**
 * Turns a parsed expression into a {@link Value}, checking names and argument kinds, and records
 * which variables it reads. The function library is listed in the module README.
 */
public final class ExpressionCompiler {
    private final Scope scope;
    private final BitSet dependencies = new BitSet();
    private final FunctionCalls functions;

    private ExpressionCompiler(Scope scope) {
        this.scope = scope;
        this.functions = new FunctionCalls(this, scope);
    }

    /** A compiled scalar expression and the variables it reads. */
    public record Compiled(Value value, BitSet dependencies) {}

    /**
     * Parses and compiles a scalar expression.
     *
     * @param text the expression
     * @param scope the names it may use
     * @return the compiled expression
     * @throws ExpressionSyntaxException at the first syntax error, unknown name or wrong argument
     */
    public static Compiled compile(String text, Scope scope) {
        ExpressionCompiler c = new ExpressionCompiler(scope);
        Expr e = ExpressionParser.parse(text);
        Value v = c.scalar(e);
        return new Compiled(v, c.dependencies);
    }

    enum Kind {
        SCALAR,
        OBJECT,
        COLLECTION
    }

    record Typed(Kind kind, Value value, ObjectExpr object, int slot) {
        static Typed scalar(Value v) {
            return new Typed(Kind.SCALAR, v, null, -1);
        }
    }

    Value scalar(Expr e) {
        Typed t = typed(e);
        if (t.kind != Kind.SCALAR) {
            throw new ExpressionSyntaxException(
                    e.column(),
                    (t.kind == Kind.OBJECT ? "an object" : "a collection")
                            + " is not a number here; use a function such as pt(…), m(…) or n(…)");
        }
        return t.value;
    }

    Typed typed(Expr e) {
        if (e instanceof Expr.Num n) {
            double v = n.value();
            return Typed.scalar(c -> v);
        }
        if (e instanceof Expr.Name n) {
            return name(n);
        }
        if (e instanceof Expr.Index i) {
            return index(i);
        }
        if (e instanceof Expr.Unary u) {
            return unary(u);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        return functions.call((Expr.Call) e);
    }

    private Typed name(Expr.Name n) {
        String name = n.name();
        if (name.equals("met")) {
            return new Typed(Kind.OBJECT, null, new ObjectRef(ObjectRef.MET, 0), -1);
        }
        int var = scope.variableIndex(name);
        if (var >= 0) {
            dependencies.set(var);
            return Typed.scalar(c -> c.variable(var));
        }
        int slot = scope.collectionSlot(name);
        if (slot >= 0) {
            return new Typed(Kind.COLLECTION, null, null, slot);
        }
        throw unknownName(n.column(), name);
    }

    private Typed index(Expr.Index i) {
        int slot = scope.collectionSlot(i.name());
        if (slot < 0) {
            if (scope.variableIndex(i.name()) >= 0 || i.name().equals("met")) {
                throw new ExpressionSyntaxException(
                        i.column(), "'" + i.name() + "' is not a collection and cannot be indexed");
            }
            throw new ExpressionSyntaxException(
                    i.column(),
                    "unknown collection '"
                            + i.name()
                            + "'; the objects section defines "
                            + scope.collectionNames());
        }
        return new Typed(Kind.OBJECT, null, new ObjectRef(slot, i.index()), -1);
    }

    private ExpressionSyntaxException unknownName(int column, String name) {
        if (Functions.NAMES.contains(name)) {
            return new ExpressionSyntaxException(
                    column, "'" + name + "' is a function; call it as " + name + "(…)");
        }
        return new ExpressionSyntaxException(
                column,
                "unknown name '"
                        + name
                        + "'; expected a variable "
                        + scope.variableNames()
                        + ", a collection "
                        + scope.collectionNames()
                        + " or met");
    }

    private Typed unary(Expr.Unary u) {
        Value x = scalar(u.operand());
        if (u.op().equals("-")) {
            return Typed.scalar(c -> -x.eval(c));
        }
        return Typed.scalar(c -> Value.truth(x.eval(c)) ? 0 : 1);
    }

    private Typed binary(Expr.Binary b) {
        Value l = scalar(b.left());
        Value r = scalar(b.right());
        Value v =
                switch (b.op()) {
                    case "+" -> c -> l.eval(c) + r.eval(c);
                    case "-" -> c -> l.eval(c) - r.eval(c);
                    case "*" -> c -> l.eval(c) * r.eval(c);
                    case "/" -> c -> l.eval(c) / r.eval(c);
                    case "^" -> c -> Math.pow(l.eval(c), r.eval(c));
                    case "<" -> c -> l.eval(c) < r.eval(c) ? 1 : 0;
                    case "<=" -> c -> l.eval(c) <= r.eval(c) ? 1 : 0;
                    case ">" -> c -> l.eval(c) > r.eval(c) ? 1 : 0;
                    case ">=" -> c -> l.eval(c) >= r.eval(c) ? 1 : 0;
                    case "==" -> c -> l.eval(c) == r.eval(c) ? 1 : 0;
                    case "!=" ->
                            c -> {
                                double x = l.eval(c);
                                double y = r.eval(c);
                                return !Double.isNaN(x) && !Double.isNaN(y) && x != y ? 1 : 0;
                            };
                    case "&&" -> c -> Value.truth(l.eval(c)) && Value.truth(r.eval(c)) ? 1 : 0;
                    case "||" -> c -> Value.truth(l.eval(c)) || Value.truth(r.eval(c)) ? 1 : 0;
                    default -> throw new IllegalStateException("operator " + b.op());
                };
        return Typed.scalar(v);
    }

    void arity(Expr.Call call, int min, int max) {
        int n = call.args().size();
        if (n < min || n > max) {
            String expected =
                    min == max
                            ? String.valueOf(min)
                            : min + " to " + (max == Integer.MAX_VALUE ? "any number of" : max);
            throw new ExpressionSyntaxException(
                    call.column(), call.name() + "(…) takes " + expected + " arguments, got " + n);
        }
    }

    /** An argument that must be one object with a four-momentum (or MET where allowed). */
    ObjectExpr object(Expr arg, String function, boolean metAllowed) {
        Typed t = typed(arg);
        if (t.kind != Kind.OBJECT) {
            throw new ExpressionSyntaxException(
                    arg.column(),
                    function
                            + "(…) needs an object such as muons[0]"
                            + (metAllowed ? " or met" : "")
                            + (t.kind == Kind.COLLECTION
                                    ? ", not a whole collection"
                                    : ", not a number"));
        }
        if (t.object.isMet() && !metAllowed) {
            throw new ExpressionSyntaxException(
                    arg.column(),
                    function + "(…) is not defined for met (it has no longitudinal part)");
        }
        if (t.object instanceof ObjectRef r && !r.isMet() && scope.isVertexCollection(r.slot())) {
            throw new ExpressionSyntaxException(
                    arg.column(),
                    function
                            + "(…) needs a four-momentum; vertices have m_sv, d2d and ntracks,"
                            + " and m_lsv(lepton, vertex)");
        }
        return t.object;
    }

    ObjectExpr[] objects(Expr.Call call, int from, int to, boolean metAllowed) {
        ObjectExpr[] refs = new ObjectExpr[to - from];
        for (int i = from; i < to; i++) {
            refs[i - from] = object(call.args().get(i), call.name(), metAllowed);
        }
        return refs;
    }

    int collection(Expr arg, String function) {
        Typed t = typed(arg);
        if (t.kind != Kind.COLLECTION) {
            throw new ExpressionSyntaxException(
                    arg.column(), function + "(…) needs a whole collection such as jets");
        }
        return t.slot;
    }

    /** The function names, for messages. */
    static final class Functions {
        static final List<String> NAMES =
                List.of(
                        "abs",
                        "sqrt",
                        "log",
                        "exp",
                        "cos",
                        "sin",
                        "min",
                        "max",
                        "pt",
                        "eta",
                        "phi",
                        "e",
                        "px",
                        "py",
                        "pz",
                        "charge",
                        "flavour",
                        "btag",
                        "m",
                        "ptsum",
                        "dphi",
                        "deta",
                        "dr",
                        "mt",
                        "mt2",
                        "mct",
                        "mct_corr",
                        "xtau",
                        "xtau_proj",
                        "mcol",
                        "mcol_proj",
                        "n",
                        "ht",
                        "st",
                        "jet_veto",
                        "m_sv",
                        "m_lsv",
                        "d2d",
                        "ntracks",
                        "sum",
                        "nu",
                        "cos_helicity",
                        "cos_opening");

        private Functions() {}
    }
}
