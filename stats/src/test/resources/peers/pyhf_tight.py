"""pyhf itself at its default and at a tighter minimiser tolerance, on one workspace.

Run with a pyhf source tree on PYTHONPATH (pyhf is not packaged by Debian). The workspace's
measurement gives the POI; MODIFIER_SETTINGS is pyhf's modifier_settings JSON (interpolation
codes). pyhf's default backend is numpy with SciPy's SLSQP; "tight" repeats the hypotest with
SLSQP's tolerance set to TIGHT (ftol; pyhf allows 100000 iterations), which moves pyhf closer to
the exact minimum of its own likelihood.

usage: pyhf_tight.py WORKSPACE.json q|qtilde|q0 MU MODIFIER_SETTINGS TIGHT
prints: {"pyhf": version, "default": {"cls_obs", "cls_exp"}, "tight": {...}}
"""

import json
import sys

import pyhf


def hypotest(workspace, test_stat, mu, settings):
    model = workspace.model(modifier_settings=settings)
    data = workspace.data(model)
    obs, exp = pyhf.infer.hypotest(
        mu, data, model, test_stat=test_stat, return_expected_set=True
    )
    return {"cls_obs": float(obs), "cls_exp": [float(e) for e in exp]}


def main():
    path, test_stat, mu, settings, tight = sys.argv[1:6]
    with open(path) as f:
        workspace = pyhf.Workspace(json.load(f))
    settings = json.loads(settings)
    pyhf.set_backend("numpy", pyhf.optimize.scipy_optimizer())
    default = hypotest(workspace, test_stat, float(mu), settings)
    pyhf.set_backend(
        "numpy",
        pyhf.optimize.scipy_optimizer(tolerance=float(tight)),
    )
    precise = hypotest(workspace, test_stat, float(mu), settings)
    print(json.dumps({"pyhf": pyhf.__version__, "default": default, "tight": precise}))


if __name__ == "__main__":
    main()
