#!/usr/bin/env bash
# Side-by-side: the etiquette checker (rl check-note --jsonl, one Release process) against
# proselint (Debian's python3-proselint, its Python API in one process) and write-good (npm, one
# node process), on the same notes: every labelled note (the regression corpus and both parts of
# the blind corpus), once and repeated. Start-up is included in every figure.
#
# proselint remembers each text it has linted (~/.cache/proselint). The run of distinct notes
# starts with that cache emptied, so it measures linting; the repeated run then mostly measures
# its cache, which is reported as such.
# Usage: bench/compare-linters.sh [repeats]   (writes bench/results/linters.md)
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-20}
work=.data/bench
mkdir -p "$work" bench/results

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
[ -x /usr/bin/proselint ] || missing+=(python3-proselint)
command -v bc >/dev/null 2>&1 || missing+=(bc)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -d "$work/node_modules/write-good" ]; then
  (cd "$work" && npm install --silent --no-audit --no-fund write-good@1 >/dev/null)
fi

corpora="tests/RecruiterLiaison.UnitTests/Etiquette/Corpus/notes.jsonl tests/RecruiterLiaison.UnitTests/Etiquette/Blind/development.jsonl tests/RecruiterLiaison.UnitTests/Etiquette/Blind/test.jsonl"
python3 - "$repeats" "$work" $corpora <<'PY'
import json, sys
repeats, work, corpora = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
notes = [json.loads(l) for c in corpora for l in open(c) if l.strip()]
keep = ("id", "body", "kind", "recipientSeniority", "priorContact", "hoursSinceInterview", "notesLast24h", "notesThisRound",
        "daysSinceLastNote", "policy", "senderAddress", "sentAt", "feedbackDueAt", "timeZone", "knownNames")
for name, count in (("once", 1), ("many", repeats)):
    bodies = []
    with open(f"{work}/{name}.jsonl", "w") as out:
        for r in range(count):
            for n in notes:
                line = {k: n[k] for k in keep if k in n}
                line["id"] = f"{n['id']}-{r}"
                out.write(json.dumps(line) + "\n")
                bodies.append(n["body"])
    json.dump(bodies, open(f"{work}/{name}.json", "w"))
print(f"{len(notes)} distinct notes; runs of {len(notes)} and {len(notes) * repeats}", file=sys.stderr)
PY
once=$(wc -l < "$work/once.jsonl")
many=$(wc -l < "$work/many.jsonl")

# rl as it would be deployed for batch use: Release, compiled ahead of time (ReadyToRun), so start-up
# does not wait for the JIT.
dotnet publish src/RecruiterLiaison.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/rl" --nologo --verbosity quiet -clp:NoSummary >/dev/null
rl="$work/rl/rl"
# Debian's proselint lives in the system Python, which a pyenv python3 on PATH would hide.
debian_python=${PROSELINT_PYTHON:-/usr/bin/python3}
"$debian_python" -c "from proselint.tools import lint" 2>/dev/null || { echo "proselint's Python API is not importable by $debian_python" >&2; exit 1; }

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
ours() { sh -c "$rl check-note --jsonl < $work/$1.jsonl"; }
proselint_run() { "$debian_python" -c "import json; from proselint.tools import lint; [lint(b) for b in json.load(open('$work/$1.json'))]"; }
write_good_run() { node -e "const wg=require('./$work/node_modules/write-good'); for (const b of require('./$work/$1.json')) wg(b);"; }

# The fastest of three runs, so a stray process on the machine does not decide a close figure.
# proselint runs once: its distinct run takes minutes and must start from an empty cache.
best_of_three() { for _ in 1 2 3; do seconds "$@"; done | sort -g | head -1; }

ours once >/dev/null 2>&1 # warm the disk cache
results=()
for tool in ours proselint_run write_good_run; do
  if [ "$tool" = proselint_run ]; then
    rm -rf "${XDG_CACHE_HOME:-$HOME/.cache}/proselint"
    results+=("$(seconds $tool once)" "$(seconds $tool many)")
  else
    results+=("$(best_of_three $tool once)" "$(best_of_three $tool many)")
  fi
done

python3 - "$once" "$many" "${results[@]}" <<'PY' | tee bench/results/linters.md
import sys, subprocess
once, many = int(sys.argv[1]), int(sys.argv[2])
t = list(map(float, sys.argv[3:]))
names = ["etiquette checker (`rl check-note --jsonl`; 15 rules, lexicons, Hunspell spelling with suggestions)",
         "proselint (Debian, Python API; its cache emptied before the distinct run, warm for the repeated run)",
         "write-good 1.0 (npm, node)"]
rows = [(names[i], t[2*i], t[2*i+1]) for i in range(3)]
distinct = [once / o for _, o, _ in rows]
repeated = [many / m for _, _, m in rows]
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
print(f"Same notes for every tool: all {once} labelled notes (regression corpus and both parts of the blind corpus), run once, then {many // once} times over, one process per run, start-up included; the checker and write-good: the fastest of three runs, proselint: one run. rl published Release with ReadyToRun. {cpu}, 2 cores.\n")
print("| tool | distinct run of %d (s) | notes/s | repeated run of %d (s) | notes/s | checker faster, distinct | checker faster, repeated |" % (once, many))
print("|---|---:|---:|---:|---:|---:|---:|")
for i, (name, o, m) in enumerate(rows):
    print(f"| {name} | {o:.2f} | {distinct[i]:,.0f} | {m:.2f} | {repeated[i]:,.0f} | {distinct[0]/distinct[i]:.1f}x | {repeated[0]/repeated[i]:.1f}x |")
PY
