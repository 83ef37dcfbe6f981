"""Writes tiny CIFAR-10/100 binary files and a slice dataset into argv[1]."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "python"))
from slice.data import write_dataset  # noqa: E402

out = sys.argv[1]
rng = np.random.default_rng(0)


def records(n, label_bytes):
    rows = []
    for _ in range(n):
        labels = [rng.integers(0, 20), rng.integers(0, 100)] if label_bytes == 2 \
            else [rng.integers(0, 10)]
        rows.append(bytes(labels) + rng.integers(0, 256, 3072, dtype=np.uint8).tobytes())
    return b"".join(rows)


for i in range(1, 6):
    open(f"{out}/c10/data_batch_{i}.bin", "wb").write(records(50, 1))
open(f"{out}/c10/test_batch.bin", "wb").write(records(50, 1))
open(f"{out}/c100/train.bin", "wb").write(records(60, 2))
open(f"{out}/c100/test.bin", "wb").write(records(30, 2))
write_dataset(f"{out}/own.slds", rng.random((40, 2, 6, 6)), rng.integers(0, 3, 40), classes=3)
bad = rng.random((10, 2, 6, 6))
bad[3, 1, 2, 4] = np.nan
write_dataset(f"{out}/nan.slds", bad, rng.integers(0, 3, 10), classes=3)
