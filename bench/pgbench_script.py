"""Turns the statements one request ran (a PostgreSQL log with log_statement = all, on stdin)
into a pgbench script that runs the same SQL with the same values: what the database alone can
do for that request, to compare the app's rate with. Ids that first appear in an INSERT are
new rows; they become fresh gen_random_uuid() values each time, so the script can repeat."""
import re
import sys

statements = []
pending = None
for line in sys.stdin:
    body = line.split("LOG:  ", 1)[1] if "LOG:  " in line else None
    if body and (body.startswith("execute") or body.startswith("statement:")):
        text = body.split(": ", 1)[1] if body.startswith("statement:") else body.split(": ", 1)[1]
        pending = {"sql": text.rstrip("\n"), "params": {}}
        statements.append(pending)
    elif "DETAIL:  parameters:" in line and pending is not None:
        for name, value in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", line):
            pending["params"][int(name)] = value
    elif pending is not None and line.startswith("\t"):
        pending["sql"] += "\n" + line.rstrip("\n")[1:]
    else:
        pending = None

uuid = re.compile(r"'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'")
seen, fresh = set(), {}
script = []
for statement in statements:
    sql = statement["sql"].strip()
    if sql.upper() in ("DISCARD ALL",):
        continue
    for number in sorted(statement["params"], reverse=True):
        sql = re.sub(rf"\${number}\b", lambda _: statement["params"][number], sql)
    if sql.lstrip().upper().startswith("INSERT"):
        for value in uuid.findall(sql):
            if value not in seen and value not in fresh:
                fresh[value] = f"id{len(fresh) + 1}"
    for value in uuid.findall(sql):
        seen.add(value)
    for value, variable in fresh.items():
        sql = sql.replace(value, f":{variable}")
    script.append(" ".join(sql.split()) + ";")

if fresh:
    print("SELECT " + ", ".join(f"gen_random_uuid() AS {v}" for v in fresh.values()) + " \\gset")
print("\n".join(script))
