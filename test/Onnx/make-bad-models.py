"""Writes malformed ONNX models, one per file, for the importer's error tests.

    make-bad-models.py OUT_DIR
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def conv_model(nodes=None, inits=None, opset=13, inputs=None, outputs=None):
    """A valid 1-conv model unless pieces are replaced."""
    w = numpy_helper.from_array(np.ones((4, 3, 3, 3), np.float32), "w")
    nodes = nodes if nodes is not None else [
        helper.make_node("Conv", ["x", "w"], ["y"], name="conv", pads=[1, 1, 1, 1])]
    inputs = inputs or [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 8, 8])]
    outputs = outputs or [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)]
    graph = helper.make_graph(nodes, "g", inputs, outputs,
                              [w] if inits is None else inits)
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])


def save(model, out, name):
    with open(os.path.join(out, name), "wb") as f:
        f.write(model.SerializeToString())


def main(out):
    os.makedirs(out, exist_ok=True)
    good = conv_model()
    save(good, out, "good.onnx")
    data = good.SerializeToString()
    with open(os.path.join(out, "truncated.onnx"), "wb") as f:
        f.write(data[: len(data) // 2])
    with open(os.path.join(out, "not-onnx.onnx"), "w") as f:
        f.write("module {\n  func.func @f() { return }\n}\n")

    # a -> b -> a
    save(conv_model(nodes=[
        helper.make_node("Relu", ["x", "b"], ["a"], name="first"),
        helper.make_node("Relu", ["a"], ["b"], name="second"),
        helper.make_node("Conv", ["b", "w"], ["y"], name="conv")]), out, "cyclic.onnx")
    save(conv_model(inits=[]), out, "missing-initializer.onnx")
    # 4 output channels added to the 3-channel input.
    save(conv_model(nodes=[
        helper.make_node("Conv", ["x", "w"], ["c"], name="conv", pads=[1, 1, 1, 1]),
        helper.make_node("Add", ["c", "x"], ["y"], name="add")]), out, "mismatched-shapes.onnx")
    # The weight's input channels do not match the image's.
    w5 = numpy_helper.from_array(np.ones((4, 5, 3, 3), np.float32), "w")
    save(conv_model(inits=[w5]), out, "conv-channels.onnx")
    # 10^12 x 10^12 elements, with no data behind them.
    huge = TensorProto(name="w", data_type=TensorProto.FLOAT,
                       dims=[10**12, 10**12, 3, 3])
    save(conv_model(inits=[huge]), out, "absurd-dims.onnx")
    # dims need 108 floats, raw_data holds 3.
    short = TensorProto(name="w", data_type=TensorProto.FLOAT, dims=[4, 3, 3, 3],
                        raw_data=np.ones(3, np.float32).tobytes())
    save(conv_model(inits=[short]), out, "short-data.onnx")

    # Attributes of the wrong type or value: errors, not silent defaults.
    conv = helper.make_node("Conv", ["x", "w"], ["y"], name="conv")
    conv.attribute.append(helper.make_attribute("pads", "1111"))
    save(conv_model(nodes=[conv]), out, "string-pads.onnx")
    pool = helper.make_node("MaxPool", ["x"], ["y"], name="pool", kernel_shape=[2, 2])
    pool.attribute.append(helper.make_attribute("ceil_mode", 1.0))
    save(conv_model(nodes=[pool]), out, "float-ceil-mode.onnx")
    save(conv_model(nodes=[helper.make_node(
        "Conv", ["x", "w"], ["y"], name="conv", pads=[2**40, 0, 0, 0])]),
        out, "huge-pads.onnx")
    # An input Relu does not take, an output Conv does not give, and a
    # declared output shape and type the graph does not compute.
    save(conv_model(nodes=[
        helper.make_node("Conv", ["x", "w"], ["c"], name="conv", pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["c", "x"], ["y"], name="relu")]), out, "extra-input.onnx")
    save(conv_model(nodes=[helper.make_node(
        "Conv", ["x", "w"], ["y", "z"], name="conv", pads=[1, 1, 1, 1])]),
        out, "extra-output.onnx")
    save(conv_model(outputs=[helper.make_tensor_value_info(
        "y", TensorProto.FLOAT, [1, 4, 6, 6])]), out, "declared-shape.onnx")
    save(conv_model(outputs=[helper.make_tensor_value_info(
        "y", TensorProto.INT64, None)]), out, "declared-type.onnx")
    bn = [numpy_helper.from_array(np.ones(3, np.float32), n) for n in ("s", "b", "m", "v")]
    save(conv_model(nodes=[helper.make_node(
        "BatchNormalization", ["x", "s", "b", "m", "v"], ["y"], name="bn",
        epsilon=float("nan"))], inits=bn), out, "nan-epsilon.onnx")
    unknown = conv_model(nodes=[helper.make_node(
        "FancyConv", ["x", "w"], ["y"], name="fancy", domain="com.example")])
    unknown.opset_import.append(helper.make_opsetid("com.example", 1))
    save(unknown, out, "unknown-domain.onnx")
    save(conv_model(nodes=[helper.make_node("Conv", ["x", "w"], ["c"], name="conv"),
                           helper.make_node("Softsign", ["c"], ["y"], name="soft")]),
         out, "unsupported-op.onnx")
    save(conv_model(opset=99), out, "future-opset.onnx")
    # External data that points outside the model's folder.
    escaping = conv_model()
    w = escaping.graph.initializer[0]
    w.ClearField("raw_data")
    w.data_location = TensorProto.EXTERNAL
    w.external_data.add(key="location", value="../../etc/passwd")
    save(escaping, out, "external-escape.onnx")
    # External data in a file that is too short.
    with open(os.path.join(out, "short.bin"), "wb") as f:
        f.write(b"\0" * 16)
    shortext = conv_model()
    w = shortext.graph.initializer[0]
    w.ClearField("raw_data")
    w.data_location = TensorProto.EXTERNAL
    w.external_data.add(key="location", value="short.bin")
    save(shortext, out, "external-short.onnx")
    # Two image inputs.
    save(conv_model(inputs=[
        helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 8, 8]),
        helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 3, 8, 8])]),
        out, "two-inputs.onnx")
    # Reflect padding cannot be folded into a convolution.
    save(conv_model(nodes=[
        helper.make_node("Pad", ["x", "p"], ["xp"], name="pad", mode="reflect"),
        helper.make_node("Conv", ["xp", "w"], ["y"], name="conv")],
        inits=[numpy_helper.from_array(np.ones((4, 3, 3, 3), np.float32), "w"),
               numpy_helper.from_array(np.array([0, 0, 1, 1, 0, 0, 1, 1], np.int64), "p")]),
        out, "reflect-pad.onnx")
    # A zero Pad folds into the convolution, but not together with auto_pad
    # SAME, which computes its own padding.
    save(conv_model(nodes=[
        helper.make_node("Pad", ["x", "p"], ["xp"], name="pad"),
        helper.make_node("Conv", ["xp", "w"], ["y"], name="conv", auto_pad="SAME_UPPER")],
        inits=[numpy_helper.from_array(np.ones((4, 3, 3, 3), np.float32), "w"),
               numpy_helper.from_array(np.array([0, 0, 1, 1, 0, 0, 1, 1], np.int64), "p")]),
        out, "same-after-pad.onnx")


if __name__ == "__main__":
    main(sys.argv[1])
