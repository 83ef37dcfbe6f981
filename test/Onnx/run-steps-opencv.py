"""Runs the ONNX graphs of anytime steps 1..K in OpenCV, state to state.

    run-steps-opencv.py --input x.npy --out DIR step1.onnx ... stepK.onnx

Step k is fed the image (graph input "input") and every state input it
declares, from the files step k-1 wrote: slice-onnx-cv writes output NAME of
step k as DIR/y<k>.NAME.npy (DIR/y<k>.npy for a step with one output). The
contract checked on the way: step 1 takes the image alone, each later step's
state inputs are outputs of the step before it, and the last step returns no
state. Prints each step's outputs; exits 1 on a broken contract.
"""
import argparse
import os
import subprocess
import sys

import onnx


def graph_io(path):
    graph = onnx.load(path, load_external_data=False).graph
    weights = {t.name for t in graph.initializer}
    inputs = [v.name for v in graph.input if v.name not in weights]
    return inputs, [v.name for v in graph.output]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--tool", default="slice-onnx-cv")
    parser.add_argument("steps", nargs="+")
    args = parser.parse_args()

    previous = {}  # state name -> file written by the step before
    for k, path in enumerate(args.steps, start=1):
        inputs, outputs = graph_io(path)
        feed = []
        for name in inputs:
            if name == "input":
                feed.append("input=" + args.input)
            elif name in previous:
                feed.append(name + "=" + previous[name])
            else:
                sys.exit("step %d reads '%s', which step %d did not return" %
                         (k, name, k - 1))
        if k == 1 and inputs != ["input"]:
            sys.exit("step 1 takes %s, not the image alone" % inputs)
        states = [o for o in outputs if o.startswith("state.")]
        if k == len(args.steps) and states:
            sys.exit("the last step returns state %s" % states)
        stem = os.path.join(args.out, "y%d" % k)
        command = [args.tool, path, "--output", stem + ".npy"]
        for f in feed:
            command += ["--input", f]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        print("step %d: in %s out %s" % (k, " ".join(inputs), " ".join(outputs)))
        previous = {o: (stem + ".npy" if len(outputs) == 1 else
                        "%s.%s.npy" % (stem, o)) for o in states}


if __name__ == "__main__":
    main()
