"""Reads a PostgreSQL server log with auto_explain output on stdin; prints each plan of a
statement that touches the notes or the candidates, once per distinct query text."""
import re
import sys

entries, current = [], None
for line in sys.stdin:
    if "LOG:  duration:" in line and "plan:" in line:
        current = [line.split("LOG:  ", 1)[1].rstrip()]
        entries.append(current)
    elif current is not None and (line.startswith("\t") or line.startswith(" ")):
        current.append(line.rstrip())
    else:
        current = None

seen = set()
for entry in entries:
    text = "\n".join(entry)
    query = re.search(r"Query Text: (.*?)(?:\n\s+(?:Limit|Sort|Nested|Hash|Index|Seq|Aggregate|Result|Unique|Merge|Bitmap|Subquery|Append|Gather|Incremental|Memoize|Materialize|Insert|Update)|$)", text, re.S)
    key = query.group(1).strip() if query else text
    if ("notes" in key or "candidates" in key) and key not in seen:
        seen.add(key)
        print(text.replace("\t", "  "))
        print()
