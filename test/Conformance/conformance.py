"""The conformance matrix: one model in every anytime form, every
sub-network k, every backend, on trained weights.

    conformance.py --name NAME --model MODEL(.mlir|.onnx) --work DIR
                   --shape C,H,W --classes N --forms plain,I=2,IS=2,exits=2,hier=2

For each form the plain model is transformed with slice-opt (an .onnx
import is raised first), trained a few steps on random data with slice-run,
and run by every backend on one input batch:

  libtorch      slice-run run: the whole model, every head in one pass (the
                reference; the I form runs one pass per sub-network)
  libtorch-k    slice-run run --subnet k: sub-network k extracted
  mlir-cpu      slice-run run --subnet k --backend mlir-cpu: the code
                --slice-to-llvm-cpu generates for sub-network k
  onnx-opencv   slice-translate --export-onnx, run by OpenCV's DNN module
                (slice-onnx-cv): every head of the exported graph

Every output of sub-network k (each label level with hierarchical heads)
must equal the reference to 1e-4 relative: max|a - b| <= 1e-4 max(1, max|b|).
Prints one row per cell and a closing "N passed, N failed" line; a failing
cell is named "FAIL <model> <form> k=<k> <backend>". Exits 1 when a cell
fails. --inject-error FORM:K:BACKEND perturbs one cell, to show that the
matrix catches a wrong answer.
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "python"))
from slice.data import write_dataset  # noqa: E402

BACKENDS = ["libtorch-k", "mlir-cpu", "onnx-opencv"]


def run(cmd, log):
    start = time.time()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)
    log.write("$ " + " ".join(cmd) + f"  ({time.time() - start:.1f} s)\n")
    log.write(proc.stdout)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout)
        raise SystemExit(f"error: {' '.join(cmd)} exited with {proc.returncode}")
    return proc.stdout


def outputs(prefix):
    """The .npy files written for --output PREFIX.npy, by output name."""
    found = {}
    for path in glob.glob(prefix + "*.npy"):
        rest = os.path.basename(path)[len(os.path.basename(prefix)):-len(".npy")]
        found[rest[1:] if rest else "logits"] = np.load(path)
    return found


def level_of(name):
    m = re.search(r"\.l(\d+)$", name)
    return int(m.group(1)) if m else 1


def reference_name(k, level, subnets):
    if subnets == 1 and level == 1:
        return "logits"
    name = f"logits.k{k}"
    return name + (f".l{level}" if level > 1 else "")


def by_level(found):
    """Outputs of one sub-network, by label level."""
    return {level_of(name): a for name, a in found.items()}


def write_taxonomy(path, classes):
    with open(path, "w") as f:
        f.write("# conformance: every class under one of 5 groups\n")
        for c in range(classes):
            f.write(f"class{c}: group{c % 5}\n")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--name", required=True)
    p.add_argument("--model", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--shape", required=True)
    p.add_argument("--classes", type=int, required=True)
    p.add_argument("--forms", default="plain,I=2,IS=2,exits=2,hier=2")
    p.add_argument("--taxonomy", help="for hier (default: a generated one)")
    p.add_argument("--steps", type=int, default=3)
    p.add_argument("--inject-error", default="")
    args = p.parse_args()

    os.makedirs(args.work, exist_ok=True)
    log = open(os.path.join(args.work, "log.txt"), "w")
    shape = tuple(int(d) for d in args.shape.split(","))
    rng = np.random.default_rng(0)
    data = os.path.join(args.work, "data.slds")
    write_dataset(data, rng.random((64,) + shape),
                  rng.integers(0, args.classes, 64), classes=args.classes)
    x = os.path.join(args.work, "x.npy")
    np.save(x, rng.random((3,) + shape).astype(np.float32))

    plain = args.model
    if plain.endswith(".onnx"):
        plain = os.path.join(args.work, "raised.mlirbc")
        run(["slice-opt", args.model, "--slice-raise-branches", "-emit-bytecode",
             "-o", plain], log)
    taxonomy = args.taxonomy
    if not taxonomy:
        taxonomy = os.path.join(args.work, "taxonomy.txt")
        write_taxonomy(taxonomy, args.classes)
    inject = tuple(args.inject_error.split(":")) if args.inject_error else None

    rows, failed = [], []
    for spec in args.forms.split(","):
        form, _, k_text = spec.partition("=")
        K = int(k_text) if k_text else 1
        passes = {"plain": [], "I": [f"--inclusive=K={K}"],
                  "IS": [f"--inclusive-sparse=K={K}", "--verify-interruptible"],
                  "exits": [f"--shallow-exits=K={K}"],
                  "hier": [f"--inclusive-sparse=K={K}",
                           f"--hierarchical-heads=taxonomy={taxonomy}"]}[form]
        d = os.path.join(args.work, form)
        os.makedirs(d, exist_ok=True)
        model = os.path.join(d, "model.mlirbc")
        run(["slice-opt", plain, *passes, "-emit-bytecode", "-o", model], log)
        trained = os.path.join(d, "trained.mlirbc")
        run(["slice-run", "train", model, f"--data=tensor:{data}",
             "--max-steps", str(args.steps), "--train-images", "48",
             "--validation", "16", "--batch", "16", "--lr", "0.02",
             "--threads", "1",
             "--no-progress", "-o", trained], log)
        run(["slice-run", "run", trained, "--threads", "1", "--input", x,
             "--output", os.path.join(d, "ref.npy")], log)
        ref = outputs(os.path.join(d, "ref"))
        onnx = os.path.join(d, "model.onnx")
        run(["slice-translate", "--export-onnx", trained, "-o", onnx], log)
        run(["slice-onnx-cv", onnx, "--input", x, "--output",
             os.path.join(d, "cv.npy")], log)
        cv = outputs(os.path.join(d, "cv"))
        for k in range(1, K + 1):
            got = {}
            for backend, extra in (("libtorch-k", []),
                                   ("mlir-cpu", ["--backend", "mlir-cpu"])):
                prefix = os.path.join(d, f"{backend}.k{k}")
                run(["slice-run", "run", trained, "--subnet", str(k),
                     "--threads", "1", *extra, "--input", x,
                     "--output", prefix + ".npy"], log)
                got[backend] = by_level(outputs(prefix))
            got["onnx-opencv"] = {}
            for name, a in cv.items():
                m = re.match(r"logits(?:\.k(\d+))?", name)
                if int(m.group(1) or 1) == k:
                    got["onnx-opencv"][level_of(name)] = a
            for backend in BACKENDS:
                for level in sorted(set(got[backend]) | {1}):
                    name = reference_name(k, level, K)
                    b = ref.get(name)
                    a = got[backend].get(level)
                    cell = f"{args.name} {form} k={k} {backend}" + (
                        f" level={level}" if level > 1 else "")
                    if a is None or b is None:
                        failed.append(cell)
                        rows.append(f"FAIL {cell}: output {name} missing")
                        continue
                    if inject == (form, str(k), backend):
                        a = a.copy()
                        a.flat[0] += 2e-3 * max(1.0, float(np.abs(b).max()))
                    if a.shape != b.shape:
                        failed.append(cell)
                        rows.append(f"FAIL {cell}: shape {a.shape} vs {b.shape}")
                        continue
                    diff = float(np.abs(a.astype(np.float64) - b).max())
                    bound = 1e-4 * max(1.0, float(np.abs(b).max()))
                    ok = diff <= bound
                    if not ok:
                        failed.append(cell)
                    rows.append(f"{'ok  ' if ok else 'FAIL'} {cell}: max|a-b| "
                                f"{diff:.3e} bound {bound:.3e}")
    for row in rows:
        print(row)
    print(f"{len(rows) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
