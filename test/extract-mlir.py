"""Writes the ```mlir blocks of a Markdown file, separated by // -----.

extract-mlir.py FILE.md [--module NAME]: with --module, only the block
defining `module @NAME`.
"""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
blocks = re.findall(r"```mlir\n(.*?)```", text, flags=re.S)
if len(sys.argv) > 3 and sys.argv[2] == "--module":
    blocks = [b for b in blocks if re.search(r"module @" + re.escape(sys.argv[3]) + r"\b", b)]
if not blocks:
    sys.exit(f"{sys.argv[1]}: no ```mlir blocks")
sys.stdout.write("\n// -----\n".join(blocks))
