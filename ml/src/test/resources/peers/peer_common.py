"""Shared helpers of the peer scripts: table reading and weighted metrics (no scikit-learn)."""
import csv
import gzip
import math

import numpy as np


def read_table(path, label, weight=None, drop=()):
    """Reads a delimited table the way Quarry does: tab/comma, header when a field is not a number."""
    opener = gzip.open if open(path, "rb").read(2) == b"\x1f\x8b" else open
    with opener(path, "rt") as f:
        first = f.readline()
        delim = "\t" if "\t" in first else ","
        fields = first.rstrip("\r\n").split(delim)

        def num(s):
            try:
                float(s)
                return True
            except ValueError:
                return False

        header = not all(num(x) for x in fields)
        names = fields if header else ["c%d" % i for i in range(len(fields))]
        rows = [] if header else [fields]
        rows += [line.rstrip("\r\n").split(delim) for line in f if line.strip()]
    li = names.index(label)
    wi = names.index(weight) if weight else None
    skip = {li} | ({wi} if wi is not None else set()) | {names.index(d) for d in drop}
    feat = [i for i in range(len(names)) if i not in skip]
    lab = {"s": 1.0, "b": 0.0}
    y = np.array([lab.get(r[li], None) if r[li] in lab else float(r[li]) for r in rows], dtype=np.float32)
    x = np.array([[float(r[i]) for i in feat] for r in rows], dtype=np.float32)
    w = np.array([float(r[wi]) for r in rows], dtype=np.float64) if wi is not None else np.ones(len(rows))
    return x, y, w


def auc(scores, labels, weights=None):
    """Weighted AUC = P(s > b) + P(s = b)/2 over signal-background pairs."""
    s = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels)
    w = np.ones(len(s)) if weights is None else np.asarray(weights, dtype=np.float64)
    order = np.argsort(-s, kind="mergesort")
    s, y, w = s[order], y[order], w[order]
    ws, wb = w[y == 1].sum(), w[y != 1].sum()
    area, cs, i = 0.0, 0.0, 0
    while i < len(s):
        j = i
        ts = tb = 0.0
        while j < len(s) and s[j] == s[i]:
            if y[j] == 1:
                ts += w[j]
            else:
                tb += w[j]
            j += 1
        area += tb * (cs + ts / 2)
        cs += ts
        i = j
    return area / (ws * wb)


def best_ams(scores, labels, weights):
    """Largest AMS = sqrt(2((s+b+10) ln(1+s/(b+10)) - s)) over thresholds score >= t."""
    order = np.argsort(-np.asarray(scores, dtype=np.float64), kind="mergesort")
    sc = np.asarray(scores)[order]
    y = np.asarray(labels)[order]
    w = np.asarray(weights)[order]
    s = b = 0.0
    best = 0.0
    i = 0
    while i < len(sc):
        j = i
        while j < len(sc) and sc[j] == sc[i]:
            if y[j] == 1:
                s += w[j]
            else:
                b += w[j]
            j += 1
        ams = math.sqrt(max(0.0, 2 * ((s + b + 10) * math.log(1 + s / (b + 10)) - s)))
        best = max(best, ams)
        i = j
    return best
