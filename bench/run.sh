#!/usr/bin/env bash
# The performance run: the service under signed load next to the peers and the floor, plus the in-process benchmarks,
# summed up in one markdown table.
#
#   bench/run.sh                 # about 6 minutes on 2 cores
#   QUICK=1 bench/run.sh         # about 3 minutes: c=16 only, 5 s per cell, short in-process runs, no members run
#
# Options (environment):
#   SHARED_BENCH=DIR   the shared harness (peers, load tool, keys); default: ../shared/bench beside the repository
#   CONCS="1 16 64"    connection counts for the load cells (QUICK: "16")
#   DUR=10 WARMUP=5    seconds per load cell and of warm-up (QUICK: 5 and 3)
#   PEERS="slack-bolt discord-interactions floor-slack floor-discord"   peer/floor targets run in the same sitting
#   SKIP_PEERS=1 SKIP_HOTPATHS=1 SKIP_MEMBERS=1 SKIP_JOINS=1 SKIP_LOGPASS=1   leave parts out
#   PORT=5090 FAKE_PORT=5091    where the service and the stand-in platform APIs listen (127.0.0.1)
#
# The service runs in Release from a fresh publish, with the harness's test keys, a throwaway data file holding seven
# events (five upcoming, as the peers list) and logging at Warning. Slack's users.info and Discord's REST API are
# stood in for by the bench project on FAKE_PORT, so members are looked up once and kept, as in production.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED_BENCH:-$REPO/../shared/bench}"
[ -x "$SHARED/load.sh" ] || { echo "the shared bench harness is not at $SHARED (set SHARED_BENCH)" >&2; exit 2; }
SHARED="$(cd "$SHARED" && pwd)"

if [ "${QUICK:-0}" = 1 ]; then CONCS="${CONCS:-16}"; DUR="${DUR:-5}"; WARMUP="${WARMUP:-3}"; SKIP_MEMBERS="${SKIP_MEMBERS:-1}"; HOTPATH_JOB="${HOTPATH_JOB:-dry}"; fi
export CONCS="${CONCS:-1 16 64}" DUR="${DUR:-10}" WARMUP="${WARMUP:-5}"
PEERS="${PEERS:-slack-bolt discord-interactions floor-slack floor-discord}"
PORT="${PORT:-5090}"; FAKE_PORT="${FAKE_PORT:-5091}"
WORK="$(mktemp -d -t networkbot-perf.XXXXXX)"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
say() { echo "== $*" >&2; }

# The harness writes its installs (.deps) and results beside itself: a read-only copy is used from a writable one.
if [ ! -w "$SHARED" ]; then cp -r "$SHARED" "$WORK/shared-bench"; SHARED="$WORK/shared-bench"; fi
if ! command -v wrk >/dev/null || [ ! -d "$SHARED/.deps/node_modules" ] || [ ! -f "$SHARED/.deps/floor/Floor.dll" ]; then
  say "setting up the shared harness (once)"; "$SHARED/setup.sh" >&2
fi

say "publishing the service and building the bench project (Release)"
# Published as the Dockerfile publishes it (ReadyToRun for this platform).
dotnet publish "$REPO/src/NetworkBot" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o "$WORK/app" -v q --nologo >&2
dotnet build "$REPO/bench/NetworkBot.Bench" -c Release -v q --nologo >&2
# The bench project's own executable: its members run starts itself again to write the test data.
BENCH="$REPO/bench/NetworkBot.Bench/bin/Release/net10.0/NetworkBot.Bench"

wait_port() { for _ in $(seq 1 300); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.05; done; echo "port $1 not up" >&2; return 1; }
SLACK_URL="http://127.0.0.1:$PORT/slack/commands"
DISCORD_URL="http://127.0.0.1:$PORT/discord/interactions"

# Starts the service on a fresh copy of a data file (default: the seeded one); sets SERVICE_PID and COLD_MS (start to the first /health 200).
start_service() { # LOG_LEVEL [DATA_FILE]
  rm -rf "$WORK/data"; mkdir -p "$WORK/data"; cp "${2:-$WORK/seed.db}" "$WORK/data/networkbot.db"
  local t0; t0=$(date +%s%N)
  Storage__Path="$WORK/data/networkbot.db" Logging__LogLevel__Default="$1" \
  Slack__SigningSecret="$(cat "$SHARED/keys/slack_signing_secret")" Slack__BotToken=xoxb-bench \
  Slack__ApiBaseUrl="http://127.0.0.1:$FAKE_PORT/slack/api/" \
  Discord__ApplicationId=1300000000000000001 Discord__PublicKey="$(cat "$SHARED/keys/discord_public_key")" \
  Discord__BotToken=bench Discord__ApiBaseUrl="http://127.0.0.1:$FAKE_PORT/discord/api/" \
    dotnet "$WORK/app/NetworkBot.dll" --urls "http://127.0.0.1:$PORT" > "$WORK/service-$1.log" 2>&1 &
  SERVICE_PID=$!; PIDS+=("$SERVICE_PID")
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health"; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$WORK/service-$1.log" >&2; echo "the service stopped" >&2; exit 1; }
    [ $(( ($(date +%s%N) - t0) / 1000000 )) -lt 30000 ] || { echo "no /health 200 within 30 s" >&2; exit 1; }
    sleep 0.01
  done
  COLD_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  # CPU time spent by then (all threads): steadier than wall time when other work shares the cores.
  COLD_CPU_MS=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f", ($14+$15)*1000/hz}' "/proc/$SERVICE_PID/stat")
}
stop_service() { kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; }

RESULTS="$WORK/results.txt"; : > "$RESULTS"
echo "LOAD before=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS"

"$BENCH" seed-events "$WORK/seed.db" >&2
"$BENCH" fake-platforms --urls "http://127.0.0.1:$FAKE_PORT" > "$WORK/fake.log" 2>&1 &
PIDS+=("$!"); wait_port "$FAKE_PORT"

say "cold start and load: the service"
start_service Warning
echo "COLD ms=$COLD_MS cpu_ms=$COLD_CPU_MS" >> "$RESULTS"
say "cold start to /health 200: $COLD_MS ms ($COLD_CPU_MS ms CPU)"
OUT="$WORK/ours-slack.txt" "$SHARED/run-all.sh" attach networkbot slack "$SLACK_URL" "$SERVICE_PID" >/dev/null
OUT="$WORK/ours-discord.txt" "$SHARED/run-all.sh" attach networkbot discord "$DISCORD_URL" "$SERVICE_PID" >/dev/null
NO_CHECK=0 "$SHARED/load.sh" discord-ping "$DISCORD_URL" 1 1 2>&1 | grep '^check' | sed 's/^/# ping /' >> "$RESULTS" || true
cat "$WORK/ours-slack.txt" "$WORK/ours-discord.txt" >> "$RESULTS"
stop_service

if [ "${SKIP_LOGPASS:-0}" != 1 ]; then
  say "the same at Information, the production log level (one line per command, to a file)"
  start_service Information
  sleep 3
  NO_CHECK=1 "$SHARED/load.sh" slack "$SLACK_URL" "$WARMUP" 16 >/dev/null 2>&1
  SERVER_PID="$SERVICE_PID" NO_CHECK=1 "$SHARED/load.sh" slack "$SLACK_URL" "$DUR" 16 2>/dev/null \
    | sed 's/^SUMMARY /SUMMARY target=networkbot-info-log /' >> "$RESULTS"
  stop_service
fi

if [ "${SKIP_PEERS:-0}" != 1 ]; then
  say "the peers and the floor, same sitting: $PEERS"
  TARGETS="$PEERS" OUT="$WORK/peers.txt" "$SHARED/run-all.sh" >/dev/null
  cat "$WORK/peers.txt" >> "$RESULTS"
fi

if [ "${SKIP_JOINS:-0}" != 1 ]; then
  say "500 simultaneous /join for 180 seats"
  "$BENCH" joins | tee -a "$RESULTS" >&2
fi

if [ "${SKIP_MEMBERS:-0}" != 1 ]; then
  say "50,000 members: directory search and memory"
  "$BENCH" members > "$WORK/members.txt" || true
  awk '/^ALL /{print "MEMBERS p50_ms="$(NF-2)" p95_ms="$(NF-1)" p99_ms="$NF} /^after the searches/{gsub(/[(),]/,""); print "MEMBERS_MEM rss_mb="$5" peak_mb="$8" heap_mb="$12}' "$WORK/members.txt" >> "$RESULTS"

  say "the whole service on that 50,000-member file: cold start, the read-through after it, /members over HTTP, memory"
  start_service Warning "${TMPDIR:-/tmp}/networkbot-bench-50000.db"
  t0=$(date +%s%N)
  until curl -s "http://127.0.0.1:$PORT/health" | grep -q '"storage":"ok"'; do
    [ $(( ($(date +%s%N) - t0) / 1000000 )) -lt 120000 ] || { echo "the read-through did not finish within 2 minutes" >&2; break; }
    sleep 0.05
  done
  echo "COLD50K ms=$COLD_MS cpu_ms=$COLD_CPU_MS checked_after_ms=$(( ($(date +%s%N) - t0) / 1000000 ))" >> "$RESULTS"
  "$BENCH" members-service --url "$SLACK_URL" --secret-file "$SHARED/keys/slack_signing_secret" >> "$RESULTS"
  awk '/^VmRSS/{r=$2} /^VmHWM/{h=$2} END{printf "MEMBERS_HTTP_MEM rss_mb=%.1f peak_mb=%.1f\n", r/1024, h/1024}' "/proc/$SERVICE_PID/status" >> "$RESULTS"
  say "$(tail -3 "$RESULTS" | tr '\n' ' ')"
  stop_service
fi

if [ "${SKIP_HOTPATHS:-0}" != 1 ]; then
  say "in-process benchmarks (BenchmarkDotNet, in process)"
  (cd "$WORK" && "$BENCH" hot-paths --filter '*' --job "${HOTPATH_JOB:-short}" --inProcess --exporters github > "$WORK/hotpaths.log" 2>&1) || { tail -40 "$WORK/hotpaths.log" >&2; echo "hot-path benchmarks failed" >&2; }
fi
echo "LOAD after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS"

mkdir -p "$REPO/bench/results"
KEEP="$REPO/bench/results/run-$(date -u +%Y%m%dT%H%M%SZ)"
cp "$RESULTS" "$KEEP.txt"
"$REPO/bench/report.sh" "$RESULTS" "$WORK" | tee "$KEEP.md"
echo >&2; echo "raw results: $KEEP.txt, table: $KEEP.md" >&2
