#!/usr/bin/env python3
"""Fails when a function in the given folders is longer than the limit (counted from its
`fn` line to its closing brace, as rustfmt lays code out). Usage:
bench/function-length.py LIMIT FOLDER..."""
import pathlib
import re
import sys

FN = re.compile(r"^(\s*)(pub(\([^)]*\))? )?(const )?(async )?(unsafe )?fn (\w+)")


def long_functions(path, limit):
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        m = FN.match(lines[i])
        if m and not lines[i].rstrip().endswith(";"):
            indent = m.group(1)
            j = i
            while j < len(lines) and lines[j].rstrip() != indent + "}":
                j += 1
            if j - i + 1 > limit:
                yield m.group(7), i + 1, j - i + 1
            i = j
        i += 1


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    limit, folders = int(argv[0]), argv[1:]
    found = [
        f"{path}:{line}: fn {name} is {n} lines (limit {limit})"
        for folder in folders
        for path in sorted(pathlib.Path(folder).rglob("*.rs"))
        for name, line, n in long_functions(path, limit)
    ]
    print("\n".join(found) if found else f"no function over {limit} lines in {' '.join(folders)}")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
