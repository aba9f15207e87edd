"""Asymptotic CLs of a pyhf workspace, minimised to high precision with SciPy.

An independent cross-check written for Quarry from the HistFactory definitions (CERN-OPEN-2012-016)
and arXiv:1007.1727; it shares no code with Quarry or pyhf. Supports normfactor, normsys
(interpolation code 1), histosys (code 0), shapesys and shapefactor, the test statistics q and q0.
Every fit is L-BFGS-B with tolerances near machine precision from several starting points, so the
result is the likelihood's minimum, not a minimiser's stopping point.

usage: histfactory_minimum.py WORKSPACE.json q|q0 MU
prints: {"cls_obs": ..., "cls_exp": [5 values, n_sigma = 2, 1, 0, -1, -2], "q": ..., "q_asimov": ...}
"""

import json
import sys

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln
from scipy.stats import norm


class Model:
    def __init__(self, spec):
        self.params = {}  # name -> (kind, size)
        self.terms = []  # (channel offset, sample nominal, [(kind, name, data)])
        self.tau = {}  # shapesys name -> per-bin tau (nan where unconstrained)
        observed = {o["name"]: o["data"] for o in spec["observations"]}
        self.data = []
        offset = 0
        poi = spec["measurements"][0]["config"]["poi"]
        for ch in spec["channels"]:
            nbins = len(ch["samples"][0]["data"])
            for s in ch["samples"]:
                nominal = np.array(s["data"], dtype=float)
                mods = []
                for m in s["modifiers"]:
                    kind, name = m["type"], m["name"]
                    if kind not in ("normfactor", "normsys", "histosys", "shapesys", "shapefactor"):
                        raise SystemExit("unsupported modifier " + kind)
                    size = nbins if kind in ("shapesys", "shapefactor") else 1
                    self.params.setdefault(name, (kind, size))
                    if kind == "shapesys":
                        sigma = np.array(m["data"], dtype=float)
                        with np.errstate(divide="ignore", invalid="ignore"):
                            tau = np.where((nominal > 0) & (sigma > 0), (nominal / sigma) ** 2, np.nan)
                        self.tau[name] = tau
                    mods.append((kind, name, m["data"]))
                self.terms.append((offset, nominal, mods))
            self.data.extend(observed[ch["name"]])
            offset += nbins
        self.nbins = offset
        self.names = sorted(self.params, key=lambda n: (n != poi, n))
        self.slices = {}
        i = 0
        for n in self.names:
            self.slices[n] = slice(i, i + self.params[n][1])
            i += self.params[n][1]
        self.size = i
        self.poi = self.slices[poi].start

    def kind(self, name):
        return self.params[name][0]

    def init(self):
        x = np.zeros(self.size)
        for n in self.names:
            x[self.slices[n]] = 0.0 if self.kind(n) in ("normsys", "histosys") else 1.0
        return x

    def bounds(self):
        b = []
        for n in self.names:
            kind, size = self.params[n]
            lo_hi = {"normsys": (-5, 5), "histosys": (-5, 5), "shapesys": (1e-10, 10)}.get(kind, (0, 10))
            b.extend([lo_hi] * size)
        return b

    def expected_main(self, x):
        lam = np.zeros(self.nbins)
        for offset, nominal, mods in self.terms:
            value = nominal.copy()
            factor = np.ones_like(nominal)
            for kind, name, data in mods:
                p = x[self.slices[name]]
                if kind == "histosys":
                    a = p[0]
                    hi, lo = np.array(data["hi_data"]), np.array(data["lo_data"])
                    value = value + (a * (hi - nominal) if a >= 0 else a * (nominal - lo))
                elif kind == "normsys":
                    a = p[0]
                    factor = factor * (data["hi"] ** a if a >= 0 else data["lo"] ** (-a))
                else:  # normfactor, shapesys, shapefactor
                    factor = factor * p
            lam[offset : offset + len(nominal)] += value * factor
        return lam

    def expected_aux(self, x):
        aux = {}
        for n in self.names:
            if self.kind(n) in ("normsys", "histosys"):
                aux[n] = x[self.slices[n]].copy()
            elif self.kind(n) == "shapesys":
                aux[n] = x[self.slices[n]] * self.tau[n]
        return aux

    def nominal_aux(self):
        return self.expected_aux(self.init())

    def nll(self, x, data, aux):
        # Rates at or below zero (histosys far out) get a steep wall instead of a NaN.
        lam = np.maximum(self.expected_main(x), 1e-300)
        value = -np.sum(data * np.log(lam) - lam - gammaln(data + 1))
        for n, a in aux.items():
            p = x[self.slices[n]]
            if self.kind(n) == "shapesys":
                tau = self.tau[n]
                ok = ~np.isnan(tau)
                mean = p[ok] * tau[ok]
                value -= np.sum(a[ok] * np.log(mean) - mean - gammaln(a[ok] + 1))
            else:
                value -= np.sum(norm.logpdf(a, p, 1.0))
        return value


def fit(model, data, aux, fixed_mu=None):
    free = [i for i in range(model.size) if fixed_mu is None or i != model.poi]
    bounds = [model.bounds()[i] for i in free]

    def full(y):
        x = model.init()
        x[free] = y
        if fixed_mu is not None:
            x[model.poi] = fixed_mu
        return x

    best = None
    base = model.init()[free]
    for shift in (0.0, -1.0, 1.0, -0.3, 0.3):
        start = base.copy()
        for j, i in enumerate(free):
            if model.kind(model.names[_owner(model, i)]) in ("normsys", "histosys"):
                start[j] = shift
        r = minimize(
            lambda y: model.nll(full(y), data, aux),
            start,
            bounds=bounds,
            method="L-BFGS-B",
            options={"ftol": 1e-15, "gtol": 1e-11, "maxiter": 20000, "maxfun": 200000},
        )
        if best is None or r.fun < best.fun:
            best = r
    return full(best.x), best.fun


def _owner(model, index):
    for k, n in enumerate(model.names):
        s = model.slices[n]
        if s.start <= index < s.stop:
            return k
    raise IndexError(index)


def statistic(model, stat, mu, data, aux):
    x_free, nll_free = fit(model, data, aux)
    _, nll_cond = fit(model, data, aux, mu)
    q = max(0.0, 2 * (nll_cond - nll_free))
    mu_hat = x_free[model.poi]
    if stat == "q" and mu_hat > mu:
        return 0.0
    if stat == "q0" and mu_hat < mu:
        return 0.0
    return q


def main():
    path, stat, mu = sys.argv[1], sys.argv[2], float(sys.argv[3])
    with open(path) as f:
        model = Model(json.load(f))
    data = np.array(model.data, dtype=float)
    aux = model.nominal_aux()
    q = statistic(model, stat, mu, data, aux)
    asimov_mu = 1.0 if stat == "q0" else 0.0
    x_b, _ = fit(model, data, aux, asimov_mu)
    q_a = statistic(model, stat, mu, model.expected_main(x_b), model.expected_aux(x_b))
    sqrt_q, sqrt_qa = np.sqrt(q), np.sqrt(q_a)

    def pvalues(t):
        clsb = norm.cdf(-(t + sqrt_qa))
        clb = norm.cdf(-t)
        return clsb, clsb / clb

    obs = pvalues(sqrt_q - sqrt_qa)
    pick = 0 if stat == "q0" else 1
    band = [pvalues(n)[pick] for n in (2.0, 1.0, 0.0, -1.0, -2.0)]
    print(json.dumps({"cls_obs": obs[pick], "cls_exp": band, "q": q, "q_asimov": q_a}))


if __name__ == "__main__":
    main()
