"""Writes datasets in slice's own format (docs/data.md) for `--data=tensor:FILE`."""
import os
import struct

import numpy as np

MAGIC = b"SLICEDS1"


def write_dataset(path, images, labels, classes, coarse_labels=None):
    """images: N x C x H x W floats in [0, 1]; labels: N ints in [0, classes)."""
    images = np.ascontiguousarray(images, dtype="<f4")
    labels = np.ascontiguousarray(labels, dtype="<i8")
    if images.ndim != 4:
        raise ValueError(f"images must be N x C x H x W, got shape {images.shape}")
    n = images.shape[0]
    if labels.shape != (n,):
        raise ValueError(f"{n} images but labels of shape {labels.shape}")
    if n and (labels.min() < 0 or labels.max() >= classes):
        raise ValueError(f"labels must lie in [0, {classes})")
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<6q", n, *images.shape[1:], classes,
                            0 if coarse_labels is None else 1))
        f.write(images.tobytes())
        f.write(labels.tobytes())
        if coarse_labels is not None:
            f.write(np.ascontiguousarray(coarse_labels, dtype="<i8").tobytes())
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
