#!/usr/bin/env python3
"""Solve a Tandem instance file with SciPy, timing only the solver call.

usage: scipy_solve.py INSTANCE.json {dense|sparse}
Prints one JSON line: {"solver":..., "matched":N, "totalScore":S, "solveSeconds":T}.

Both formulations are exact for the lexicographic objective (matched first, then score):
capacity-c mentors are expanded into c slot columns, and every mentee may be left unmatched at cost
DROP > 1001 * mentees, so one more match always beats any score difference.
"""
import json
import re
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def load(path):
    with open(path, "rb") as f:
        text = f.read()
    m = re.search(rb'"pairs"\s*:\s*\[', text)
    start = m.end() - 1
    # pairs is [[a,b,c],...]: it ends at the first "]]", or is the empty "[]"
    empty = re.match(rb"\[\s*\]", text[start:start + 64])
    end = start + empty.end() if empty else text.index(b"]]", start) + 2
    pairs_text = text[start:end]
    rest = text[:start] + b"[]" + text[end:]
    doc = json.loads(rest)
    body = pairs_text.translate(bytes.maketrans(b"[],\n", b"    "))
    flat = np.array(body.split(), dtype=np.int64)
    pairs = flat.reshape(-1, 3)
    caps = np.array([m["capacity"] for m in doc["mentors"]], dtype=np.int64)
    return len(doc["mentees"]), caps, pairs


def main():
    path, kind = sys.argv[1], sys.argv[2]
    n_mentees, caps, pairs = load(path)
    caps = np.minimum(caps, n_mentees)
    slot_start = np.concatenate(([0], np.cumsum(caps)))
    n_slots = int(slot_start[-1])
    mentee, mentor, score = pairs[:, 0], pairs[:, 1], pairs[:, 2]
    # one entry per (pair, slot of its mentor)
    reps = caps[mentor]
    rows = np.repeat(mentee, reps)
    offs = np.arange(reps.sum()) - np.repeat(np.cumsum(reps) - reps, reps)
    cols = np.repeat(slot_start[mentor], reps) + offs
    cost = 1001 - np.repeat(score, reps)  # >= 1: sparse zeros would vanish
    drop = 1001 * (n_mentees + 1) + 1
    if kind == "dense":
        extra = n_mentees if n_mentees > n_slots else 0
        matrix = np.full((n_mentees, n_slots + extra), float(drop))
        matrix[rows, cols] = cost
        t = time.perf_counter()
        r, c = linear_sum_assignment(matrix)
        elapsed = time.perf_counter() - t
        chosen = matrix[r, c]
    else:
        rows = np.concatenate((rows, np.arange(n_mentees)))
        cols = np.concatenate((cols, n_slots + np.arange(n_mentees)))
        cost = np.concatenate((cost, np.full(n_mentees, drop)))
        graph = csr_matrix((cost.astype(np.float64), (rows, cols)), shape=(n_mentees, n_slots + n_mentees))
        t = time.perf_counter()
        r, c = min_weight_full_bipartite_matching(graph)
        elapsed = time.perf_counter() - t
        picked = graph[r, c]
        chosen = np.asarray(picked.toarray() if hasattr(picked, "toarray") else picked, dtype=np.float64).ravel()
    real = chosen < drop
    matched = int(real.sum())
    total = int((1001 - chosen[real]).sum())
    print(json.dumps({"solver": kind, "matched": matched, "totalScore": total, "solveSeconds": elapsed}))


if __name__ == "__main__":
    main()
