"""Writes a random training set and a random input batch for export checks.

make-inputs.py DATA.slds X.npy --shape C,H,W --classes K [--images N] [--batch B]

DATA.slds: N images in [0, 1] with labels in [0, K) (slice's own format,
for `slice-run train --data=tensor:DATA.slds`); X.npy: a B x C x H x W
float32 batch in [0, 1], raw like the dataset's images.
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "python"))
from slice.data import write_dataset  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("data")
parser.add_argument("x")
parser.add_argument("--shape", required=True)
parser.add_argument("--classes", type=int, required=True)
parser.add_argument("--images", type=int, default=256)
parser.add_argument("--batch", type=int, default=3)
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()

shape = tuple(int(d) for d in args.shape.split(","))
rng = np.random.default_rng(args.seed)
write_dataset(args.data, rng.random((args.images,) + shape),
              rng.integers(0, args.classes, args.images), classes=args.classes)
np.save(args.x, rng.random((args.batch,) + shape).astype(np.float32))
