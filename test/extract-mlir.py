"""Writes the ```mlir blocks of a Markdown file, separated by // -----."""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
blocks = re.findall(r"```mlir\n(.*?)```", text, flags=re.S)
if not blocks:
    sys.exit(f"{sys.argv[1]}: no ```mlir blocks")
sys.stdout.write("\n// -----\n".join(blocks))
