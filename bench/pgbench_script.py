"""Turns the statements one request ran (a PostgreSQL log with log_statement = all, on stdin)
into a pgbench script that runs the same SQL with the same values: what the database alone can
do for that request, to compare the app's rate with. The id each INSERT gives its new row
becomes a fresh gen_random_uuid() on every run (and so does every later use of that id), so
the script can repeat; every other value stays as the app sent it."""
import re
import sys

# One entry per log line, continuation lines (multi-line SQL, values with line breaks) included.
entries = []
for line in sys.stdin:
    if re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", line):
        entries.append(line)
    elif entries:
        entries[-1] += line

statements = []
for entry in entries:
    if "LOG:  execute" in entry or "LOG:  statement:" in entry:
        text = entry.split("LOG:  ", 1)[1]
        statements.append({"sql": text.split(": ", 1)[1].rstrip("\n"), "params": {}})
    elif "DETAIL:  parameters:" in entry and statements:
        for name, value in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", entry, re.S):
            statements[-1]["params"][int(name)] = value

uuid = r"'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'"
sqls = []
for statement in statements:
    sql = statement["sql"].strip()
    if sql.upper() == "DISCARD ALL":
        continue
    for number in sorted(statement["params"], reverse=True):
        sql = re.sub(rf"\${number}\b", lambda _: statement["params"][number], sql)
    sqls.append(sql)

# New rows' ids: the first value of each tuple of an INSERT whose first column is id.
fresh = {}
for sql in sqls:
    if re.match(r"(?is)^\s*INSERT INTO \S+ \(id,", sql):
        for value in re.findall(rf"(?:VALUES|\),)\s*\(({uuid})", sql):
            fresh.setdefault(value, f"id{len(fresh) + 1}")

if fresh:
    print("SELECT " + ", ".join(f"gen_random_uuid() AS {v}" for v in fresh.values()) + " \\gset")
for sql in sqls:
    for value, variable in fresh.items():
        sql = sql.replace(value, f":{variable}")
    print(" ".join(sql.split()) + ";")
