"""Writes the golden example results.json (schema 1.0.0) that exercises every figure and table type.

The numbers are smooth analytic shapes (Gaussian signal on falling backgrounds, binormal ROC
curves, a 1/m^4 limit curve), not the output of a run; they only need to look like physics.
Run from this folder: python3 make_example.py
"""
import json, math

def r(x, n=5):
    return float(f"{x:.{n}g}")

edges = [60 + 10 * i for i in range(15)]  # m_col 60..200 GeV
centres = [(a + b) / 2 for a, b in zip(edges, edges[1:])]
ztt = [r(900 * math.exp(-((c - 90) / 18) ** 2 / 2) + 30 * math.exp(-(c - 60) / 40)) for c in centres]
tt = [r(120 * math.exp(-(c - 60) / 90)) for c in centres]
fakes = [r(80 * math.exp(-(c - 60) / 50)) for c in centres]
sig = [r(60 * math.exp(-((c - 125) / 9) ** 2 / 2), 4) for c in centres]
tot = [a + b + c for a, b, c in zip(ztt, tt, fakes)]
# "data": the prediction shifted by a fixed, smooth pattern (no randomness)
data = [round(t * (1 + 0.04 * math.sin(i))) for i, t in enumerate(tot)]
band = [r(0.05 * t) for t in tot]

def phi(x):
    return 0.5 * math.erfc(-x / math.sqrt(2))

def roc(d):
    # binormal ROC: background N(0,1), signal N(d,1); AUC = Phi(d/sqrt 2)
    cuts = [4 - 0.1 * i for i in range(0, 81)] + [-4 - 0.5 * i for i in range(1, 9)]
    fpr = [0.0] + [r(1 - phi(c)) for c in cuts] + [1.0]
    tpr = [0.0] + [r(1 - phi(c - d)) for c in cuts] + [1.0]
    return fpr, tpr

dnn_f, dnn_t = roc(2.0)
bdt_f, bdt_t = roc(1.6)
score_edges = [i / 20 for i in range(21)]
def score_hist(mu, s):
    v = [phi((b - mu) / s) - phi((a - mu) / s) for a, b in zip(score_edges, score_edges[1:])]
    return [r(x * 1000) for x in v]

masses = [200, 300, 400, 500, 600, 700, 800, 900, 1000]
exp = [r(50 * (200 / m) ** 3) for m in masses]
obs = [r(e * (1 + 0.15 * math.sin(m / 90))) for e, m in zip(exp, masses)]
theory = [r(400 * (200 / m) ** 5) for m in masses]

# 2-D: CLs-like colour map over (m_WR, m_N) and two contours
mx = [1000 + 250 * i for i in range(13)]
my = [100 + 200 * i for i in range(11)]
def cls(x, y):
    return math.exp(-((4000 - x) / 700)) * (1 + 0.2 * y / 2000)
zc = [[r(min(1.0, cls((a + b) / 2, (c + d) / 2)), 4) for a, b in zip(mx, mx[1:])] for c, d in zip(my, my[1:])]
def contour(xmax):
    ys = [100 + 100 * i for i in range(21)]
    return [r(xmax - 0.15 * y) for y in ys], ys

c1x, c1y = contour(3600)
c2x, c2y = contour(4100)

# 2-D mean score map with the 0.5 decision line
sx = [i * 0.5 for i in range(9)]
sy = [i * 0.5 for i in range(9)]
zs = [[r(1 / (1 + math.exp(-((a + 0.25) + (c + 0.25) - 4))), 3) for a in sx[:-1]] for c in sy[:-1]]
line_x = [0.0, 4.0]
line_y = [4.0, 0.0]

features = ["m_{col}", "p_{T}^{\\mu}", "\\Delta\\phi(\\mu, E_{T}^{miss})", "E_{T}^{miss}", "\\eta_{\\tau}"]
beeswarm = []
for k, f in enumerate(features):
    scale = 1.0 / (k + 1)
    vals = [((i * 37 + k * 11) % 100) / 100 for i in range(60)]
    shap = [r(scale * (v - 0.5) * 1.6 + 0.05 * math.sin(i + k), 3) for i, v in enumerate(vals)]
    beeswarm.append({"name": f, "shap": shap, "value": [r(v, 3) for v in vals]})
mean_abs = [r(sum(abs(s) for s in b["shap"]) / len(b["shap"]), 4) for b in beeswarm]

epochs = list(range(1, 31))
train = [r(0.35 + 0.35 * math.exp(-e / 6)) for e in epochs]
val = [r(0.37 + 0.33 * math.exp(-e / 6) + 0.0008 * e) for e in epochs]

np_names = ["lumi", "JES", "tau_{ID}", "fake rate", "Z\\tau\\tau norm", "t\\bar{t} norm"]
pulls = [0.1, -0.4, 0.25, 1.1, -0.05, 0.6]
perr = [0.98, 0.71, 0.9, 0.55, 0.97, 0.8]
n = len(np_names)
corr = [[1.0 if i == j else r(0.6 * math.cos(i + 2 * j) * math.cos(j + 2 * i) / (1 + abs(i - j)), 3) for j in range(n)] for i in range(n)]
for i in range(n):
    for j in range(i):
        corr[i][j] = corr[j][i]

reg_edges = [50, 75, 100, 125, 150, 175, 200]
response = [1.04, 1.02, 1.0, 0.99, 0.985, 0.98]
resolution = [0.16, 0.13, 0.11, 0.1, 0.095, 0.09]

ref_edges = [0, 10, 20, 30, 40, 60, 80, 100]
pred = [r(1000 * math.exp(-(a + b) / 2 / 25)) for a, b in zip(ref_edges, ref_edges[1:])]
with open("reference.csv", "w") as f:
    f.write("x_low,x_high,y,y_err\n")
    for i, (a, b) in enumerate(zip(ref_edges, ref_edges[1:])):
        y = pred[i] * (1 + 0.05 * math.cos(i))
        f.write(f"{a},{b},{r(y)},{r(0.06 * y + 2)}\n")

workspace = {
    "channels": [{"name": "sr", "samples": [
        {"name": "signal", "data": [5.0, 10.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": None}]},
        {"name": "background", "data": [50.0, 60.0], "modifiers": [{"name": "bkg_norm", "type": "normsys", "data": {"hi": 1.1, "lo": 0.9}}]}]}],
    "observations": [{"name": "sr", "data": [52.0, 63.0]}],
    "measurements": [{"name": "meas", "config": {"poi": "mu", "parameters": []}}],
    "version": "1.0.0"}
with open("workspace.json", "w") as f:
    json.dump(workspace, f, indent=2)
    f.write("\n")

ax = lambda label, unit=None, log=False, **kw: {k: v for k, v in dict(label=label, unit=unit, log=log, **kw).items() if v is not None}
results = {
    "schema_version": "1.0.0",
    "analysis": {"name": "tutorial", "title": "Tutorial: H \\to \\mu\\tau_{e} with a DNN",
                 "description": "Golden example exercising every figure and table type of the report schema.",
                 "sqrt_s_gev": 13000, "lumi_inv_fb": 139},
    "tables": [
        {"type": "numbers", "id": "headline", "title": "Headline numbers", "rows": [
            {"name": "Observed 95% CL limit on B(H \\to \\mu\\tau)", "value": 0.0025},
            {"name": "Expected 95% CL limit on B(H \\to \\mu\\tau)", "value": 0.0017, "plus": 0.0007, "minus": 0.0005},
            {"name": "Signal strength \\hat{\\mu}", "value": 0.42, "plus": 0.31, "minus": 0.29},
            {"name": "\\sigma(pp \\to H)", "value": 48.6, "unit": "pb"}]},
        {"type": "cutflow", "id": "cutflow-sr", "title": "Cut-flow, signal region", "unit": "events",
         "samples": ["H \\to \\mu\\tau_{e}", "Z \\to \\tau\\tau", "t\\bar{t}"],
         "rows": [
             {"cut": "all events", "yields": [1000.0, 250000.0, 80000.0]},
             {"cut": "one \\mu, one e, opposite sign", "yields": [412.0, 21000.0, 9100.0], "errors": [12.0, 140.0, 95.0]},
             {"cut": "p_{T}^{\\mu} > 30 GeV", "yields": [355.0, 9800.0, 6200.0]},
             {"cut": "DNN score > 0.8", "yields": [201.0, 310.0, 120.0]}]}],
    "figures": [
        {"type": "histogram", "id": "mcol-sr", "title": "Collinear mass, signal region",
         "caption": "Stacked backgrounds with their 5% uncertainty, the signal for B = 1% on top, and data.",
         "x_axis": ax("m_{col}", "GeV"), "y_axis": ax("Events / 10 GeV"), "edges": edges,
         "stacked": [{"label": "Misidentified", "values": fakes}, {"label": "t\\bar{t}", "values": tt},
                     {"label": "Z \\to \\tau\\tau", "values": ztt}],
         "overlaid": [{"label": "H \\to \\mu\\tau (B = 1%)", "values": sig}],
         "data": {"label": "Data", "values": data, "errors": [r(math.sqrt(d)) for d in data]},
         "band": {"lower": [r(t - b) for t, b in zip(tot, band)], "upper": [r(t + b) for t, b in zip(tot, band)]},
         "ratio": {"label": "Data / Pred.", "min": 0.8, "max": 1.2}},
        {"type": "histogram", "id": "mcol-log", "title": "Collinear mass, log scale",
         "x_axis": ax("m_{col}", "GeV"), "y_axis": ax("Events / 10 GeV", log=True, min=1), "edges": edges,
         "overlaid": [{"label": "Z \\to \\tau\\tau", "values": ztt}, {"label": "t\\bar{t}", "values": tt}]},
        {"type": "score_distribution", "id": "dnn-score", "title": "DNN score per class",
         "x_axis": ax("DNN score"), "y_axis": ax("Fraction of events", log=True, min=1e-4), "edges": score_edges, "normalise": True,
         "classes": [{"label": "Signal", "values": score_hist(0.75, 0.15)}, {"label": "Z \\to \\tau\\tau", "values": score_hist(0.25, 0.18)},
                     {"label": "t\\bar{t}", "values": score_hist(0.35, 0.2)}]},
        {"type": "roc", "id": "roc", "title": "ROC curves", "caption": "Binormal curves with separations 2.0 and 1.6.",
         "x_axis": ax("Background efficiency \\epsilon_{B}"), "y_axis": ax("Signal efficiency \\epsilon_{S}"),
         "curves": [{"label": "DNN", "fpr": dnn_f, "tpr": dnn_t}, {"label": "BDT", "fpr": bdt_f, "tpr": bdt_t}]},
        {"type": "limit", "id": "limit-mass", "title": "Upper limit on \\sigma \\times B versus m_{S}",
         "x_axis": ax("m_{S}", "GeV"), "y_axis": ax("95% CL limit on \\sigma \\times B", "fb", log=True),
         "x": masses, "observed": obs, "expected": exp,
         "one_sigma": {"lower": [r(e * 0.72) for e in exp], "upper": [r(e * 1.4) for e in exp]},
         "two_sigma": {"lower": [r(e * 0.53) for e in exp], "upper": [r(e * 1.95) for e in exp]},
         "baselines": [{"label": "Theory \\sigma \\times B", "x": masses, "y": theory, "dashed": True}]},
        {"type": "map2d", "id": "exclusion-wr", "title": "Exclusion in the (m_{W_{R}}, m_{N}) plane",
         "caption": "CLs of the NN analysis as colour; contours of three analyses.",
         "x_axis": ax("m_{W_{R}}", "GeV"), "y_axis": ax("m_{N}", "GeV"), "z_axis": ax("CL_{s}", log=True),
         "x_edges": mx, "y_edges": my, "z": zc,
         "lines": [{"label": "NN, Run 2", "x": c1x, "y": c1y}, {"label": "NN, HL-LHC", "x": c2x, "y": c2y, "dashed": True},
                   {"label": "Cut-based, Run 2", "x": [r(x - 300) for x in c1x], "y": c1y}]},
        {"type": "map2d", "id": "score-plane", "title": "Mean DNN score in the (x_{1}, x_{2}) plane",
         "x_axis": ax("x_{1}"), "y_axis": ax("x_{2}"), "z_axis": ax("\\langle score \\rangle"),
         "x_edges": sx, "y_edges": sy, "z": zs, "lines": [{"label": "score = 0.5", "x": line_x, "y": line_y}]},
        {"type": "shap_beeswarm", "id": "shap-beeswarm", "title": "SHAP values of the DNN",
         "x_axis": ax("SHAP value"), "features": beeswarm},
        {"type": "shap_bar", "id": "shap-bar", "title": "Mean |SHAP|", "x_axis": ax("mean |SHAP value|"),
         "features": features, "mean_abs_shap": mean_abs},
        {"type": "training_curve", "id": "training", "title": "DNN training",
         "x_axis": ax("Epoch"), "y_axis": ax("Binary cross-entropy"),
         "curves": [{"label": "Training", "x": epochs, "y": train}, {"label": "Validation", "x": epochs, "y": val, "dashed": True}]},
        {"type": "pulls", "id": "pulls", "title": "Nuisance-parameter pulls", "names": np_names, "pulls": pulls, "errors": perr},
        {"type": "correlation_matrix", "id": "correlations", "title": "Correlations of the fit", "names": np_names, "matrix": corr},
        {"type": "regression", "id": "mass-regression", "title": "Regressed m_{H}", "x_axis": ax("m_{true}", "GeV"),
         "edges": reg_edges,
         "response": {"label": "Response", "values": response, "errors": [0.005] * 6},
         "resolution": {"label": "Resolution", "values": resolution, "errors": [0.004] * 6},
         "pull_mean": {"label": "Pull mean", "values": [0.05, 0.02, 0.0, -0.02, -0.03, -0.04], "errors": [0.02] * 6},
         "pull_width": {"label": "Pull width", "values": [1.1, 1.05, 1.0, 0.98, 0.97, 0.99], "errors": [0.02] * 6}},
        {"type": "reference_overlay", "id": "validation-ptz", "title": "p_{T}^{Z} against the published distribution",
         "x_axis": ax("p_{T}^{Z}", "GeV"), "y_axis": ax("d\\sigma/dp_{T}", "fb/GeV", log=True),
         "reference_csv": "reference.csv", "reference_label": "Published (digitised)",
         "edges": ref_edges, "prediction": {"label": "Quarry", "values": pred}},
    ],
    "files": [
        {"path": "workspace.json", "kind": "pyhf_workspace", "description": "HistFactory workspace of the signal region (pyhf JSON)"},
        {"path": "reference.csv", "kind": "csv", "description": "Digitised published distribution of the Z transverse momentum"}],
    "provenance": {"command": "quarry run analyses/tutorial/analysis.yaml",
                   "config_hash": "3b1f0c2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
                   "seeds": {"generate": 1, "train": 7}, "versions": {"quarry": "0.1.0-SNAPSHOT", "java": "17.0.15"},
                   "inputs": [{"path": "analyses/tutorial/analysis.yaml", "sha256": "0f343b0931126a20f133d67c2b018a3b5e1f8c7f0d9c1e2a3b4c5d6e7f8091a2"}],
                   "timestamp": "2026-12-06T04:00:00Z"},
    "pipeline": {"note": "keys the report does not own are ignored"},
}
with open("results.json", "w") as f:
    json.dump(results, f, indent=1, ensure_ascii=False)
    f.write("\n")
