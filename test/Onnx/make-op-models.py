"""Writes small ONNX graphs that exercise every op and attribute form the
importer handles, each with an input and the reference output computed by
PyTorch's functional ops (an implementation independent of slice).

    make-op-models.py OUT_DIR

For each case NAME: NAME.onnx, NAME.input.npy, NAME.output.npy.
"""
import os
import sys

import numpy as np
import onnx
import torch
import torch.nn.functional as F
from onnx import TensorProto, helper, numpy_helper

rng = np.random.default_rng(0)


def rand(*shape, scale=0.5):
    return (rng.standard_normal(shape) * scale).astype(np.float32)


def t(a):
    return torch.from_numpy(np.asarray(a))


class Case:
    def __init__(self, name, opset, shape=(2, 3, 8, 8)):
        self.name, self.opset, self.nodes, self.inits = name, opset, [], []
        self.x = rand(*shape, scale=1.0)
        self.shape = shape

    def init(self, name, value):
        self.inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(self, op, inputs, outputs, **attrs):
        self.nodes.append(helper.make_node(op, inputs, outputs,
                                           name=f"{op.lower()}{len(self.nodes)}", **attrs))
        return outputs[0]

    def save(self, out, reference, model_hook=None):
        with torch.no_grad():
            y = reference(t(self.x)).numpy()
        graph = helper.make_graph(
            self.nodes, self.name,
            [helper.make_tensor_value_info("x", TensorProto.FLOAT, list(self.shape))],
            [helper.make_tensor_value_info("y", TensorProto.FLOAT, list(y.shape))],
            self.inits)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", self.opset)])
        model.ir_version = 7
        if model_hook:
            model_hook(model)
        stem = os.path.join(out, self.name)
        onnx.save(model, stem + ".onnx")
        onnx.checker.check_model(stem + ".onnx")
        np.save(stem + ".input.npy", self.x)
        np.save(stem + ".output.npy", y)


def mlp(out):
    """Flatten, MatMul + Add (PyTorch's Linear without Gemm), Gemm with
    transB = 0, alpha and beta."""
    c = Case("mlp", 13)
    w1, b1, w2, b2 = rand(192, 16), rand(16), rand(16, 5), rand(5)
    h = c.node("Flatten", ["x"], ["f"], axis=1)
    h = c.node("MatMul", [h, c.init("w1", w1)], ["m"])
    h = c.node("Add", [h, c.init("b1", b1)], ["a"])
    h = c.node("Relu", [h], ["r"])
    c.node("Gemm", [h, c.init("w2", w2), c.init("b2", b2)], ["y"], alpha=0.5, beta=2.0)
    c.save(out, lambda x: 0.5 * (F.relu(x.flatten(1) @ t(w1) + t(b1)) @ t(w2)) + 2.0 * t(b2))


def reshape_chain(out):
    """The Shape -> Gather -> Unsqueeze -> Concat -> Reshape chain of
    `x.view(x.size(0), -1)`, at opset 11 (Unsqueeze axes as an attribute)
    and 13 (as an input)."""
    for opset in (11, 13):
        c = Case(f"reshape-chain-{opset}", opset)
        w, fc = rand(4, 3, 3, 3), rand(10, 256)
        y = c.node("Conv", ["x", c.init("w", w)], ["c"], pads=[1, 1, 1, 1])
        s = c.node("Shape", [y], ["s"])
        n = c.node("Gather", [s, c.init("zero", np.array(0, np.int64))], ["n"], axis=0)
        if opset < 13:
            n1 = c.node("Unsqueeze", [n], ["n1"], axes=[0])
        else:
            n1 = c.node("Unsqueeze", [n, c.init("ax", np.array([0], np.int64))], ["n1"])
        shape = c.node("Concat", [n1, c.init("minus1", np.array([-1], np.int64))], ["shape"], axis=0)
        r = c.node("Reshape", [y, shape], ["r"])
        c.node("Gemm", [r, c.init("fc", fc)], ["y"], transB=1)
        c.save(out, lambda x: F.conv2d(x, t(w), padding=1).flatten(1) @ t(fc).T)


def pads_and_pools(out):
    """Pad folded into AveragePool (count_include_pad) and Conv, auto_pad,
    MaxPool with ceil_mode and dilation, AveragePool without counting pads,
    GlobalAveragePool, Concat along channels."""
    c = Case("pads-and-pools", 13, shape=(2, 3, 9, 9))
    w1, w2 = rand(4, 3, 3, 3), rand(4, 3, 3, 3)
    p = c.node("Pad", ["x", c.init("pads", np.array([0, 0, 1, 1, 0, 0, 1, 1], np.int64))], ["p"])
    a = c.node("AveragePool", [p], ["a"], kernel_shape=[3, 3])
    k = c.node("Conv", [p, c.init("w1", w1)], ["k"], auto_pad="VALID")
    s = c.node("Conv", ["x", c.init("w2", w2)], ["s"], auto_pad="SAME_UPPER", strides=[2, 2])
    m = c.node("MaxPool", [k], ["m"], kernel_shape=[2, 2], strides=[2, 2], ceil_mode=1)
    d = c.node("MaxPool", [a], ["d"], kernel_shape=[2, 2], dilations=[2, 2], pads=[1, 1, 1, 1], strides=[2, 2])
    q = c.node("AveragePool", ["x"], ["q"], kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1])
    cat = c.node("Concat", [m, s, d, q], ["cat"], axis=1)
    g = c.node("GlobalAveragePool", [cat], ["g"])
    c.node("Flatten", [g], ["y"])

    def ref(x):
        xp = F.pad(x, (1, 1, 1, 1))
        a = F.avg_pool2d(xp, 3, stride=1)
        k = F.conv2d(xp, t(w1))
        # SAME_UPPER with stride 2 on 9x9, kernel 3: total padding 2, split 1/1.
        s = F.conv2d(x, t(w2), stride=2, padding=1)
        m = F.max_pool2d(k, 2, stride=2, ceil_mode=True)
        d = F.max_pool2d(a, 2, stride=2, padding=1, dilation=2)
        q = F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False)
        return torch.cat([m, s, d, q], 1).mean((2, 3))
    c.save(out, ref)


def clip_dropout_identity(out):
    """Opset 10: Clip with min/max attributes, Dropout, an initializer
    shared through Identity by two convolutions (PyTorch's de-duplication),
    BatchNormalization with ONNX momentum."""
    c = Case("clip-dropout-identity", 10)
    w, g, b, mu, var = rand(3, 3, 1, 1), rand(3) + 1, rand(3), rand(3), np.abs(rand(3)) + 0.5
    c.init("w", w)
    c.node("Identity", ["w"], ["w_alias"])
    y = c.node("Conv", ["x", "w"], ["c1"])
    y = c.node("BatchNormalization", [y, c.init("g", g), c.init("b", b), c.init("mu", mu),
                                      c.init("var", var)], ["bn"], epsilon=1e-3, momentum=0.8)
    y = c.node("Clip", [y], ["cl"], min=-0.5, max=1.5)
    y = c.node("Dropout", [y], ["dr"], ratio=0.3)
    c.node("Conv", [y, "w_alias"], ["y"])

    def ref(x):
        y = F.conv2d(x, t(w))
        y = F.batch_norm(y, t(mu), t(var), t(g), t(b), eps=1e-3)
        return F.conv2d(y.clamp(-0.5, 1.5), t(w))
    c.save(out, ref)


def clip_inputs_relu6(out):
    """Opset 13: Clip with min/max as Constant inputs (ReLU6), a one-sided
    Clip, grouped and depthwise convolutions with bias, Add."""
    c = Case("clip-relu6-groups", 13, shape=(2, 4, 6, 6))
    w1, b1, w2 = rand(8, 2, 3, 3), rand(8), rand(8, 1, 3, 3)
    lo = c.node("Constant", [], ["lo"], value=numpy_helper.from_array(np.array(0, np.float32)))
    hi = c.node("Constant", [], ["hi"], value_float=6.0)
    y = c.node("Conv", ["x", c.init("w1", w1), c.init("b1", b1)], ["g"], group=2, pads=[1, 1, 1, 1])
    y = c.node("Clip", [y, lo, hi], ["r6"])
    z = c.node("Conv", [y, c.init("w2", w2)], ["dw"], group=8, pads=[1, 1, 1, 1])
    z = c.node("Clip", [z, "", hi], ["upper"])
    c.node("Add", [y, z], ["y"])

    def ref(x):
        y = F.conv2d(x, t(w1), t(b1), groups=2, padding=1).clamp(0, 6)
        return y + F.conv2d(y, t(w2), groups=8, padding=1).clamp(max=6)
    c.save(out, ref)


def external_data(out):
    """Weights in an external-data file next to the model."""
    c = Case("external-data", 13)
    w, b = rand(5, 3, 3, 3), rand(5)
    c.node("Conv", ["x", c.init("w", w), c.init("b", b)], ["y"], strides=[2, 2])

    def hook(model):
        offset = 0
        with open(os.path.join(out, "external-data.weights"), "wb") as f:
            for tensor in model.graph.initializer:
                data = tensor.raw_data or np.asarray(numpy_helper.to_array(tensor)).tobytes()
                f.write(data)
                tensor.ClearField("raw_data")
                tensor.ClearField("float_data")
                tensor.data_location = TensorProto.EXTERNAL
                tensor.external_data.add(key="location", value="external-data.weights")
                tensor.external_data.add(key="offset", value=str(offset))
                tensor.external_data.add(key="length", value=str(len(data)))
                offset += len(data)
    c.save(out, lambda x: F.conv2d(x, t(w), t(b), stride=2), hook)


def main(out):
    os.makedirs(out, exist_ok=True)
    for make in (mlp, reshape_chain, pads_and_pools, clip_dropout_identity,
                 clip_inputs_relu6, external_data):
        make(out)


if __name__ == "__main__":
    main(sys.argv[1])
