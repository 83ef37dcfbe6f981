"""Prints an ONNX model as text for FileCheck: onnx-dump.py MODEL.onnx [--check]

--check first runs the Python ONNX checker with full shape inference on the
file as written (independent of the checks slice-translate runs in-process).

    model ir_version 7 opset 13 producer slice
    input input float [N,3,16,16]
    output logits.k1 float [N,10]
    init stem.weight float [16,3,3,3]
    init clip.min float [] = [-0.5]        (values of tensors up to 8 elements)
    node Conv stem.weight... : Conv(input.normalised, stem.weight) -> stem {dilations=[1,1], ...}
"""
import argparse

import numpy as np
import onnx
from onnx import numpy_helper


def dims(type_proto):
    shape = type_proto.tensor_type.shape
    return "[" + ",".join(d.dim_param if d.HasField("dim_param") else str(d.dim_value)
                          for d in shape.dim) + "]"


def elem(type_proto):
    return onnx.TensorProto.DataType.Name(type_proto.tensor_type.elem_type).lower()


def attr_text(a):
    v = onnx.helper.get_attribute_value(a)
    if isinstance(v, float):
        return f"{a.name}={v:.6g}"
    if isinstance(v, (list, tuple)):
        return f"{a.name}=[" + ",".join(str(x) for x in v) + "]"
    return f"{a.name}={v}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    model = onnx.load(args.model)
    if args.check:
        onnx.checker.check_model(model, full_check=True)
        print("checker: ok")
    opsets = ",".join(f"{o.domain or 'ai.onnx'}:{o.version}" for o in model.opset_import)
    print(f"model ir_version {model.ir_version} opset {opsets} producer {model.producer_name}")
    g = model.graph
    for i in g.input:
        print(f"input {i.name} {elem(i.type)} {dims(i.type)}")
    for o in g.output:
        print(f"output {o.name} {elem(o.type)} {dims(o.type)}")
    for t in g.initializer:
        a = numpy_helper.to_array(t)
        line = f"init {t.name} {onnx.TensorProto.DataType.Name(t.data_type).lower()} [" + \
            ",".join(str(d) for d in t.dims) + "]"
        if a.size <= 8:
            line += " = [" + ", ".join(f"{x:.6g}" if a.dtype.kind == "f" else str(x)
                                       for x in np.ravel(a)) + "]"
        print(line)
    for n in g.node:
        attrs = ", ".join(attr_text(a) for a in n.attribute)
        print(f"node {n.name} : {n.op_type}({', '.join(n.input)}) -> "
              f"{', '.join(n.output)} {{{attrs}}}")
    counts = {}
    for n in g.node:
        counts[n.op_type] = counts.get(n.op_type, 0) + 1
    print("ops " + " ".join(f"{k}:{counts[k]}" for k in sorted(counts)))
    print(f"initializers {len(g.initializer)}")


if __name__ == "__main__":
    main()
