-- wrk script for bench/scale.sh and bench/throughput.sh: the request comes from the
-- environment (RL_METHOD, RL_BODY, RL_AUTH for an Authorization header, RL_COOKIE), and the
-- summary is one line with the rate and the latency percentiles wrk itself does not print.
wrk.method = os.getenv("RL_METHOD") or "GET"
local body = os.getenv("RL_BODY")
if body and #body > 0 then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
local auth = os.getenv("RL_AUTH")
if auth and #auth > 0 then wrk.headers["Authorization"] = auth end
local cookie = os.getenv("RL_COOKIE")
if cookie and #cookie > 0 then wrk.headers["Cookie"] = cookie end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests, errors))
end
