"""Asserts a hierarchical slice-run eval report: the worst case over
sub-networks is lower when each may answer with coarser labels (paper
section 4.3), and every level is better than chance."""
import argparse
import json
import sys

parser = argparse.ArgumentParser()
parser.add_argument("report")
parser.add_argument("--levels", type=int, required=True)
parser.add_argument("--max-error", type=float, nargs="+", required=True,
                    help="a bar per level")
args = parser.parse_args()

subnets = json.load(open(args.report))["subnets"]
matrix = [s["level_errors"] for s in subnets]
for k, row in enumerate(matrix, 1):
    print(f"sub-network {k}: " + " ".join(f"{e:.4f}" for e in row))
    if len(row) != args.levels:
        sys.exit(f"sub-network {k} reports {len(row)} levels, expected {args.levels}")
    for d, (e, bar) in enumerate(zip(row, args.max_error), 1):
        if not e <= bar:
            sys.exit(f"sub-network {k} level {d}: error {e:.4f} > {bar}")
fine_worst = max(row[0] for row in matrix)
coarse_worst = max(min(row) for row in matrix)
print(f"worst case: {fine_worst:.4f} with fine labels, {coarse_worst:.4f} with coarse labels")
if not coarse_worst < fine_worst:
    sys.exit("coarse labels did not lower the worst-case error")
print("ok")
