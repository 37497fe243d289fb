#!/usr/bin/env bash
# Memory per live circuit: publishes the web app in Release, runs it on a private PostgreSQL
# with the demo data, measures its RSS idle, then with N signed-in pages open in headless
# Chromium (one circuit each, kept open), and writes bench/results/circuits.md.
# Usage: bench/circuits.sh [circuits ...]   (default: 25 50 100)
set -euo pipefail
cd "$(dirname "$0")/.."
script/bootstrap
source script/lib/postgres.sh
steps=("${@:-25 50 100}")
read -r -a steps <<<"${steps[*]}"
work=$PWD/.data/bench-circuits
mkdir -p "$work" bench/results
if [ ! -d "$work/node_modules/playwright-core" ]; then
  (cd "$work" && npm install --silent --no-audit --no-fund playwright-core@1 >/dev/null)
fi

pg_dir=$(mktemp -d /tmp/rl-bench-pg.XXXXXX); rmdir "$pg_dir"
port=$(pg_free_port); app_port=$(pg_free_port)
app_pid=
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; pg_stop "$pg_dir"; rm -rf "$pg_dir" "$pg_dir.initdb.log"; }
trap cleanup EXIT
pg_start "$pg_dir" "$port"
pg_create_db "$port" bench
export ConnectionStrings__Default="Host=127.0.0.1;Port=$port;Database=bench;Username=postgres;Maximum Pool Size=200"

dotnet publish src/RecruiterLiaison.Web -c Release -o "$work/web" --nologo -v q >/dev/null
# From the publish folder, as in the container: appsettings.json is found in the content root.
(cd "$work/web" && ASPNETCORE_ENVIRONMENT=Production Database__MigrateOnStartup=true Database__SeedDemoData=true \
  RateLimits__SignInPerMinute=100000 Jobs__Enabled=false \
  exec dotnet RecruiterLiaison.Web.dll --urls "http://127.0.0.1:$app_port" >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$app_port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done

cat >"$work/open.mjs" <<'JS'
// Signs in once, then opens pages on the review queue (one circuit each), all kept open. At each
// count given it prints "open N" and waits for a line on stdin before opening more.
import { chromium } from "playwright-core";
import * as readline from "node:readline";
const base = process.argv[2];
const steps = process.argv.slice(3).map(Number);
const input = readline.createInterface({ input: process.stdin });
const lines = input[Symbol.asyncIterator]();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const context = await browser.newContext({ baseURL: base });
const login = await context.newPage();
await login.goto("/Account/Login");
await login.fill("#email", "recruiter@demo.test");
await login.fill("#password", "Demo-pass-1");
await Promise.all([login.waitForURL("**/recruiter**"), login.click("button[type=submit]")]);
await login.close();
let open = 0;
for (const step of steps) {
  while (open < step) {
    const page = await context.newPage();
    await page.goto("/recruiter/queue");
    await page.waitForSelector("[data-testid=queue-item]");
    open++;
  }
  await new Promise(r => setTimeout(r, 5000));
  console.log(`open ${open}`);
  await lines.next();
}
await browser.close();
process.exit(0);
JS
rss() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$app_pid/status"; }
managed() { curl -fs "http://127.0.0.1:$app_port/metrics" | awk '/^dotnet_gc_last_collection_heap_size_bytes/ { s += $2 } END { print int(s / 1048576) }'; }

# Warm the app with one circuit (JIT, caches), close it, and let the server drop it.
coproc WARM { node "$work/open.mjs" "http://127.0.0.1:$app_port" 1; }
read -r _ <&"${WARM[0]}"; echo next >&"${WARM[1]}"; wait "$WARM_PID" || true
sleep 5
idle=$(rss)
{
  echo "# Memory per circuit"
  echo
  echo "Release build (\`dotnet publish -c Release\`), Production environment, one instance on $(nproc) cores,"
  echo "demo data; each circuit is a signed-in recruiter's review queue (a MudDataGrid with live updates)"
  echo "kept open in headless Chromium; all circuits stay open while the count grows. RSS from /proc;"
  echo "managed heap from the runtime's metric. Idle is after one warm-up circuit. $(date -u +%F)."
  echo
  echo "| circuits open | RSS MiB | managed heap MiB | RSS per circuit above idle, MiB |"
  echo "|---:|---:|---:|---:|"
  echo "| 0 | $idle | $(managed) | – |"
} >bench/results/circuits.md
coproc PAGES { node "$work/open.mjs" "http://127.0.0.1:$app_port" "${steps[@]}"; }
for n in "${steps[@]}"; do
  read -r line <&"${PAGES[0]}"
  used=$(rss); heap=$(managed)
  per=$(python3 -c "print(f'{($used - $idle) / $n:.2f}')")
  echo "| $n | $used | $heap | $per |" >>bench/results/circuits.md
  echo "$line: RSS $used MiB ($per MiB each above idle)" >&2
  echo next >&"${PAGES[1]}"
done
wait "$PAGES_PID" || true
cat bench/results/circuits.md
