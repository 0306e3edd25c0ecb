"""Puts one generated section into docs/benchmarks.md: the text on stdin, from its `<!-- NAME:begin ...` line to its
`<!-- NAME:end -->` line, replaces the section of the same NAME in the page, or is appended when the page has none.
Used by micro.sh, latency.sh and load.sh; run.sh carries these sections over when it regenerates the rest.
   usage: ... | python3 bench/page_section.py PAGE"""
import os
import re
import sys

page_path = sys.argv[1]
section = sys.stdin.read().rstrip("\n") + "\n"
name = re.match(r"<!-- (\w+):begin", section).group(1)
page = open(page_path).read() if os.path.exists(page_path) else "# Benchmarks\n"
if f"<!-- {name}:begin" in page:
    page = re.sub(rf"<!-- {name}:begin.*?<!-- {name}:end -->\n", lambda _: section, page, flags=re.S)
else:
    page = page.rstrip("\n") + "\n\n" + section
open(page_path, "w").write(page)
print(section)
