#!/usr/bin/env python3
"""Adds up the per-project lines of `dotnet test` into one summary line."""
import re
import sys

totals = {"Failed": 0, "Passed": 0, "Skipped": 0, "Total": 0}
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    if re.search(r"(Passed|Failed)!\s+-\s+Failed:", line):
        for key in totals:
            m = re.search(key + r":\s+(\d+)", line)
            if m:
                totals[key] += int(m.group(1))
print("dotnet test summary: total={Total} passed={Passed} failed={Failed} skipped={Skipped}".format(**totals))
