"""xgboost (hist) with the settings of Quarry's BdtConfig; prints test AUC and best AMS as JSON.

-999 is treated as missing (the HiggsML convention).

usage: xgboost_peer.py TRAIN TEST LABEL WEIGHT|- TREES DEPTH ETA SEED [DROP,...]
"""
import json
import sys

import numpy as np
import xgboost as xgb

from peer_common import auc, best_ams, read_table

train, test, label, weight, trees, depth, eta, seed = sys.argv[1:9]
drop = sys.argv[9].split(",") if len(sys.argv) > 9 and sys.argv[9] else []
weight = None if weight == "-" else weight
xt, yt, wt = read_table(train, label, weight, drop)
xs, ys, ws = read_table(test, label, weight, drop)
# The HiggsML marker of an undefined feature is passed to xgboost as missing, as Quarry does.
xt[xt == -999.0] = np.nan
xs[xs == -999.0] = np.nan
params = {
    "tree_method": "hist", "objective": "binary:logistic", "max_depth": int(depth), "eta": float(eta),
    "subsample": 1.0, "colsample_bytree": 1.0, "min_child_weight": 1.0, "lambda": 1.0, "max_bin": 256,
    "nthread": 1, "seed": int(seed), "verbosity": 0,
}
dtrain = xgb.DMatrix(xt, label=yt, weight=wt, missing=np.nan)
booster = xgb.train(params, dtrain, num_boost_round=int(trees))
p = booster.predict(xgb.DMatrix(xs, missing=np.nan))
print(json.dumps({"test_auc": auc(p, ys), "test_auc_weighted": auc(p, ys, ws),
                  "best_ams": best_ams(p, ys, ws), "xgboost": xgb.__version__}))
