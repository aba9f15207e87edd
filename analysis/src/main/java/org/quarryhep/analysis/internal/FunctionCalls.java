package org.quarryhep.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.quarryhep.analysis.internal.ExpressionCompiler.Kind;
import org.quarryhep.analysis.internal.ExpressionCompiler.Typed;
import org.quarryhep.analysis.kinematics.CollinearMasses;
import org.quarryhep.analysis.kinematics.Mt2Bisection;
import org.quarryhep.analysis.kinematics.TransverseMasses;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Kinematics;

/**
 * The function library of {@link ExpressionCompiler}: compiles each call of a named function
 * (arithmetic, object properties, pair and collection functions, the kinematic variables) once the
 * compiler has checked and typed its arguments.
 */
final class FunctionCalls {
    /** The M_T2 bisection's relative precision: far below any detector resolution. */
    private static final double MT2_PRECISION = 1e-9;

    private final ExpressionCompiler compiler;
    private final Scope scope;

    FunctionCalls(ExpressionCompiler compiler, Scope scope) {
        this.compiler = compiler;
        this.scope = scope;
    }

    Typed call(Expr.Call call) {
        String f = call.name();
        return switch (f) {
            case "abs" -> math1(call, Math::abs);
            case "sqrt" -> math1(call, Math::sqrt);
            case "log" -> math1(call, Math::log);
            case "exp" -> math1(call, Math::exp);
            case "cos" -> math1(call, Math::cos);
            case "sin" -> math1(call, Math::sin);
            case "min" -> fold(call, Math::min);
            case "max" -> fold(call, Math::max);
            case "pt" -> objectProperty(call, true, ObjectExpr::pt);
            case "phi" -> objectProperty(call, true, ObjectExpr::phi);
            case "px" -> objectProperty(call, true, ObjectExpr::px);
            case "py" -> objectProperty(call, true, ObjectExpr::py);
            case "eta" -> objectProperty(call, false, ObjectExpr::eta);
            case "pz" -> objectProperty(call, false, ObjectExpr::pz);
            case "e" -> objectProperty(call, false, ObjectExpr::e);
            case "charge" ->
                    objectField(call, false, (c, o) -> o.field(c, c.collections[o.slot()].charge));
            case "flavour" ->
                    objectField(call, false, (c, o) -> o.field(c, c.collections[o.slot()].flavour));
            case "btag" ->
                    objectField(call, false, (c, o) -> o.field(c, c.collections[o.slot()].bTag));
            case "m_sv" ->
                    objectField(
                            call, true, (c, o) -> o.field(c, c.collections[o.slot()].vertexMass));
            case "m_lsv" -> objectVertexMass(call);
            case "d2d" ->
                    objectField(call, true, (c, o) -> o.field(c, c.collections[o.slot()].dxyMm));
            case "ntracks" ->
                    objectField(call, true, (c, o) -> o.field(c, c.collections[o.slot()].tracks));
            case "m" -> invariantMass(call);
            case "ptsum" -> vectorSumPt(call);
            case "dphi", "deta", "dr", "mt", "mct" -> pairFunction(call);
            case "mct_corr" -> mctCorrected(call);
            case "sum" -> sum(call);
            case "nu" -> neutrino(call);
            case "cos_helicity" -> cosHelicity(call);
            case "cos_opening" -> cosOpening(call);
            case "mt2" -> mt2(call);
            case "xtau" -> collinear(call, 2, (mx, my, o) -> CollinearMasses.xTau(o[0], mx, my));
            case "xtau_proj" ->
                    collinear(call, 2, (mx, my, o) -> CollinearMasses.xTauProjected(o[0], mx, my));
            case "mcol" ->
                    collinear(call, 3, (mx, my, o) -> CollinearMasses.mCol(o[0], o[1], mx, my));
            case "mcol_proj" ->
                    collinear(
                            call,
                            3,
                            (mx, my, o) -> CollinearMasses.mColProjected(o[0], o[1], mx, my));
            case "n" -> collectionFunction(call, (c, a) -> a.size);
            case "ht" ->
                    collectionFunction(
                            call,
                            (c, a) -> {
                                double s = 0;
                                for (int i = 0; i < a.size; i++) {
                                    s += a.pt[i];
                                }
                                return s;
                            });
            case "st" -> scalarSum(call);
            case "jet_veto" -> jetVeto(call);
            default ->
                    throw new ExpressionSyntaxException(
                            call.column(),
                            "unknown function '"
                                    + f
                                    + "'; the library has "
                                    + ExpressionCompiler.Functions.NAMES);
        };
    }

    /** The functions of two objects: Δφ, Δη, ΔR, m_T and m_CT. */
    private Typed pairFunction(Expr.Call call) {
        return switch (call.name()) {
            case "dphi" -> pair(call, true, (c, a, b) -> Math.abs(dphi(a.phi(c), b.phi(c))));
            case "deta" -> pair(call, false, (c, a, b) -> Math.abs(a.eta(c) - b.eta(c)));
            case "dr" ->
                    pair(
                            call,
                            false,
                            (c, a, b) -> {
                                double de = a.eta(c) - b.eta(c);
                                double dp = dphi(a.phi(c), b.phi(c));
                                return Math.sqrt(de * de + dp * dp);
                            });
            case "mt" ->
                    pair(
                            call,
                            true,
                            (c, a, b) -> {
                                FourMomentum v = a.momentum(c);
                                return v == null || !b.present(c)
                                        ? Double.NaN
                                        : TransverseMasses.mT(v, b.px(c), b.py(c));
                            });
            case "mct" ->
                    pair(
                            call,
                            false,
                            (c, a, b) -> {
                                FourMomentum pa = a.momentum(c);
                                FourMomentum pb = b.momentum(c);
                                return pa == null || pb == null
                                        ? Double.NaN
                                        : TransverseMasses.mCT(pa, pb);
                            });
            default -> throw new IllegalStateException("not a pair function: " + call.name());
        };
    }

    private static double dphi(double a, double b) {
        return Kinematics.deltaPhi(a, b);
    }

    private Typed math1(Expr.Call call, DoubleUnaryOperator f) {
        compiler.arity(call, 1, 1);
        Value x = compiler.scalar(call.args().get(0));
        return Typed.scalar(c -> f.applyAsDouble(x.eval(c)));
    }

    private Typed fold(Expr.Call call, DoubleBinaryOperator f) {
        compiler.arity(call, 2, Integer.MAX_VALUE);
        Value[] xs = new Value[call.args().size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = compiler.scalar(call.args().get(i));
        }
        return Typed.scalar(
                c -> {
                    double r = xs[0].eval(c);
                    for (int i = 1; i < xs.length; i++) {
                        r = f.applyAsDouble(r, xs[i].eval(c));
                    }
                    return r;
                });
    }

    private interface ObjectProperty {
        double get(ObjectExpr o, EventContext c);
    }

    private Typed objectProperty(Expr.Call call, boolean metAllowed, ObjectProperty p) {
        compiler.arity(call, 1, 1);
        ObjectExpr o = compiler.object(call.args().get(0), call.name(), metAllowed);
        return Typed.scalar(c -> p.get(o, c));
    }

    private interface ObjectField {
        double get(EventContext c, ObjectRef o);
    }

    private Typed objectField(Expr.Call call, boolean vertex, ObjectField f) {
        compiler.arity(call, 1, 1);
        Expr arg = call.args().get(0);
        Typed t = compiler.typed(arg);
        if (t.kind() != Kind.OBJECT || !(t.object() instanceof ObjectRef ref) || ref.isMet()) {
            throw new ExpressionSyntaxException(
                    arg.column(),
                    call.name()
                            + "(…) needs one object such as "
                            + (vertex ? "vertices[0]" : "jets[0]"));
        }
        if (vertex != scope.isVertexCollection(ref.slot())) {
            throw new ExpressionSyntaxException(
                    arg.column(),
                    call.name()
                            + (vertex
                                    ? "(…) needs a displaced vertex"
                                    : "(…) is not defined for vertices"));
        }
        return Typed.scalar(c -> f.get(c, ref));
    }

    private Typed invariantMass(Expr.Call call) {
        compiler.arity(call, 1, Integer.MAX_VALUE);
        ObjectExpr[] o = compiler.objects(call, 0, call.args().size(), false);
        return Typed.scalar(
                c -> {
                    double px = 0;
                    double py = 0;
                    double pz = 0;
                    double e = 0;
                    for (ObjectExpr r : o) {
                        px += r.px(c);
                        py += r.py(c);
                        pz += r.pz(c);
                        e += r.e(c);
                    }
                    double m2 = e * e - px * px - py * py - pz * pz;
                    // Spacelike sums (rounding, or smeared massless objects) get a signed mass.
                    return m2 >= 0 ? Math.sqrt(m2) : -Math.sqrt(-m2);
                });
    }

    /**
     * m(ℓ, SV) of the HNL search (analyses.md §4): the invariant mass of an object and a displaced
     * vertex's four-momentum (its tracks as pions, detector's {@code SecondaryVertex}). A vertex
     * enters no other four-momentum function, so that the track sum is used only where an analysis
     * asks for it by name.
     */
    private Typed objectVertexMass(Expr.Call call) {
        compiler.arity(call, 2, 2);
        ObjectExpr o = compiler.object(call.args().get(0), call.name(), false);
        Expr arg = call.args().get(1);
        Typed t = compiler.typed(arg);
        if (t.kind() != Kind.OBJECT
                || !(t.object() instanceof ObjectRef v)
                || v.isMet()
                || !scope.isVertexCollection(v.slot())) {
            throw new ExpressionSyntaxException(
                    arg.column(),
                    call.name()
                            + "(…) needs a displaced vertex such as sv[0] as its second argument");
        }
        return Typed.scalar(
                c -> {
                    double px = o.px(c) + v.px(c);
                    double py = o.py(c) + v.py(c);
                    double pz = o.pz(c) + v.pz(c);
                    double e = o.e(c) + v.e(c);
                    double m2 = e * e - px * px - py * py - pz * pz;
                    // NaN when either is absent; a signed mass for a spacelike sum, as m(…).
                    return m2 >= 0 ? Math.sqrt(m2) : -Math.sqrt(-m2);
                });
    }

    private Typed vectorSumPt(Expr.Call call) {
        compiler.arity(call, 1, Integer.MAX_VALUE);
        ObjectExpr[] o = compiler.objects(call, 0, call.args().size(), true);
        return Typed.scalar(
                c -> {
                    double px = 0;
                    double py = 0;
                    for (ObjectExpr r : o) {
                        px += r.px(c);
                        py += r.py(c);
                    }
                    return Math.sqrt(px * px + py * py);
                });
    }

    private interface PairFunction {
        double apply(EventContext c, ObjectExpr a, ObjectExpr b);
    }

    private Typed pair(Expr.Call call, boolean metAllowed, PairFunction f) {
        compiler.arity(call, 2, 2);
        ObjectExpr a =
                compiler.object(
                        call.args().get(0), call.name(), metAllowed && !call.name().equals("mt"));
        ObjectExpr b = compiler.object(call.args().get(1), call.name(), metAllowed);
        return Typed.scalar(c -> f.apply(c, a, b));
    }

    /** sum(o, …): the four-vector sum, an object for every function that takes one. */
    private Typed sum(Expr.Call call) {
        compiler.arity(call, 1, Integer.MAX_VALUE);
        ObjectExpr[] o = compiler.objects(call, 0, call.args().size(), false);
        return new Typed(Kind.OBJECT, null, new ObjectExpr.Sum(o), -1);
    }

    /** nu(lepton, met[, mW]): the neutrino from the W-mass constraint (default 80.379 GeV). */
    private Typed neutrino(Expr.Call call) {
        compiler.arity(call, 2, 3);
        ObjectExpr lepton = compiler.object(call.args().get(0), call.name(), false);
        ObjectExpr met = compiler.object(call.args().get(1), call.name(), true);
        double massW = 80.379;
        if (call.args().size() == 3) {
            if (!(call.args().get(2) instanceof Expr.Num n) || !(n.value() > 0)) {
                throw new ExpressionSyntaxException(
                        call.args().get(2).column(), "nu(…)'s W mass must be a positive number");
            }
            massW = n.value();
        }
        return new Typed(Kind.OBJECT, null, new ObjectExpr.Neutrino(lepton, met, massW), -1);
    }

    /** cos_helicity(daughter, parent, system). */
    private Typed cosHelicity(Expr.Call call) {
        compiler.arity(call, 3, 3);
        ObjectExpr[] o = compiler.objects(call, 0, 3, false);
        return Typed.scalar(
                c -> {
                    if (!o[0].present(c) || !o[1].present(c) || !o[2].present(c)) {
                        return Double.NaN;
                    }
                    return TopKinematics.cosHelicity(
                            o[0].momentum(c), o[1].momentum(c), o[2].momentum(c));
                });
    }

    /** cos_opening(a, parentA, b, parentB). */
    private Typed cosOpening(Expr.Call call) {
        compiler.arity(call, 4, 4);
        ObjectExpr[] o = compiler.objects(call, 0, 4, false);
        return Typed.scalar(
                c -> {
                    for (ObjectExpr x : o) {
                        if (!x.present(c)) {
                            return Double.NaN;
                        }
                    }
                    return TopKinematics.cosOpening(
                            o[0].momentum(c), o[1].momentum(c), o[2].momentum(c), o[3].momentum(c));
                });
    }

    private Typed mctCorrected(Expr.Call call) {
        compiler.arity(call, 4, 5);
        ObjectExpr[] o = compiler.objects(call, 0, 3, true);
        Value sqrtS = compiler.scalar(call.args().get(3));
        Value chi = call.args().size() == 5 ? compiler.scalar(call.args().get(4)) : c -> 0;
        return Typed.scalar(
                c -> {
                    FourMomentum a = o[0].momentum(c);
                    FourMomentum b = o[1].momentum(c);
                    if (a == null || b == null || !o[2].present(c)) {
                        return Double.NaN;
                    }
                    return TransverseMasses.mCTBoostCorrected(
                            a,
                            b,
                            FourMomentum.ZERO,
                            o[2].px(c),
                            o[2].py(c),
                            sqrtS.eval(c),
                            chi.eval(c));
                });
    }

    private Typed mt2(Expr.Call call) {
        compiler.arity(call, 3, 5);
        ObjectExpr[] o = compiler.objects(call, 0, 3, true);
        int n = call.args().size();
        Value chiA = n >= 4 ? compiler.scalar(call.args().get(3)) : c -> 0;
        Value chiB = n == 5 ? compiler.scalar(call.args().get(4)) : chiA;
        return Typed.scalar(
                c -> {
                    FourMomentum a = o[0].momentum(c);
                    FourMomentum b = o[1].momentum(c);
                    if (a == null || b == null || !o[2].present(c)) {
                        return Double.NaN;
                    }
                    return Mt2Bisection.mt2(
                            Math.max(0, a.mass()),
                            a.px(),
                            a.py(),
                            Math.max(0, b.mass()),
                            b.px(),
                            b.py(),
                            o[2].px(c),
                            o[2].py(c),
                            chiA.eval(c),
                            chiB.eval(c),
                            MT2_PRECISION);
                });
    }

    private interface CollinearFunction {
        double apply(double missX, double missY, FourMomentum[] visible);
    }

    private Typed collinear(Expr.Call call, int count, CollinearFunction f) {
        compiler.arity(call, count, count);
        ObjectExpr[] visible = compiler.objects(call, 0, count - 1, false);
        ObjectExpr miss = compiler.object(call.args().get(count - 1), call.name(), true);
        return Typed.scalar(
                c -> {
                    FourMomentum[] p = new FourMomentum[visible.length];
                    for (int i = 0; i < p.length; i++) {
                        p[i] = visible[i].momentum(c);
                        if (p[i] == null) {
                            return Double.NaN;
                        }
                    }
                    if (!miss.present(c)) {
                        return Double.NaN;
                    }
                    return f.apply(miss.px(c), miss.py(c), p);
                });
    }

    private interface CollectionFunction {
        double apply(EventContext c, ObjectArrays a);
    }

    private Typed collectionFunction(Expr.Call call, CollectionFunction f) {
        compiler.arity(call, 1, 1);
        int slot = compiler.collection(call.args().get(0), call.name());
        if (!call.name().equals("n") && scope.isVertexCollection(slot)) {
            throw new ExpressionSyntaxException(
                    call.args().get(0).column(),
                    call.name() + "(…) needs objects with momenta, not vertices");
        }
        return Typed.scalar(c -> f.apply(c, c.collections[slot]));
    }

    /** S_T: the scalar p_T sum of whole collections and single objects (met adds E_T^miss). */
    private Typed scalarSum(Expr.Call call) {
        compiler.arity(call, 1, Integer.MAX_VALUE);
        List<Integer> slots = new ArrayList<>();
        List<ObjectExpr> singles = new ArrayList<>();
        for (Expr arg : call.args()) {
            Typed t = compiler.typed(arg);
            if (t.kind() == Kind.COLLECTION && !scope.isVertexCollection(t.slot())) {
                slots.add(t.slot());
            } else if (t.kind() == Kind.OBJECT
                    && !(t.object() instanceof ObjectRef r
                            && !r.isMet()
                            && scope.isVertexCollection(r.slot()))) {
                singles.add(t.object());
            } else {
                throw new ExpressionSyntaxException(
                        arg.column(), "st(…) sums collections (muons), objects (jets[0]) and met");
            }
        }
        int[] s = slots.stream().mapToInt(Integer::intValue).toArray();
        ObjectExpr[] o = singles.toArray(new ObjectExpr[0]);
        return Typed.scalar(
                c -> {
                    double sum = 0;
                    for (int slot : s) {
                        ObjectArrays a = c.collections[slot];
                        for (int i = 0; i < a.size; i++) {
                            sum += a.pt[i];
                        }
                    }
                    for (ObjectExpr r : o) {
                        sum += r.pt(c);
                    }
                    return sum;
                });
    }

    /**
     * jet_veto(jets, threshold): 1 when some object of the collection has p_T above the threshold.
     * A number gives the static veto; an expression such as pt(muons[0]) gives the dynamic veto of
     * Pascoli, Ruiz &amp; Weiland (arXiv:1812.08750), where the threshold follows the leptons.
     */
    private Typed jetVeto(Expr.Call call) {
        compiler.arity(call, 2, 2);
        int slot = compiler.collection(call.args().get(0), call.name());
        Value threshold = compiler.scalar(call.args().get(1));
        return Typed.scalar(
                c -> {
                    double t = threshold.eval(c);
                    if (Double.isNaN(t)) {
                        return Double.NaN;
                    }
                    ObjectArrays a = c.collections[slot];
                    for (int i = 0; i < a.size; i++) {
                        if (a.pt[i] > t) {
                            return 1;
                        }
                    }
                    return 0;
                });
    }
}
