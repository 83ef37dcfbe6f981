"""Compares the float32 .npy outputs of two engines.

    compare-npy.py A.npy B.npy [A2.npy B2.npy ...]
    compare-npy.py --outputs N A.npy B.npy

The second form compares every output of a model with N outputs, written
as slice-run run and slice-onnx-cv write them: A.npy itself for N = 1, else
A.<name>.npy for each output name; both sides must hold the same N names.

Each pair must have equal shapes, finite values and
    max|a - b| <= tol * max(1, max|b|)        (tol = 1e-4; --tol)
The numbers are printed; the exit status is 1 when any pair fails.
"""
import argparse
import glob
import os
import sys

import numpy as np


def outputs(path, count):
    if count == 1:
        return {"": path}
    stem = path[:-4] if path.endswith(".npy") else path
    found = {}
    for f in glob.glob(glob.escape(stem) + ".*.npy"):
        found[f[len(stem) + 1:-4]] = f
    return found


def compare(a_path, b_path, tol):
    a = np.load(a_path)
    b = np.load(b_path)
    what = f"{a_path} vs {b_path}"
    if a.dtype != np.float32 or b.dtype != np.float32:
        print(f"FAIL {what}: dtypes {a.dtype}, {b.dtype} (float32 expected)")
        return False
    if a.shape != b.shape:
        print(f"FAIL {what}: shapes {a.shape} and {b.shape}")
        return False
    if not (np.isfinite(a).all() and np.isfinite(b).all()):
        print(f"FAIL {what}: non-finite values")
        return False
    diff = float(np.max(np.abs(a.astype(np.float64) - b))) if a.size else 0.0
    peak = float(np.max(np.abs(b))) if b.size else 0.0
    bound = tol * max(1.0, peak)
    ok = diff <= bound
    print(f"{'ok' if ok else 'FAIL'} {what}: shape {a.shape} max|a-b| {diff:.3e} "
          f"max|b| {peak:.3e} bound {bound:.3e}")
    return ok


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--tol", type=float, default=1e-4)
    parser.add_argument("--outputs", type=int, default=0,
                        help="compare all N outputs of A.npy and B.npy")
    args = parser.parse_args()
    if args.outputs:
        if len(args.files) != 2:
            parser.error("--outputs takes A.npy B.npy")
        a = outputs(args.files[0], args.outputs)
        b = outputs(args.files[1], args.outputs)
        if sorted(a) != sorted(b) or len(a) != args.outputs:
            print(f"FAIL expected {args.outputs} outputs on both sides, got "
                  f"{sorted(a)} and {sorted(b)}")
            return 1
        pairs = [(a[k], b[k]) for k in sorted(a)]
    else:
        if len(args.files) % 2:
            parser.error("give files in pairs: A B [A B ...]")
        pairs = list(zip(args.files[::2], args.files[1::2]))
    ok = True
    for a_path, b_path in pairs:
        if not (os.path.exists(a_path) and os.path.exists(b_path)):
            print(f"FAIL {a_path} vs {b_path}: missing file")
            ok = False
            continue
        ok &= compare(a_path, b_path, args.tol)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
