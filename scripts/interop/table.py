#!/usr/bin/python3
"""Prints the interop results as one table: a row per case, a column per direction.

Usage: table.py NAME=FILE [NAME=FILE ...], each FILE holding a client's `PASS case` / `FAIL case: reason`
lines. A direction whose client printed nothing for a case shows `-`. Exit 1 when any cell failed or a
direction has no results at all.
"""
import sys


def read(path):
    results = {}
    try:
        lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    except FileNotFoundError:
        return results
    for line in lines:
        verdict, _, rest = line.partition(" ")
        if verdict in ("PASS", "FAIL"):
            name, _, reason = rest.partition(": ")
            results[name.strip()] = (verdict, reason)
    return results


def main():
    columns = [arg.split("=", 1) for arg in sys.argv[1:]]
    results = {name: read(path) for name, path in columns}
    cases = []
    for name, _ in columns:
        cases += [c for c in results[name] if c not in cases]
    width = max([len(c) for c in cases] + [4])
    heads = [name for name, _ in columns]
    print("%-*s  %s" % (width, "case", "  ".join(heads)))
    for case in cases:
        cells = [results[name].get(case, ("-", ""))[0].ljust(len(name)) for name in heads]
        print("%-*s  %s" % (width, case, "  ".join(cells)))
    failures = [(name, case, r[1]) for name in heads for case, r in results[name].items() if r[0] == "FAIL"]
    empty = [name for name in heads if not results[name]]
    passed = sum(1 for name in heads for r in results[name].values() if r[0] == "PASS")
    for name in heads:
        failed = [(case, r[1]) for case, r in results[name].items() if r[0] == "FAIL"]
        if len(failed) == len(results[name]) > 3:
            print("FAIL %s: all %d cases failed; the first said: %s" % (name, len(failed), failed[0][1][:300]))
            continue
        for case, reason in failed:
            print("FAIL %s %s: %s" % (name, case, reason[:300]))
    for name in empty:
        print("FAIL %s: no results (the client did not run; see its log above)" % name)
    print("interop summary: %d passed, %d failed, %d directions without results" % (passed, len(failures), len(empty)))
    return 1 if failures or empty else 0


if __name__ == "__main__":
    sys.exit(main())
