"""Python wrappers around the slice tools (slice-zoo, slice-opt).

The tools are found in $SLICE_BIN, else next to this package in ../build/bin.
"""
import os
import re
import subprocess
from pathlib import Path

__all__ = ["tool", "zoo", "flops", "SliceError"]


class SliceError(RuntimeError):
    """A slice tool failed; the message is the tool's diagnostic."""


def tool(name):
    """Absolute path of a slice tool."""
    base = os.environ.get("SLICE_BIN")
    candidates = [Path(base)] if base else []
    candidates.append(Path(__file__).resolve().parents[2] / "build" / "bin")
    for directory in candidates:
        path = directory / name
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
    raise SliceError(f"{name} not found in {', '.join(map(str, candidates))}; "
                     "build slice or set SLICE_BIN")


def _run(args, stdin=None):
    proc = subprocess.run(args, input=stdin, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SliceError(proc.stderr.strip() or f"{args[0]} exited {proc.returncode}")
    return proc


def zoo(arch="resnext-cifar", **options):
    """The zoo model as MLIR text; options are slice-zoo flags
    (preset="ablation", blocks=9, width=64, image_size=28, ...)."""
    args = [tool("slice-zoo"), arch]
    for key, value in options.items():
        args.append(f"--{key.replace('_', '-')}={value}")
    return _run(args).stdout


_ROW = re.compile(r"^\s{2}(\S+)\s+(\S*)\s+(\d+)\s+(\d+)$")


def flops(model_text):
    """Runs --slice-flops on MLIR text. Returns {"macs", "params", "rows"},
    rows being (name, op, macs, params) per top-level layer or block."""
    proc = _run([tool("slice-opt"), "--slice-flops", "-o", os.devnull],
                stdin=model_text)
    rows, macs, params = [], None, None
    for line in proc.stderr.splitlines():
        m = re.match(r"model: (\d+) MACs, (\d+) parameters", line)
        if m:
            macs, params = int(m.group(1)), int(m.group(2))
            continue
        m = _ROW.match(line)
        if m and m.group(1) not in ("name", "total"):
            rows.append((m.group(1), m.group(2), int(m.group(3)), int(m.group(4))))
    if macs is None:
        raise SliceError("slice-opt printed no model total:\n" + proc.stderr)
    return {"macs": macs, "params": params, "rows": rows}
