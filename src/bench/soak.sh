#!/usr/bin/env bash
# Soak: the service (production settings as in run.sh, heap SOAK_HEAP, default 160m; H2, core 0) under wrk load
# (16 connections, core 1) for SOAK_SECONDS (default 600), while the draft edition is re-imported through the
# authenticated admin endpoint every SOAK_IMPORT_EVERY seconds (default 20). Loopback only. Prints requests, errors,
# imports, RSS over time and the JVM's own memory accounts, and checks that the draft's figures after the soak are
# byte-identical to those before it (nothing lost or mixed).
# Usage: bash src/bench/soak.sh   (needs wrk from Debian and the published files in ../shared/smc-data or SMC_DATA)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${SOAK_SECONDS:-600}
EVERY=${SOAK_IMPORT_EVERY:-20}
HEAP=${SOAK_HEAP:-160m}
PUBLISHED=${SMC_DATA:-../shared/smc-data}/releases/2026-draft
PORT=18090
WORK="$PWD/target/soak"
for tool in wrk taskset curl; do command -v $tool >/dev/null || { echo "$tool is required (apt-get install wrk)"; exit 1; }; done
[ -d "$PUBLISHED" ] || { echo "published draft files not found in $PUBLISHED"; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -B -q package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK"

# A throwaway account for this run: the password never leaves this script, only its hash reaches the service.
password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
hash=$(printf '%s\n' "$password" | java -cp target/classes uk.mobilityexplorer.security.PasswordHash)
. src/bench/production-jvm.sh
MOBILITY_ADMIN_ACCOUNTS="soak|importer|$hash" taskset -c 0 java -Xmx$HEAP $PRODUCTION_JVM_OPTS \
  -XX:NativeMemoryTracking=summary -Dquarkus.http.port=$PORT \
  -Xlog:gc:file="$WORK/gc.log" -Dmobility.data-dir="$WORK/data" -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null; do kill -0 $pid || { tail "$WORK/service.log"; exit 1; }; sleep 0.1; done
rss() { echo $(( $(ps -o rss= -p $pid) / 1024 )); }

DRAFT="/api/v1/measures/youth-unemployment/observations?edition=2026-draft&page_size=1000"
curl -sf "http://localhost:$PORT$DRAFT" -o "$WORK/draft-before.json"

cat > "$WORK/mix.lua" <<'LUA'
-- Cached reads of published editions, draft reads (emptied from the cache by every import) and uncached filters.
local paths = {
  "/api/v1/measures/youth-unemployment/observations?edition=2025&page_size=1000",
  "/api/v1/areas/TLC1/profile?edition=2025", "/api/v1/measures?edition=2025", "/api/v1/editions",
  "/api/v1/measures/youth-unemployment/observations?edition=2026-draft&page_size=1000",
  "/api/v1/measures?edition=2026-draft", "/api/v1/dimensions"}
local areas = {"TLC1","TLD3","TLE1","TLI3","TLK1","TLM5","E92000001"}
request = function()
  if math.random(4) == 1 then
    return wrk.format("GET", "/api/v1/measures/youth-unemployment/observations?edition=2025&area="
      .. areas[math.random(#areas)] .. "&sex=" .. (math.random(2) == 1 and "female" or "male") .. "&page=" .. math.random(3))
  end
  return wrk.format("GET", paths[math.random(#paths)])
end
LUA

# JIT warm-up with the same mix, not measured.
taskset -c 1 wrk -t1 -c16 -d20s -s "$WORK/mix.lua" "http://localhost:$PORT" > /dev/null
# The JVM's own account of its memory from here on, so any growth in RSS can be put down to a pool.
jcmd $pid VM.native_memory baseline > /dev/null
echo "time_s rss_mb" > "$WORK/rss.txt"
( for t in $(seq 0 30 "$DURATION"); do echo "$t $(rss)" >> "$WORK/rss.txt"; sleep 30; done ) &
sampler=$!
imports_ok=0; imports_failed=0
( files=(); for f in "$PUBLISHED"/*.csv; do files+=(-F "file=@$f"); done
  end=$(( $(date +%s) + DURATION - EVERY ))
  while [ "$(date +%s)" -lt "$end" ]; do
    sleep "$EVERY"
    code=$(curl -s -o "$WORK/import.json" -w '%{http_code}' -u "soak:$password" -X PUT "${files[@]}" \
      "http://localhost:$PORT/api/v1/admin/editions/2026-draft/files")
    echo "$code" >> "$WORK/imports.txt"
  done ) &
importer=$!
taskset -c 1 wrk -t1 -c16 -d"${DURATION}s" --latency -s "$WORK/mix.lua" "http://localhost:$PORT" > "$WORK/wrk.txt"
wait $importer || true
kill $sampler 2>/dev/null || true
echo "$DURATION $(rss)" >> "$WORK/rss.txt"
jcmd $pid VM.native_memory summary.diff scale=MB > "$WORK/native-memory.txt"

imports_ok=$(grep -c '^200$' "$WORK/imports.txt" || true)
imports_failed=$(grep -vc '^200$' "$WORK/imports.txt" || true)
curl -sf "http://localhost:$PORT$DRAFT" -o "$WORK/draft-after.json"
requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
errors=$(awk '/Non-2xx|Socket errors/ {print}' "$WORK/wrk.txt" | tr '\n' ' ')
server_errors=$(grep -c ' ERROR ' "$WORK/service.log" || true)
echo "== Soak: ${DURATION} s, heap $HEAP, wrk 16 connections, re-import of the draft edition every ${EVERY} s"
echo "requests: $requests ($(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt") req/s); latency p50 $(awk '$1=="50%" {print $2}' "$WORK/wrk.txt"), p99 $(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")"
echo "non-2xx or socket errors: ${errors:-none}; ERROR lines in the service log: $server_errors"
echo "imports: $imports_ok succeeded, $imports_failed failed"
echo "RSS (MB) every 30 s: $(awk 'NR>1 {printf "%s ", $2}' "$WORK/rss.txt")"
echo "JVM memory committed since warm-up, pools that changed (native memory tracking, $WORK/native-memory.txt):" \
  "$(sed -nE -e 's/^Total: .*committed=([0-9]+MB) ([+-][0-9]+MB).*/total \1 \2;/p' \
    -e 's/^- *([A-Za-z][A-Za-z ]*[a-z]) \(.*committed=([0-9]+MB) ([+-][0-9]+MB).*/\1 \2 \3;/p' "$WORK/native-memory.txt" | tr '\n' ' ')"
echo "heap in use after each full collection (MB): $(sed -nE 's/.*Pause Full \(Allocation Failure\) [0-9]+M->([0-9]+)M.*/\1/p' "$WORK/gc.log" | tr '\n' ' ')"
if cmp -s "$WORK/draft-before.json" "$WORK/draft-after.json"; then echo "draft figures after the soak: identical to before"
else echo "draft figures after the soak: DIFFERENT"; fi
[ -z "$errors" ] && [ "$server_errors" -eq 0 ] && [ "$imports_failed" -eq 0 ] && cmp -s "$WORK/draft-before.json" "$WORK/draft-after.json"
