"""Checks that parts of a model are together about as large as the whole.

    file-sizes.py --at-most R WHOLE PART...

Prints the sizes; exits 1 when the parts add up to more than R times WHOLE.
"""
import argparse
import os
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--at-most", type=float, required=True)
parser.add_argument("whole")
parser.add_argument("parts", nargs="+")
args = parser.parse_args()
whole = os.path.getsize(args.whole)
parts = [os.path.getsize(p) for p in args.parts]
ratio = sum(parts) / whole
print("whole %d bytes, parts %s = %d bytes, ratio %.3f (at most %.3f)" %
      (whole, " + ".join(map(str, parts)), sum(parts), ratio, args.at_most))
sys.exit(0 if ratio <= args.at_most else 1)
