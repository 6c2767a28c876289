#!/usr/bin/env python3
"""The layering rules of the compiler (docs/architecture.md), checked on the #include lines.

Each folder of compiler/ is a layer. A file may include the headers of its own layer and of
the layers it is allowed to know; the generated parser.h (the grammar's token numbers) is the
front end's alone. Exits 1 and names every include that breaks a rule.

    python3 tests/layers.py            checks compiler/
    python3 tests/layers.py DIR        checks another tree laid out the same way (for the test
                                       of this test: tests/layers-selftest.sh)
"""
import os
import re
import sys

# layer -> the layers it may include (besides itself)
ALLOWED = {
    "base": set(),
    "diag": {"base"},
    "front": {"base", "diag"},
    "model": {"base", "diag", "front"},
    "check": {"base", "diag", "front", "model"},
    "emit": {"base", "diag", "front", "model"},
    "review": {"base", "diag", "front", "model"},
    "import": {"base", "diag", "front", "model"},
    "driver": {"base", "diag", "front", "model", "check"},
    "lsp": {"base", "diag", "front", "model", "check", "review", "driver"},
    "cli": {"base", "diag", "front", "model", "check", "emit", "review", "import", "driver", "lsp"},
}
# Generated headers and the layers that may include them.
GENERATED = {"parser.h": {"front"}}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "compiler")
    problems = []
    files = 0
    for layer in sorted(os.listdir(root)):
        folder = os.path.join(root, layer)
        if not os.path.isdir(folder):
            problems.append(f"{layer}: a file outside the layers (compiler/ holds only layer folders)")
            continue
        if layer not in ALLOWED:
            problems.append(f"{layer}/: not a layer this test knows (add it to ALLOWED with its rules)")
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith((".c", ".h", ".y", ".re", ".def")):
                continue
            files += 1
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                for lineno, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    target = m.group(1)
                    where = f"compiler/{layer}/{name}:{lineno}"
                    if "/" not in target:
                        if target in GENERATED:
                            if layer not in GENERATED[target]:
                                problems.append(f"{where}: {layer} includes the generated {target} (only {', '.join(sorted(GENERATED[target]))} may)")
                        elif not os.path.exists(os.path.join(folder, target)):
                            problems.append(f"{where}: \"{target}\" names no layer (write \"layer/{target}\")")
                        continue
                    other = target.split("/")[0]
                    if other == layer:
                        continue
                    if other not in ALLOWED:
                        problems.append(f"{where}: \"{target}\" is in no layer")
                    elif other not in ALLOWED[layer]:
                        problems.append(f"{where}: {layer} may not include {target} ({layer} knows {', '.join(sorted(ALLOWED[layer])) or 'nothing'})")
    # The README's layout table names every layer, and only folders that exist.
    readme = os.path.join(root, "..", "README.md")
    if len(sys.argv) <= 1 and os.path.exists(readme):
        with open(readme, encoding="utf-8") as f:
            named = set(re.findall(r"^\| `compiler/(\w+)/`", f.read(), re.M))
        for layer in sorted(set(ALLOWED) - named):
            problems.append(f"README.md: the layout table does not name compiler/{layer}/")
        for layer in sorted(named - set(os.listdir(root))):
            problems.append(f"README.md: the layout table names compiler/{layer}/, which does not exist")
    for p in problems:
        print(p)
    print(f"layers: {files} files, {len(problems)} broken rule{'s' if len(problems) != 1 else ''}")
    return 1 if problems or files == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
