"""Compares two `slice-run infer` outputs: the same images, the same labels,
confidences within 1e-3. Exits non-zero naming the first difference."""
import re
import sys

LINE = re.compile(r"^\s*(\d+)\s+(.*?)\s+confidence (\S+)\s+\(truth (.*)\)$")


def read(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        m = LINE.match(line.rstrip("\n"))
        if m:
            rows.append((int(m.group(1)), m.group(2), float(m.group(3)), m.group(4)))
    if not rows:
        sys.exit(f"{path}: no predictions")
    return rows


a, b = read(sys.argv[1]), read(sys.argv[2])
if len(a) != len(b):
    sys.exit(f"{len(a)} vs {len(b)} predictions")
for x, y in zip(a, b):
    if x[0] != y[0] or x[1] != y[1] or x[3] != y[3] or abs(x[2] - y[2]) > 1e-3:
        sys.exit(f"image {x[0]}: {x[1]} ({x[2]}) vs {y[1]} ({y[2]})")
print(f"{len(a)} predictions agree")
