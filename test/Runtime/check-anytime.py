"""Checks slice-run's anytime answers against the steps grown one by one.

  check-anytime.py ANSWERS.npy --grown G1.npy G2.npy ... POLICY

ANSWERS.npy holds each image's answering logits, ANSWERS.step.npy the step
it stopped at; Gk.npy the logits of `slice-run run --grow k` (every image
grown to step k). The policy decides where each image must stop:
  --step S            every image at step S
  --confidence C      the first step whose max softmax reaches C
  --thresholds T.json per step k, the first whose max softmax reaches t[k-1]
The answer must be that step's logits (to 1e-5) and the step recorded.
"""
import argparse
import json
import sys

import numpy as np


def softmax_max(logits):
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z.astype(np.float64))
    return (e / e.sum(axis=1, keepdims=True)).max(axis=1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("answers")
    p.add_argument("--grown", nargs="+", required=True)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--step", type=int)
    g.add_argument("--confidence", type=float)
    g.add_argument("--thresholds")
    p.add_argument("--last", type=int, default=0,
                   help="no image goes past this step (a budget)")
    a = p.parse_args()

    answers = np.load(a.answers)
    steps = np.load(a.answers[:-4] + ".step.npy").astype(np.int64)
    grown = [np.load(f) for f in a.grown]
    n, K = answers.shape[0], len(grown)
    last = a.last or K
    if a.step:
        expected = np.full(n, a.step)
    else:
        if a.thresholds:
            with open(a.thresholds) as f:
                t = json.load(f)["thresholds"]
        else:
            t = [a.confidence] * K
        conf = np.stack([softmax_max(g) for g in grown], axis=1)
        expected = np.full(n, last)
        for i in range(n):
            for k in range(1, last + 1):
                # A confidence at its threshold within float rounding may go
                # either way; such images are checked against either step.
                if conf[i, k - 1] >= t[k - 1]:
                    expected[i] = k
                    break
    bad = []
    for i in range(n):
        want = [expected[i]]
        if not a.step:
            near = [k for k in range(1, last + 1)
                    if abs(conf[i, k - 1] - t[k - 1]) < 1e-6]
            want += near
        if steps[i] not in want:
            bad.append(f"image {i}: stopped at step {steps[i]}, expected {expected[i]}")
            continue
        diff = np.abs(answers[i] - grown[steps[i] - 1][i]).max()
        if diff > 1e-5:
            bad.append(f"image {i}: logits differ from step {steps[i]} grown by {diff}")
    if bad:
        print("\n".join(bad[:10]))
        sys.exit(1)
    hist = np.bincount(steps, minlength=K + 1)[1:]
    print("ok: %d images, stopping at steps %s" % (n, " ".join(map(str, hist))))


main()
