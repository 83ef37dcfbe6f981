"""Writes the PTX of every gpu.binary in an MLIR file (lowered with
--slice-to-nvvm=format=isa) to OUTDIR/<binary>.ptx and prints one line per
binary: its name and the kernels (.entry) it defines. With --ptxas PTXAS
--arch ARCH, also assembles each with `PTXAS -arch=ARCH` and prints a
summary; any rejected kernel fails the script with ptxas' message. Fails
when the file holds no binary, or a binary holds no PTX."""
import argparse
import os
import re
import subprocess
import sys


def unescape(s):
    # MLIR prints strings with llvm::printEscapedString: \\ and \XX (hex).
    return re.sub(r"\\(\\|[0-9A-Fa-f]{2})",
                  lambda m: "\\" if m.group(1) == "\\" else chr(int(m.group(1), 16)), s)


parser = argparse.ArgumentParser()
parser.add_argument("mlir")
parser.add_argument("outdir")
parser.add_argument("--ptxas")
parser.add_argument("--arch", default="sm_90")
args = parser.parse_args()

text = open(args.mlir, encoding="utf-8").read()
os.makedirs(args.outdir, exist_ok=True)
binaries = re.findall(r'gpu\.binary @([\w$.]+)\s*(?:<[^>]*>\s*)?\[(.*?)\]\s*$', text, flags=re.M)
if not binaries:
    sys.exit(f"{args.mlir}: no gpu.binary")
kernels = 0
for name, objects in binaries:
    m = re.search(r'assembly = "((?:[^"\\]|\\.)*)"', objects)
    if not m:
        sys.exit(f"{name}: no PTX (assembly) in the object; lower with format=isa")
    ptx = unescape(m.group(1))
    entries = re.findall(r"\.entry\s+([\w$]+)", ptx)
    if not entries:
        sys.exit(f"{name}: the PTX defines no kernel")
    path = os.path.join(args.outdir, name + ".ptx")
    with open(path, "w", encoding="utf-8") as f:
        f.write(ptx)
    print(name, " ".join(entries))
    if args.ptxas:
        run = subprocess.run([args.ptxas, f"-arch={args.arch}", path, "-o", os.devnull],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"ptxas rejected {name}:\n{run.stdout}{run.stderr}")
    kernels += len(entries)
if args.ptxas:
    print(f"ptxas -arch={args.arch} assembled {kernels} kernels in {len(binaries)} binaries")
