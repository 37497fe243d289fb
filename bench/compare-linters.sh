#!/usr/bin/env bash
# Side-by-side: the etiquette checker (rl check-note --jsonl, one process) against proselint
# (Debian's python3-proselint, its Python API in one process) and write-good (npm, one node
# process), on the same notes: the labelled corpus, repeated. Prints notes per second and ratios.
# Usage: bench/compare-linters.sh [repeats]   (writes bench/results/linters.md)
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-10}
work=.data/bench
mkdir -p "$work" bench/results

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v proselint >/dev/null 2>&1 || missing+=(python3-proselint)
command -v bc >/dev/null 2>&1 || missing+=(bc)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -d "$work/node_modules/write-good" ]; then
  (cd "$work" && npm install --silent --no-audit --no-fund write-good@1 >/dev/null)
fi

corpus=tests/RecruiterLiaison.UnitTests/Etiquette/Corpus/notes.jsonl
# Two inputs: the corpus once, and repeated. The difference between the two runs is each tool's
# warm, steady-state cost per note, free of start-up and warm-up; the long run alone is "cold".
python3 - "$corpus" "$repeats" "$work" <<'PY'
import json, sys
corpus, repeats, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
notes = [json.loads(l) for l in open(corpus) if l.strip()]
for name, count in (("once", 1), ("many", repeats)):
    bodies = []
    with open(f"{work}/{name}.jsonl", "w") as out:
        for r in range(count):
            for n in notes:
                n = dict(n, id=f"{n['id']}-{r}")
                n.pop("expected", None); n.pop("category", None)
                out.write(json.dumps(n) + "\n")
                bodies.append(n["body"])
    json.dump(bodies, open(f"{work}/{name}.json", "w"))
print(f"{len(notes)} distinct notes; runs of {len(notes)} and {len(notes) * repeats}", file=sys.stderr)
PY
once=$(wc -l < "$work/once.jsonl")
many=$(wc -l < "$work/many.jsonl")

dotnet build src/RecruiterLiaison.Cli -c Release --nologo --verbosity quiet -clp:NoSummary >/dev/null
rl="dotnet src/RecruiterLiaison.Cli/bin/Release/net10.0/rl.dll"
# Debian's proselint lives in the system Python, which a pyenv python3 on PATH would hide.
debian_python=${PROSELINT_PYTHON:-/usr/bin/python3}
"$debian_python" -c "from proselint.tools import lint" 2>/dev/null || { echo "proselint's Python API is not importable by $debian_python" >&2; exit 1; }

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc -l; }
ours() { sh -c "$rl check-note --jsonl < $work/$1.jsonl"; }
proselint_run() { "$debian_python" -c "import json; from proselint.tools import lint; [lint(b) for b in json.load(open('$work/$1.json'))]"; }
write_good_run() { node -e "const wg=require('./$work/node_modules/write-good'); for (const b of require('./$work/$1.json')) wg(b);"; }

ours once >/dev/null 2>&1 # warm the disk cache
results=()
for tool in ours proselint_run write_good_run; do
  results+=("$(seconds $tool once)" "$(seconds $tool many)")
done

python3 - "$once" "$many" "${results[@]}" <<'PY' | tee bench/results/linters.md
import sys, subprocess
once, many = int(sys.argv[1]), int(sys.argv[2])
t = list(map(float, sys.argv[3:]))
names = ["etiquette checker (`rl check-note --jsonl`; 15 rules, Hunspell spelling with suggestions)", "proselint 0.13 (Debian, Python API)", "write-good 1.0 (npm, node)"]
rows = [(names[i], t[2*i], t[2*i+1]) for i in range(3)]
cold = [many / m for _, _, m in rows]
warm = [(many - once) / (m - o) for _, o, m in rows]
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
print(f"Same notes for every tool: the {once}-note labelled corpus, run once and {many // once} times, one process per run. {cpu}, 2 cores.")
print("Cold = the long run including process start-up and warm-up; warm = extra notes / extra time between the two runs.\n")
print("| tool | run of %d (s) | run of %d (s) | cold notes/s | warm notes/s | checker faster, cold | checker faster, warm |" % (once, many))
print("|---|---:|---:|---:|---:|---:|---:|")
for i, (name, o, m) in enumerate(rows):
    print(f"| {name} | {o:.2f} | {m:.2f} | {cold[i]:,.0f} | {warm[i]:,.0f} | {cold[0]/cold[i]:.1f}x | {warm[0]/warm[i]:.1f}x |")
PY
