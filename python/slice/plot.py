"""Error-vs-FLOPs plots of slice-run reports, as dependency-free SVG.

    python3 -m slice.plot is.json i.json exits.json -o anytime.svg

Each report (`slice-run eval --json` or `train --json`) becomes one line of
points (multiply-adds per image, top-1 error), labelled by its file name,
like the paper's Figures 3c and 4.
"""
import argparse
import json
import os
from xml.sax.saxutils import escape

COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"]


def load(path):
    report = json.load(open(path))
    points = [(s["macs"], 100.0 * s["error"]) for s in report["subnets"]]
    if not points:
        raise ValueError(f"{path}: no sub-networks")
    return os.path.splitext(os.path.basename(path))[0], points


def svg(series, width=640, height=420, margin=60):
    xs = [x for _, pts in series for x, _ in pts]
    ys = [y for _, pts in series for _, y in pts]
    x0, x1 = 0, max(xs) * 1.05
    y0, y1 = 0, max(max(ys) * 1.1, 1.0)

    def px(x):
        return margin + (x - x0) / (x1 - x0) * (width - 2 * margin)

    def py(y):
        return height - margin - (y - y0) / (y1 - y0) * (height - 2 * margin)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<line x1="{margin}" y1="{height - margin}" x2="{width - margin}" '
           f'y2="{height - margin}" stroke="black"/>',
           f'<line x1="{margin}" y1="{margin}" x2="{margin}" y2="{height - margin}" stroke="black"/>',
           f'<text x="{width / 2}" y="{height - 15}" text-anchor="middle">'
           'multiply-adds per image</text>',
           f'<text x="15" y="{height / 2}" transform="rotate(-90 15 {height / 2})" '
           'text-anchor="middle">top-1 error (%)</text>']
    for i in range(6):
        xv, yv = x0 + (x1 - x0) * i / 5, y0 + (y1 - y0) * i / 5
        out.append(f'<text x="{px(xv):.1f}" y="{height - margin + 16}" '
                   f'text-anchor="middle">{xv:.3g}</text>')
        out.append(f'<text x="{margin - 6}" y="{py(yv) + 4:.1f}" '
                   f'text-anchor="end">{yv:.3g}</text>')
    for n, (name, pts) in enumerate(series):
        color = COLORS[n % len(COLORS)]
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in pts)
        out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{path}"/>')
        for x, y in pts:
            out.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="4" fill="{color}"/>')
        out.append(f'<text x="{width - margin - 150}" y="{margin + 18 * n}" '
                   f'fill="{color}">{escape(name)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args(argv)
    series = [load(p) for p in args.reports]
    with open(args.output, "w") as f:
        f.write(svg(series))


if __name__ == "__main__":
    main()
