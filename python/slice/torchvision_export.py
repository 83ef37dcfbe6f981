"""Exports torchvision models to ONNX with reference outputs from PyTorch eager.

Run with Debian's interpreter (/usr/bin/python3), which sees python3-torch,
python3-torchvision and python3-onnx:

    /usr/bin/python3 -m slice.torchvision_export resnet18 --opset 13 --out DIR

writes DIR/<name>.onnx, DIR/<name>.input.npy and DIR/<name>.output.npy
(eval-mode outputs of the same random weights, fixed seed).
"""
import argparse
import os
import sys

# Input size per model: small enough for CI, large enough for every pooling
# stage (Inception v3 needs at least 75x75).
MODELS = {
    "resnet18": 64,
    "resnet50": 64,
    "resnext50_32x4d": 64,
    "wide_resnet50_2": 64,
    "inception_v3": 80,
    "googlenet": 64,
    "densenet121": 64,
    "mobilenet_v2": 64,
    "squeezenet1_1": 64,
}


def build(name):
    import torchvision

    ctor = getattr(torchvision.models, name)
    kwargs = {"weights": None}
    if name in ("inception_v3", "googlenet"):
        # No auxiliary classifiers: eval mode does not return them anyway.
        kwargs.update(aux_logits=False, init_weights=True)
    return ctor(**kwargs)


def randomize_batchnorm(model, gen, size):
    """Realistic, non-trivial BatchNorm state: affine parameters drawn at
    random, running statistics measured on random images (so activations
    stay O(1) through the depth, as in a trained network) and then
    perturbed, so that folding or misreading any of them shows."""
    import torch

    bns = [m for m in model.modules() if isinstance(m, torch.nn.BatchNorm2d)]
    with torch.no_grad():
        for m in bns:
            m.weight.copy_(torch.rand(m.weight.shape, generator=gen) + 0.5)
            m.bias.copy_(torch.randn(m.bias.shape, generator=gen) * 0.1)
            m.reset_running_stats()
            m.momentum = None  # cumulative average over the calibration
        model.train()
        for _ in range(2):
            model(torch.randn(4, 3, size, size, generator=gen))
        for m in bns:
            m.running_mean.add_(torch.randn(m.running_mean.shape, generator=gen) * 0.05)
            m.running_var.mul_(torch.rand(m.running_var.shape, generator=gen) * 0.4 + 0.8)
            m.momentum = 0.1


def export(name, opset, out_dir, mode="eval", batch=2, seed=0, size=None):
    import numpy as np
    import torch

    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    model = build(name)
    size = size or MODELS[name]
    randomize_batchnorm(model, gen, size)
    model.eval()
    x = torch.randn(batch, 3, size, size, generator=gen)
    with torch.no_grad():
        y = model(x)
    stem = os.path.join(out_dir, name if mode == "eval" else name + ".train")
    training = (torch.onnx.TrainingMode.EVAL if mode == "eval"
                else torch.onnx.TrainingMode.PRESERVE)
    # PRESERVE on an eval-mode model keeps BatchNormalization nodes (no
    # folding into Conv) while the outputs stay the eval-mode outputs.
    torch.onnx.export(model, x, stem + ".onnx", opset_version=opset,
                      training=training,
                      do_constant_folding=(mode == "eval"),
                      input_names=["input"], output_names=["logits"])
    np.save(stem + ".input.npy", x.numpy())
    np.save(stem + ".output.npy", y.numpy())
    return stem


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="+", help="torchvision names or 'all'")
    parser.add_argument("--opset", type=int, default=13)
    parser.add_argument("--mode", choices=["eval", "train"], default="eval",
                        help="train: keep BatchNormalization (no folding)")
    parser.add_argument("--batch", type=int, default=2)
    parser.add_argument("--size", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=".")
    args = parser.parse_args(argv)
    names = list(MODELS) if args.models == ["all"] else args.models
    for name in names:
        if name not in MODELS:
            sys.exit(f"unknown model '{name}'; known: {', '.join(MODELS)}")
    os.makedirs(args.out, exist_ok=True)
    for name in names:
        print(export(name, args.opset, args.out, args.mode, args.batch,
                     args.seed, args.size) + ".onnx")


if __name__ == "__main__":
    main()
