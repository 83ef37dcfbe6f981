"""Asserts a slice-run JSON report: K sub-networks, each under an error bar."""
import argparse
import json
import sys

parser = argparse.ArgumentParser()
parser.add_argument("report")
parser.add_argument("--subnets", type=int, required=True)
parser.add_argument("--max-error", type=float, required=True)
args = parser.parse_args()

report = json.load(open(args.report))
subnets = report["subnets"]
errors = [s["error"] for s in subnets]
print("errors:", " ".join(f"{e:.4f}" for e in errors))
if len(subnets) != args.subnets:
    sys.exit(f"expected {args.subnets} sub-networks, report has {len(subnets)}")
for s in subnets:
    if not s["error"] <= args.max_error:
        sys.exit(f"sub-network {s['k']} error {s['error']:.4f} > {args.max_error}")
macs = [s["macs"] for s in subnets]
if macs != sorted(macs) or len(set(macs)) != len(macs):
    sys.exit(f"multiply-adds must grow with k: {macs}")
print("ok")
