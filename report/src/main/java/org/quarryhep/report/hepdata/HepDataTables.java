package org.quarryhep.report.hepdata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quarryhep.report.hepdata.HepDataTable.Bin;
import org.quarryhep.report.hepdata.HepDataTable.Dependent;
import org.quarryhep.report.hepdata.HepDataTable.Independent;
import org.quarryhep.report.hepdata.HepDataTable.Uncertainty;
import org.quarryhep.report.hepdata.HepDataTable.Value;
import org.quarryhep.report.model.Axis;
import org.quarryhep.report.model.BinnedSeries;
import org.quarryhep.report.model.Curve;
import org.quarryhep.report.model.Figure;
import org.quarryhep.report.model.Results;
import org.quarryhep.report.model.Table;
import org.quarryhep.report.plot.Label;

/**
 * Turns the report's tables and figures into HEPData tables: cut-flows and headline numbers,
 * histograms and score distributions (bins), ROC curves, limits with the ±1σ/±2σ bands as
 * asymmetric errors, 2-D maps (x, y bins and z) with each contour as its own (x, y) table,
 * regression, pulls, correlations and reference overlays. SHAP plots and training curves describe
 * the network rather than the measurement and stay on the page only.
 */
public final class HepDataTables {
    private final List<HepDataTable> out = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    private HepDataTables() {}

    /**
     * The HEPData tables of a report.
     *
     * @param results the results
     * @param imageOf the image file name attached to a figure id, or {@code null} for none
     * @return the tables in page order (tables first)
     */
    public static List<HepDataTable> of(
            Results results, java.util.function.Function<String, String> imageOf) {
        HepDataTables t = new HepDataTables();
        for (Table table : results.tables()) {
            t.table(table);
        }
        for (Figure f : results.figures()) {
            t.figure(f, imageOf.apply(f.id()));
        }
        return List.copyOf(t.out);
    }

    private static String plain(String latex) {
        return latex == null ? null : Label.parse(latex).plain();
    }

    private void add(
            String title,
            String description,
            String file,
            List<Independent> ind,
            List<Dependent> dep,
            String image) {
        String name = plain(title);
        if (name.length() > 64) {
            name = name.substring(0, 61) + "...";
        }
        String unique = name;
        for (int k = 2; !names.add(unique); k++) {
            String suffix = " (" + k + ")";
            unique = name.substring(0, Math.min(name.length(), 64 - suffix.length())) + suffix;
        }
        out.add(
                new HepDataTable(
                        unique,
                        description == null ? plain(title) : plain(description),
                        file + ".yaml",
                        ind,
                        dep,
                        image == null ? List.of() : List.of(image)));
    }

    private void table(Table t) {
        if (t instanceof Table.Cutflow c) {
            List<Object> cuts = new ArrayList<>();
            c.rows().forEach(r -> cuts.add(plain(r.cut())));
            List<Dependent> dep = new ArrayList<>();
            for (int s = 0; s < c.samples().size(); s++) {
                List<Value> v = new ArrayList<>();
                for (Table.CutflowRow r : c.rows()) {
                    double e = r.errors() == null ? 0 : r.errors()[s];
                    v.add(
                            new Value(
                                    r.yields()[s],
                                    e > 0 ? List.of(new Uncertainty("stat", e, null)) : List.of()));
                }
                dep.add(new Dependent(plain(c.samples().get(s)), c.unit(), v));
            }
            add(
                    c.title(),
                    c.caption(),
                    c.id(),
                    List.of(new Independent("Cut", null, cuts)),
                    dep,
                    null);
        } else if (t instanceof Table.Numbers n) {
            List<Object> what = new ArrayList<>();
            List<Value> v = new ArrayList<>();
            for (Table.Number row : n.rows()) {
                what.add(
                        plain(row.name())
                                + (row.unit() == null || row.unit().isEmpty()
                                        ? ""
                                        : " [" + row.unit() + "]"));
                v.add(
                        new Value(
                                row.value(),
                                row.plus() == null || (row.plus() == 0 && row.minus() == 0)
                                        ? List.of()
                                        : List.of(
                                                new Uncertainty(
                                                        "total", row.plus(), -row.minus()))));
            }
            add(
                    n.title(),
                    n.caption(),
                    n.id(),
                    List.of(new Independent("Quantity", null, what)),
                    List.of(new Dependent("Value", null, v)),
                    null);
        }
    }

    private static Independent bins(Axis axis, double[] edges) {
        List<Object> b = new ArrayList<>();
        for (int i = 0; i + 1 < edges.length; i++) {
            b.add(new Bin(edges[i], edges[i + 1]));
        }
        return new Independent(plain(axis.label()), axis.unit(), b);
    }

    private static Independent points(Axis axis, double[] x) {
        List<Object> p = new ArrayList<>();
        for (double v : x) {
            p.add(v);
        }
        return new Independent(plain(axis.label()), axis.unit(), p);
    }

    private static Dependent series(BinnedSeries s, String units, String errorLabel) {
        List<Value> v = new ArrayList<>();
        for (int i = 0; i < s.values().length; i++) {
            double e = s.error(i);
            v.add(
                    new Value(
                            s.values()[i],
                            e > 0 ? List.of(new Uncertainty(errorLabel, e, null)) : List.of()));
        }
        return new Dependent(plain(s.label()), units, v);
    }

    private static Dependent column(String name, String units, double[] values) {
        List<Value> v = new ArrayList<>();
        for (double x : values) {
            v.add(Value.of(x));
        }
        return new Dependent(name, units, v);
    }

    private void figure(Figure f, String image) {
        if (f instanceof Figure.Histogram h) {
            List<Dependent> dep = new ArrayList<>();
            String units = h.yAxis().unit();
            h.stacked().forEach(s -> dep.add(series(s, units, "stat")));
            h.overlaid().forEach(s -> dep.add(series(s, units, "stat")));
            if (h.data() != null) {
                dep.add(series(h.data(), units, "stat"));
            }
            if (h.band() != null && !h.stacked().isEmpty()) {
                List<Value> v = new ArrayList<>();
                for (int i = 0; i < h.edges().length - 1; i++) {
                    double total = 0;
                    for (BinnedSeries s : h.stacked()) {
                        total += s.values()[i];
                    }
                    v.add(
                            new Value(
                                    total,
                                    List.of(
                                            new Uncertainty(
                                                    "total",
                                                    h.band().upper()[i] - total,
                                                    h.band().lower()[i] - total))));
                }
                dep.add(new Dependent("Total prediction", units, v));
            }
            add(h.title(), h.caption(), h.id(), List.of(bins(h.xAxis(), h.edges())), dep, image);
        } else if (f instanceof Figure.ScoreDistribution s) {
            List<Dependent> dep = new ArrayList<>();
            s.classes().forEach(c -> dep.add(series(c, s.yAxis().unit(), "stat")));
            add(s.title(), s.caption(), s.id(), List.of(bins(s.xAxis(), s.edges())), dep, image);
        } else if (f instanceof Figure.Roc r) {
            for (int k = 0; k < r.curves().size(); k++) {
                Figure.RocCurve c = r.curves().get(k);
                add(
                        r.title() + ": " + c.label(),
                        r.caption(),
                        r.id() + "-" + (k + 1),
                        List.of(points(r.xAxis(), c.fpr())),
                        List.of(column(plain(r.yAxis().label()), r.yAxis().unit(), c.tpr())),
                        k == 0 ? image : null);
            }
        } else if (f instanceof Figure.Limit l) {
            List<Dependent> dep = new ArrayList<>();
            String units = l.yAxis().unit();
            if (l.observed() != null) {
                dep.add(column("Observed limit", units, l.observed()));
            }
            List<Value> exp = new ArrayList<>();
            for (int i = 0; i < l.x().length; i++) {
                double e = l.expected()[i];
                exp.add(
                        new Value(
                                e,
                                List.of(
                                        new Uncertainty(
                                                "1 sigma",
                                                l.oneSigma().upper()[i] - e,
                                                l.oneSigma().lower()[i] - e),
                                        new Uncertainty(
                                                "2 sigma",
                                                l.twoSigma().upper()[i] - e,
                                                l.twoSigma().lower()[i] - e))));
            }
            dep.add(new Dependent("Expected limit", units, exp));
            for (Curve c : l.baselines()) {
                if (java.util.Arrays.equals(c.x(), l.x())) {
                    dep.add(column(plain(c.label()), units, c.y()));
                }
            }
            add(l.title(), l.caption(), l.id(), List.of(points(l.xAxis(), l.x())), dep, image);
            for (int k = 0; k < l.baselines().size(); k++) {
                Curve c = l.baselines().get(k);
                if (!java.util.Arrays.equals(c.x(), l.x())) {
                    add(
                            l.title() + ": " + c.label(),
                            null,
                            l.id() + "-baseline-" + (k + 1),
                            List.of(points(l.xAxis(), c.x())),
                            List.of(column(plain(c.label()), units, c.y())),
                            null);
                }
            }
        } else if (f instanceof Figure.Map2d m) {
            List<Object> xs = new ArrayList<>();
            List<Object> ys = new ArrayList<>();
            List<Value> zs = new ArrayList<>();
            for (int iy = 0; iy < m.yEdges().length - 1; iy++) {
                for (int ix = 0; ix < m.xEdges().length - 1; ix++) {
                    if (Double.isNaN(m.z()[iy][ix])) {
                        continue; // an empty cell has no value to record
                    }
                    xs.add(new Bin(m.xEdges()[ix], m.xEdges()[ix + 1]));
                    ys.add(new Bin(m.yEdges()[iy], m.yEdges()[iy + 1]));
                    zs.add(Value.of(m.z()[iy][ix]));
                }
            }
            add(
                    m.title(),
                    m.caption(),
                    m.id(),
                    List.of(
                            new Independent(plain(m.xAxis().label()), m.xAxis().unit(), xs),
                            new Independent(plain(m.yAxis().label()), m.yAxis().unit(), ys)),
                    List.of(new Dependent(plain(m.zAxis().label()), m.zAxis().unit(), zs)),
                    image);
            for (int k = 0; k < m.lines().size(); k++) {
                Curve c = m.lines().get(k);
                add(
                        m.title() + ": " + c.label(),
                        plain(c.label()) + " in the plane of " + plain(m.title()),
                        m.id() + "-line-" + (k + 1),
                        List.of(points(m.xAxis(), c.x())),
                        List.of(column(plain(m.yAxis().label()), m.yAxis().unit(), c.y())),
                        null);
            }
        } else if (f instanceof Figure.Regression r) {
            List<Dependent> dep =
                    new ArrayList<>(
                            List.of(
                                    series(r.response(), null, "stat"),
                                    series(r.resolution(), null, "stat")));
            if (r.pullMean() != null) {
                dep.add(series(r.pullMean(), null, "stat"));
                dep.add(series(r.pullWidth(), null, "stat"));
            }
            add(r.title(), r.caption(), r.id(), List.of(bins(r.xAxis(), r.edges())), dep, image);
        } else if (f instanceof Figure.Pulls p) {
            List<Object> names = new ArrayList<>();
            List<Value> v = new ArrayList<>();
            for (int i = 0; i < p.names().size(); i++) {
                names.add(plain(p.names().get(i)));
                v.add(
                        new Value(
                                p.pulls()[i],
                                List.of(new Uncertainty("post-fit", p.errors()[i], null))));
            }
            add(
                    p.title(),
                    p.caption(),
                    p.id(),
                    List.of(new Independent("Parameter", null, names)),
                    List.of(new Dependent("Pull", null, v)),
                    image);
        } else if (f instanceof Figure.CorrelationMatrix c) {
            List<Object> a = new ArrayList<>();
            List<Object> b = new ArrayList<>();
            List<Value> v = new ArrayList<>();
            for (int i = 0; i < c.names().size(); i++) {
                for (int j = 0; j < c.names().size(); j++) {
                    a.add(plain(c.names().get(i)));
                    b.add(plain(c.names().get(j)));
                    v.add(Value.of(c.matrix()[i][j]));
                }
            }
            add(
                    c.title(),
                    c.caption(),
                    c.id(),
                    List.of(
                            new Independent("Parameter", null, a),
                            new Independent("Parameter", null, b)),
                    List.of(new Dependent("Correlation", null, v)),
                    image);
        } else if (f instanceof Figure.ReferenceOverlay o) {
            add(
                    o.title(),
                    o.caption(),
                    o.id(),
                    List.of(bins(o.xAxis(), o.edges())),
                    List.of(series(o.prediction(), o.yAxis().unit(), "stat")),
                    image);
        }
    }
}
