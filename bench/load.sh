#!/usr/bin/env bash
# Load check for the long-running hosts (not a unit test): HTTP requests/s and latency at concurrency 32 for 60 s
# on loopback, and worker messages/s with one and two workers draining a JetStream backlog. Writes the
# "Service load" section of docs/benchmarks.md (bench/run.sh keeps that section when it regenerates the rest).
#   usage: bash bench/load.sh        env: LOAD_SECONDS (60), LOAD_CONCURRENCY (32), LOAD_MESSAGES (20000)
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
WORK=${LOAD_WORK:-/tmp/classifier-load}
SECONDS_HTTP=${LOAD_SECONDS:-60}
CONCURRENCY=${LOAD_CONCURRENCY:-32}
MESSAGES=${LOAD_MESSAGES:-20000}
OUT_MD=$REPO/docs/benchmarks.md
log() { echo "[load $(date +%H:%M:%S)] $*" >&2; }
mkdir -p "$WORK"

if ! command -v nats-server >/dev/null; then
  log "installing nats-server from Debian"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nats-server >/dev/null
fi

log "building (Release)"
dotnet build -c Release src/Classifier.Cli -v quiet -nologo >/dev/null
dotnet build -c Release bench/Classifier.LoadCheck -v quiet -nologo >/dev/null
CLI="dotnet $REPO/src/Classifier.Cli/bin/Release/net10.0/classifier.dll"
LOADCHECK="dotnet $REPO/bench/Classifier.LoadCheck/bin/Release/net10.0/Classifier.LoadCheck.dll"

# Requests are the authored held-out articles (this project's own text), cycled.
/usr/bin/python3 - "$REPO/data/holdout" "$WORK/articles.jsonl" <<'PY'
import csv, glob, json, sys
with open(sys.argv[2], "w") as out:
    for path in sorted(glob.glob(sys.argv[1] + "/*.csv")):
        for row in csv.DictReader(open(path, encoding="utf-8")):
            out.write(json.dumps({"id": row["id"], "title": row["title"], "text": row["text"]}) + "\n")
PY
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# ---- HTTP
port=$(free_port)
log "http: classifier serve on 127.0.0.1:$port"
$CLI serve --urls "http://127.0.0.1:$port" >"$WORK/serve.log" 2>&1 &
serve_pid=$!
trap 'kill $serve_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
$LOADCHECK http --url "http://127.0.0.1:$port" --articles "$WORK/articles.jsonl" --concurrency "$CONCURRENCY" --seconds "$SECONDS_HTTP" >"$WORK/http.json"
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$serve_pid/status")
kill -TERM $serve_pid; wait $serve_pid || true
trap - EXIT

# ---- NATS JetStream workers
: >"$WORK/nats.jsonl"
for workers in 1 2; do
  port=$(free_port); store=$(mktemp -d)
  nats-server -js -a 127.0.0.1 -p "$port" -sd "$store" >"$WORK/nats-$workers.log" 2>&1 &
  nats_pid=$!
  sleep 1
  log "nats: $MESSAGES messages, $workers worker(s)"
  $LOADCHECK nats --url "nats://127.0.0.1:$port" --articles "$WORK/articles.jsonl" --count "$MESSAGES" --workers "$workers" --cli "$CLI" >>"$WORK/nats.jsonl"
  kill $nats_pid; wait $nats_pid 2>/dev/null || true; rm -rf "$store"
done

/usr/bin/python3 - "$WORK/http.json" "$WORK/nats.jsonl" "$rss_kb" "$SECONDS_HTTP" "$CONCURRENCY" "$MESSAGES" <<'PY' | /usr/bin/python3 "$REPO/bench/page_section.py" "$OUT_MD"
import datetime, json, os, re, sys
http = json.load(open(sys.argv[1])); nats = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
rss_mb = int(sys.argv[3]) / 1024; secs, conc, msgs = sys.argv[4:7]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "unknown")
load = " / ".join(open("/proc/loadavg").read().split()[:3])
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
lines = [
    "<!-- load:begin (written by bench/load.sh; bench/run.sh keeps it) -->",
    "## Service load",
    "",
    f"Measured {now} by `bash bench/load.sh` on {cpu}, `nproc` = {os.cpu_count()}, load average {load} at the end. "
    "The load generator runs on the same cores as the service, so these are floors for a dedicated machine.",
    "",
    f"HTTP: `classifier serve` (Release, default limits) on loopback; {conc} closed-loop clients post single articles "
    f"(the {sum(1 for _ in open(os.environ.get('LOAD_WORK', '/tmp/classifier-load') + '/articles.jsonl'))} authored held-out articles, cycled) "
    f"to `/v1/classify` for {secs} s after a 5 s warm-up.",
    "",
    "| requests | errors | requests/s | p50 ms | p99 ms | max ms | server peak RSS MB |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    f"| {http['requests']:,} | {http['errors']} | {http['requestsPerSecond']:,.0f} | {http['p50Ms']:.1f} | {http['p99Ms']:.1f} | {http['maxMs']:.1f} | {rss_mb:.0f} |",
    "",
    f"NATS JetStream: {msgs} articles published to `news.in` first, then `classifier worker` processes on one durable "
    "consumer drain the backlog; time from starting the workers until the output stream holds every result.",
    "",
    "| workers | messages | seconds | messages/s |",
    "| ---: | ---: | ---: | ---: |",
] + [f"| {n['workers']} | {n['messages']:,} | {n['seconds']} | {n['messagesPerSecond']:,.0f} |" for n in nats] + [
    "",
    "<!-- load:end -->",
]
section = "\n".join(lines) + "\n"
print(section, end="")
PY
log "wrote the Service load section of $OUT_MD"
