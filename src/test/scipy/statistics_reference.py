#!/usr/bin/env python3
"""Makes the SciPy reference values the evaluation statistics are tested against.

Run from the project root: python3 src/test/scipy/statistics_reference.py
(needs python3-scipy; the files it writes are committed, so `mvn verify` needs no Python).
Writes src/test/resources/evaluation/prepost/*.csv with expected.json, and alpha/*.csv with expected.json.
"""
import csv
import json
import os

import numpy as np
from scipy import stats

ROOT = os.path.join("src", "test", "resources", "evaluation")
rng = np.random.default_rng(20261204)


def prepost_case(name, before, after):
    """before/after: lists with None for a missing cell."""
    path = os.path.join(ROOT, "prepost", name + ".csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "before", "after"])
        for i, (b, a) in enumerate(zip(before, after)):
            w.writerow([f"p{i + 1}", "" if b is None else repr(b), "" if a is None else repr(a)])
    pairs = [(b, a) for b, a in zip(before, after) if b is not None and a is not None]
    n = len(pairs)
    out = {"n": n, "missing": len(before) - n}
    if n == 0:
        return out
    b = np.array([p[0] for p in pairs], dtype=float)
    a = np.array([p[1] for p in pairs], dtype=float)
    d = a - b
    out.update(meanBefore=float(b.mean()), meanAfter=float(a.mean()), meanChange=float(d.mean()))
    if n >= 2:
        sd = float(d.std(ddof=1))
        out["sdChange"] = sd
        out["df"] = n - 1
        if sd > 0:
            res = stats.ttest_rel(a, b)
            ci = res.confidence_interval(0.95)
            out.update(t=float(res.statistic), pT=float(res.pvalue), ciLow=float(ci.low), ciHigh=float(ci.high),
                       dz=float(d.mean() / sd))
    nz = d[d != 0]
    out["nonZero"] = int(len(nz))
    if len(nz) > 0:
        ranks = stats.rankdata(np.abs(nz))
        w_plus = float(ranks[nz > 0].sum())
        w_minus = float(ranks[nz < 0].sum())
        ties = len(np.unique(np.abs(nz))) < len(nz)
        method = "exact" if len(nz) <= 50 and not ties else "asymptotic"
        res = stats.wilcoxon(nz, method=method, correction=False, zero_method="wilcox")
        out.update(wPlus=w_plus, wMinus=w_minus, pWilcoxon=float(res.pvalue),
                   wilcoxonMethod="exact" if method == "exact" else "normal",
                   rankBiserial=(w_plus - w_minus) / (w_plus + w_minus))
    else:
        out.update(wPlus=0.0, wMinus=0.0)
    return out


def likert(n, points, shift):
    before = rng.integers(1, points + 1, n)
    change = rng.choice([-1, 0, 0, 1, 1, 2], n) if shift else rng.choice([-1, 0, 1], n)
    after = np.clip(before + change, 1, points)
    return [int(x) for x in before], [int(x) for x in after]


def with_missing(before, after, k):
    before, after = list(before), list(after)
    for i in rng.choice(len(before), k, replace=False):
        if rng.random() < 0.5:
            before[i] = None
        else:
            after[i] = None
    return before, after


def prepost_cases():
    cases = {}
    for i, n in enumerate([3, 5, 8, 12, 20, 30, 45, 50]):
        b = rng.normal(3.2, 0.7, n)
        a = b + rng.normal(0.4, 0.5, n)
        cases[f"continuous-exact-{i:02d}"] = ([round(float(x), 6) for x in b], [round(float(x), 6) for x in a])
    for i, n in enumerate([51, 80, 200]):
        b = rng.normal(3.0, 1.0, n)
        a = b + rng.normal(0.1, 0.8, n)
        cases[f"continuous-normal-{i:02d}"] = ([round(float(x), 6) for x in b], [round(float(x), 6) for x in a])
    for i, n in enumerate([6, 15, 25, 60, 150]):
        cases[f"likert-ties-zeros-{i:02d}"] = likert(n, 5, shift=True)
    for i, n in enumerate([10, 40]):
        cases[f"likert7-no-shift-{i:02d}"] = likert(n, 7, shift=False)
    for i, n in enumerate([12, 35, 90]):
        cases[f"missing-{i:02d}"] = with_missing(*likert(n, 5, shift=True), k=max(1, n // 6))
    # scale scores: means of 4 to 6 items, so fractional values with ties
    for i, n in enumerate([18, 48]):
        b = rng.integers(4, 21, n) / 4.0
        a = np.clip(b + rng.choice([-0.25, 0, 0.25, 0.5, 0.75], n), 1, 5)
        cases[f"scale-scores-{i:02d}"] = ([float(x) for x in b], [float(x) for x in a])
    cases["two-pairs"] = ([3.0, 4.0], [4.5, 4.0 + 2.25])
    cases["constant-change"] = ([1.0, 2.0, 3.0, 4.0], [1.5, 2.5, 3.5, 4.5])
    cases["no-change"] = ([2.0, 3.0, 4.0], [2.0, 3.0, 4.0])
    cases["one-pair"] = ([2.0, None, 3.0], [3.0, 4.0, None])
    cases["all-decrease-exact"] = ([5.0, 4.6, 4.1, 3.9, 4.4, 3.8], [4.1, 3.5, 3.6, 3.0, 4.3, 2.6])
    expected = {}
    for name, (before, after) in cases.items():
        expected[name] = prepost_case(name, before, after)
    with open(os.path.join(ROOT, "prepost", "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)


def alpha_case(name, rows, header):
    with open(os.path.join(ROOT, "alpha", name + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for row in rows:
            w.writerow(["" if x is None else repr(x) for x in row])
    items = [h for h in header if h != "id"]
    offset = len(header) - len(items)
    complete = np.array([[float(x) for x in row[offset:]] for row in rows if all(x is not None for x in row[offset:])])
    k = len(items)
    out = {"n": int(len(complete)), "k": k}
    if len(complete) >= 2:
        item_var = complete.var(axis=0, ddof=1).sum()
        total_var = complete.sum(axis=1).var(ddof=1)
        if total_var > 0:
            out["alpha"] = float(k / (k - 1) * (1 - item_var / total_var))
    return out


def alpha_cases():
    expected = {}
    for i, (n, k) in enumerate([(10, 4), (25, 5), (60, 6), (200, 8)]):
        trait = rng.normal(0, 1, n)
        rows = [[int(np.clip(round(3 + t + rng.normal(0, 0.9)), 1, 5)) for _ in range(k)] for t in trait]
        expected[f"likert-{i:02d}"] = alpha_case(f"likert-{i:02d}", rows, [f"item{j + 1}" for j in range(k)])
    rows = [[f"r{r + 1}"] + [None if rng.random() < 0.08 else int(rng.integers(1, 6)) for _ in range(5)]
            for r in range(40)]
    expected["with-id-and-missing"] = alpha_case("with-id-and-missing", rows, ["id"] + [f"q{j}" for j in range(5)])
    expected["constant"] = alpha_case("constant", [[3, 3, 3], [3, 3, 3], [3, 3, 3]], ["a", "b", "c"])
    with open(os.path.join(ROOT, "alpha", "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    prepost_cases()
    alpha_cases()
