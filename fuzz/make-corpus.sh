#!/usr/bin/env bash
# Regenerates the committed seed corpora in fuzz/corpus/ with slice's own
# tools (from BUILD/bin, default build/) and Debian's python3: small valid
# inputs of every format and form, and the malformed ones the tests use.
#   bash fuzz/make-corpus.sh [BUILD]
# Re-run it when a format changes and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-build}")/bin
PY=/usr/bin/python3
OUT=fuzz/corpus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -rf "$OUT"
mkdir -p "$OUT"/{npy,dataset,checkpoint,mlir,onnx,pass-options}

# .mlir: tiny zoo models, their anytime forms, lowered forms, a trained model
# (stored values), and every split of the dialect's own tests.
zoo() { "$BIN/slice-zoo" "$@" --classes=10; }
zoo resnext-cifar --blocks=3 --width=4 --bottleneck=1 --cardinality=4 --in-channels=1 --image-size=28 -o "$tmp/resnext.mlir"
zoo resnext-imagenet --blocks=4 --width=4 --bottleneck=1 --cardinality=3 --image-size=32 --batch=2 -o "$OUT/mlir/resnext-imagenet.mlir"
zoo densenet-bc --layers=1 --growth=4 --cardinality=2 --image-size=8 -o "$OUT/mlir/densenet.mlir"
zoo inception --blocks=3 --width=2 --stem-width=4 --cardinality=2 --image-size=8 -o "$OUT/mlir/inception.mlir"
cp "$tmp/resnext.mlir" "$OUT/mlir/resnext.mlir"
opt() { "$BIN/slice-opt" "$tmp/resnext.mlir" "$@"; }
opt --inclusive-sparse=K=2 -o "$OUT/mlir/is.mlir"
opt --inclusive=K=2 -o "$OUT/mlir/i.mlir"
opt --shallow-exits=K=2 -o "$OUT/mlir/exits.mlir"
opt --hierarchical-heads=taxonomy=taxonomies/fashion-mnist.txt -o "$OUT/mlir/hierarchical.mlir"
opt --inclusive-sparse=K=2 --slice-flatten-blocks -o "$OUT/mlir/flat.mlir"
opt --inclusive-sparse=K=2 --anytime-steps -o "$OUT/mlir/steps.mlir"
"$PY" - "$OUT/mlir" test/Dialect/ops.mlir test/Dialect/invalid.mlir <<'PY'
import os, sys
out = sys.argv[1]
for path in sys.argv[2:]:
    stem = os.path.splitext(os.path.basename(path))[0]
    for i, part in enumerate(open(path).read().split("// -----")):
        with open(os.path.join(out, "%s-%02d.mlir" % (stem, i)), "w") as f:
            f.write(part)
PY

# A trained model and its checkpoint (Fashion-MNIST, a few steps).
"$BIN/slice-run" train "$OUT/mlir/is.mlir" --train-images=96 --validation=32 --batch=32 --epochs=1 \
  --checkpoint="$tmp/run.ckpt" -o "$tmp/trained.mlir" --no-progress > /dev/null
cp "$tmp/trained.mlir" "$OUT/mlir/trained.mlir"

# Checkpoints: the first byte 0 keeps the file as it is, 1 re-seals the rest
# with a valid CRC-32 (checkpoint-fuzzer.cpp).
"$PY" - "$tmp/run.ckpt" "$OUT/checkpoint" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
out = sys.argv[2]
open(out + "/trained", "wb").write(b"\0" + data)
open(out + "/trained-sealed", "wb").write(b"\1" + data[:-4])
open(out + "/v2", "wb").write(b"\1" + b"SLICECK2" + data[8:-4])
open(out + "/truncated", "wb").write(b"\0" + data[:100])
# An empty tensor (shape [0]): the reader once passed a null pointer to
# memcpy for it (found by this fuzzer).
u64 = lambda v: struct.pack("<Q", v)
text = lambda s: u64(len(s)) + s
body = b"SLICECK3" + u64(1) + u64(2) + text(b"") + text(b"cfg") + u64(1) + \
    text(b"empty") + u64(1) + u64(0) + u64(0)
open(out + "/empty-tensor", "wb").write(b"\1" + body)
PY

# ONNX: every op the importer reads, the malformed models of the import
# tests, and the trained model exported whole and as anytime steps.
"$PY" test/Onnx/make-op-models.py "$tmp/ops" > /dev/null
"$PY" test/Onnx/make-bad-models.py "$tmp/bad" > /dev/null
for f in "$tmp"/ops/*.onnx "$tmp"/bad/*.onnx; do
  [ "$(stat -c %s "$f")" -le 65536 ] && cp "$f" "$OUT/onnx/$(basename "$(dirname "$f")")-$(basename "$f")"
done
"$BIN/slice-translate" --export-onnx "$tmp/trained.mlir" -o "$OUT/onnx/trained.onnx"
"$BIN/slice-translate" --export-onnx --onnx-step=2 "$tmp/trained.mlir" -o "$OUT/onnx/trained-step2.onnx"
cp "$tmp"/ops/conv*.input.npy "$OUT/npy/" 2>/dev/null || true

# .npy and datasets.
"$PY" - "$OUT" <<'PY'
import gzip, io, struct, sys
import numpy as np
out = sys.argv[1]

def npy(name, array, version=None):
    buf = io.BytesIO()
    if version:
        np.lib.format.write_array(buf, array, version=version)
    else:
        np.save(buf, array)
    open("%s/npy/%s.npy" % (out, name), "wb").write(buf.getvalue())

rng = np.random.default_rng(0)
npy("batch", rng.random((2, 1, 4, 4), dtype=np.float32))
npy("batch-v2", rng.random((1, 3, 2, 2), dtype=np.float32), version=(2, 0))
npy("fortran", np.asfortranarray(rng.random((1, 1, 3, 2), dtype=np.float32)))
npy("float64", rng.random((1, 1, 2, 2)))
npy("big-endian", rng.random((1, 1, 2, 2)).astype(">f4"))
npy("empty", np.zeros((0, 1, 2, 2), np.float32))
npy("rank2", rng.random((3, 4), dtype=np.float32))

def dataset(name, selector, payload):
    open("%s/dataset/%s" % (out, name), "wb").write(bytes([selector]) + payload)

def tensor(count, classes, coarse):
    images = rng.random((count, 1, 4, 4), dtype=np.float32)
    labels = np.arange(count, dtype=np.int64) % classes
    head = b"SLICEDS1" + struct.pack("<6q", count, 1, 4, 4, classes, int(coarse))
    body = images.tobytes() + labels.tobytes()
    if coarse:
        body += (labels // 2).tobytes()
    return head + body

dataset("tensor", 0, tensor(3, 3, False))
dataset("tensor-coarse", 0, tensor(2, 4, True))

def idx(count, rows, cols):
    images = struct.pack(">4I", 0x803, count, rows, cols) + bytes(range(count * rows * cols))
    labels = struct.pack(">2I", 0x801, count) + bytes(i % 10 for i in range(count))
    return images, labels

def idx_seed(name, images, labels):
    rest = len(images) + len(labels)
    cut = next(b for b in range(256) if rest * b // 255 == len(images))
    dataset(name, 1, bytes([cut]) + images + labels)

images, labels = idx(2, 4, 4)
idx_seed("idx", images, labels)
idx_seed("idx-gzip", gzip.compress(images, mtime=0), gzip.compress(labels, mtime=0))
record10 = lambda label: bytes([label]) + bytes(3072)
dataset("cifar10", 2, record10(3) + record10(9))
record100 = lambda coarse, fine: bytes([coarse, fine]) + bytes(3072)
dataset("cifar100", 3, record100(4, 42) + record100(19, 99))
PY

# Pass pipelines: the first byte picks the model (0 ResNeXt CIFAR, 1 ResNeXt
# ImageNet style, 2 DenseNet-BC; pass-options-fuzzer.cpp).
seed() { printf "\\x0$1%s" "$2" > "$OUT/pass-options/$3"; }
seed 0 'inclusive-sparse{K=2},slice-flatten-blocks,slice-fuse-branches,slice-materialise-params' is-lowered
seed 1 'inclusive{K=3},extract-subnet{k=2}' i-extract
seed 2 'shallow-exits{K=2},anytime-steps' exits-steps
seed 0 'slice-flops{print-table=false},verify-interruptible' flops
seed 0 'hierarchical-heads{taxonomy=taxonomies/fashion-mnist.txt},inclusive-sparse{K=2}' hierarchical
seed 1 'slice-flatten-blocks,slice-raise-branches{cardinality=4}' raise
seed 2 'inclusive-sparse{K=2},anytime-steps,slice-flatten-blocks' dense-steps

du -sh "$OUT"/*
