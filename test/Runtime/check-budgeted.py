"""Checks the report of `slice-run eval --budgeted --json` (budgeted batch).

  check-budgeted.py REPORT.json [--tol 0.005] [--budget-tol 0.1]

For every budget:
  * the average multiply-adds on the test images is within --budget-tol of
    the budget (the thresholds were calibrated on held-out training images);
  * the error is at most that of mixing the static sub-networks at the same
    average cost (linear interpolation of the static error-vs-MACs curve),
    plus --tol: stopping images by confidence is no worse than giving each
    image a fixed sub-network;
  * the images that stop at step 1 (when at least 5% do) are answered better
    than sub-network 1 answers all images (error at most 0.75 of it):
    confidence picks the easy images. A random stopping rule fails this.
"""
import argparse
import json
import sys

import numpy as np


def main():
    p = argparse.ArgumentParser()
    p.add_argument("report")
    p.add_argument("--tol", type=float, default=0.005)
    p.add_argument("--budget-tol", type=float, default=0.1)
    a = p.parse_args()
    with open(a.report) as f:
        r = json.load(f)
    static = sorted(r["static"], key=lambda s: s["macs"])
    macs = np.array([s["macs"] for s in static], dtype=float)
    errors = np.array([s["error"] for s in static])
    bad = []
    for b in r["budgeted"]:
        avg, budget, err = b["average_macs"], b["budget_macs"], b["error"]
        if abs(avg - budget) > a.budget_tol * budget:
            bad.append(f"budget {budget:.0f}: average {avg:.0f} misses it")
        mixed = float(np.interp(avg, macs, errors))
        line = (f"budget {budget:.0f}: average {avg:.0f} MACs, error {100 * err:.2f}% "
                f"(static mix {100 * mixed:.2f}%)")
        if err > mixed + a.tol:
            bad.append(line + " is worse than the static mix")
        first = b["exits"][0]
        share = first["images"] / r["test_images"]
        if share >= 0.05:
            line += f"; {100 * share:.1f}% stop at step 1 with {100 * first['error']:.2f}% error"
            if first["error"] > 0.75 * errors[0]:
                bad.append(line + f": not better than sub-network 1 on all ({100 * errors[0]:.2f}%)")
        print(line)
    if bad:
        print("\n".join(bad))
        sys.exit(1)
    print("ok: %d budgets" % len(r["budgeted"]))


main()
