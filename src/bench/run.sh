#!/usr/bin/env bash
# Benchmark: the service (production settings) against nginx serving the identical bytes of the same URLs, plus
# start-up, memory, import and filtered-query figures. Loopback only; the server is pinned to core 0, wrk to core 1.
# Usage: bash src/bench/run.sh            (needs wrk and nginx-light from Debian; installs nothing itself)
#        BENCH_ROWS="1000000 10000000" BENCH_LOAD_HEAP=14g BENCH_SECONDS=20 bash src/bench/run.sh
# Collectors side by side on the cached reads (the production heap and options, only the collector swapped; Z is
# generational from JDK 23, so give it the JDK 25 there is): BENCH_COLLECTORS="Serial Parallel G1 Z"
#   BENCH_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java. BENCH_STARTUP=0 skips the restart and AOT figures;
#   BENCH_APP=<quarkus-app dir> measures another build (an earlier one, say) with the same script.
# PostgreSQL figures too: BENCH_PG_URL=jdbc:postgresql://127.0.0.1:5432/mobility_bench BENCH_PG_USER=.. BENCH_PG_PASSWORD=..
# (the benchmark empties that database with Flyway clean, so never point it at one that matters)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
ROWS=${BENCH_ROWS-1000000} # BENCH_ROWS="" skips the synthetic runs
PORT=18080
NGINX_PORT=18081
WORK="$PWD/target/bench"
mkdir -p "$WORK"
# Production JVM settings (README, "Running in production"); the heap is raised only for the synthetic bulk loads.
. src/bench/production-jvm.sh
JVM_OPTS=${BENCH_JVM_OPTS:-$PRODUCTION_JVM_OPTS}
HEAP=${BENCH_HEAP:-160m}
APP=${BENCH_APP:-target/quarkus-app}
JAVA=${BENCH_JAVA:-java}
for tool in wrk nginx taskset; do command -v $tool >/dev/null || { echo "$tool is required (apt-get install wrk nginx-light)"; exit 1; }; done
[ -f "$APP/quarkus-run.jar" ] || mvn -B -q -Dstyle.color=never package -DskipTests

launch() { # $1 data dir, $2 heap, $3 app dir; seed location in SEED, extra -D options in DB_OPTS, another JVM in JAVA,
          # its own options in AOT_OPTS; prints ms to ready
  local t0; t0=$(date +%s%N)
  taskset -c 0 "${JAVA:-java}" -Xmx"$2" $JVM_OPTS ${AOT_OPTS:-} -Dquarkus.http.port=$PORT -Dmobility.data-dir="$1" \
    ${SEED:+-Dmobility.seed.location="$SEED"} ${DB_OPTS:-} -jar "$3/quarkus-run.jar" > "$WORK/service.log" 2>&1 &
  echo $! > "$WORK/service.pid"
  until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null; do
    kill -0 "$(cat "$WORK/service.pid")" 2>/dev/null || { tail -20 "$WORK/service.log" >&2; return 1; }
    sleep 0.05
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
start_service() { # $1 data dir (emptied first), $2 seed location, [$3 heap], [$4 app dir]; prints ms to ready
  rm -rf "$1"; SEED="$2" launch "$1" "${3:-$HEAP}" "${4:-target/quarkus-app}"
}
stop_service() { # the service may belong to a subshell, so wait by polling rather than with 'wait'
  local pid; pid=$(cat "$WORK/service.pid"); kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}
rss_mb() { echo $(( $(ps -o rss= -p "$(cat "$WORK/service.pid")") / 1024 )); }
load_ms() { grep -o 'seed rows from .* in [0-9]* ms' "$WORK/service.log" | grep -o '[0-9]* ms' | tr -d ' ms'; }
# wrk's own summary stops at p99; its Lua hook reads any percentile from the same histogram.
cat > "$WORK/percentiles.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local errors = (e.status + socket == 0) and "none" or string.format("non-2xx=%d,socket=%d", e.status, socket)
  io.write(string.format("RESULT %.0f %.2f %.2f %.2f %s\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, errors))
end
LUA
run_wrk() { # $1 url [$2 lua with a request function] -> "req/s p50 p99 p99.9 errors", latencies in ms
  cat ${2:+"$2"} "$WORK/percentiles.lua" > "$WORK/run.lua"
  taskset -c 1 wrk -t1 -c16 -d"${SECONDS_PER_RUN}s" -s "$WORK/run.lua" "$1" | awk '$1=="RESULT" {$1=""; print}'
}

HOT=("/api/v1/measures/youth-unemployment/observations?edition=2025&page_size=1000"
     "/api/v1/areas/TLC1/profile?edition=2025"
     "/api/v1/measures?edition=2025")

echo "== Real data (H2, production settings; $("$JAVA" -version 2>&1 | head -1))"
ready=$(start_service "$WORK/data-real" classpath:seed-data "$HEAP" "$APP")
echo "startup to ready: ${ready} ms; seed import: $(load_ms) ms; RSS after the seed import: $(rss_mb) MB"
stop_service

NGINX_PID=""
trap '[ -z "$NGINX_PID" ] || kill $NGINX_PID 2>/dev/null || true' EXIT
start_nginx() { # serves the bytes the running service gives for each hot URL
  rm -rf "$WORK/nginx" && mkdir -p "$WORK/nginx/root"
  for url in "${HOT[@]}"; do
    file="$WORK/nginx/root${url}"; mkdir -p "$(dirname "$file")"
    curl -s "http://localhost:$PORT$url" -o "$file"
  done
  cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1; daemon off; pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http { access_log off; default_type application/json;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/root;
    location / { try_files "\$uri?\$args" =404; } } }
CONF
  taskset -c 0 nginx -c "$WORK/nginx/nginx.conf" & NGINX_PID=$!
  sleep 0.5
}

SUMMARY=()
for collector in ${BENCH_COLLECTORS:-production}; do
  collector=${collector%GC}
  opts=$JVM_OPTS
  [ "$collector" = production ] || opts="${JVM_OPTS/-XX:+UseSerialGC/} -XX:+Use${collector}GC"
  echo "== Cached reads, $collector collector ($opts)"
  # Measured as a replica runs: restarted on data already loaded (the seed is loaded once, by the first replica).
  JVM_OPTS=$opts launch "$WORK/data-real" "$HEAP" "$APP" > /dev/null
  # Warm-up, not measured: fill the response cache, then let the JIT compile the hot path (nginx needs neither). On
  # one core under load that takes 20-30 s: throughput on a cached URL climbs from about 6,000 to 40,000-50,000 req/s.
  for url in "${HOT[@]}"; do curl -s -o /dev/null "http://localhost:$PORT$url"; done
  for url in "${HOT[@]}"; do
    taskset -c 1 wrk -t1 -c16 -d"${BENCH_CACHED_WARMUP:-20}s" "http://localhost:$PORT$url" > /dev/null
  done
  warm_rss=$(rss_mb)
  echo "RSS after warm-up: ${warm_rss} MB"
  [ -n "$NGINX_PID" ] || start_nginx
  # Each URL is driven on the service and then at once on nginx, so both see the same load from the rest of the host.
  printf "%-72s %8s %8s %6s | %-20s | %-20s | %6s %s\n" URL svc_rps ngx_rps rps× "svc p50/p99/p99.9 ms" \
    "ngx p50/p99/p99.9 ms" p99× errors
  worst_p99=0; worst_p99_ratio=0; least_rps_ratio=999
  for url in "${HOT[@]}"; do
    read -r s_rps s_p50 s_p99 s_p999 s_err <<< "$(run_wrk "http://localhost:$PORT$url")"
    read -r n_rps n_p50 n_p99 n_p999 n_err <<< "$(run_wrk "http://localhost:$NGINX_PORT$url")"
    rps_ratio=$(echo "$s_rps / $n_rps" | bc -l); p99_ratio=$(echo "$s_p99 / $n_p99" | bc -l)
    printf "%-72s %8s %8s %6.2f | %6s %6s %6s | %6s %6s %6s | %6.1f %s\n" "$url" "$s_rps" "$n_rps" "$rps_ratio" \
      "$s_p50" "$s_p99" "$s_p999" "$n_p50" "$n_p99" "$n_p999" "$p99_ratio" "svc $s_err, nginx $n_err"
    worst_p99=$(echo "if ($s_p99 > $worst_p99) $s_p99 else $worst_p99" | bc -l)
    worst_p99_ratio=$(echo "if ($p99_ratio > $worst_p99_ratio) $p99_ratio else $worst_p99_ratio" | bc -l)
    least_rps_ratio=$(echo "if ($rps_ratio < $least_rps_ratio) $rps_ratio else $least_rps_ratio" | bc -l)
  done
  # Stored first, as the hot URLs are: otherwise all 16 connections open the run with one cold miss each (a new
  # worker thread, code not yet compiled; about 100 ms on one core), and wrk's correction for coordinated omission
  # spreads that one stall over the percentiles (p99 27-86 ms), which measures start-up rather than load.
  curl -s -o /dev/null "http://localhost:$PORT/api/v1/editions"
  read -r m_rps m_p50 m_p99 m_p999 m_err <<< "$(run_wrk "http://localhost:$PORT/api/v1/editions")"
  echo "metadata (/api/v1/editions) under load: ${m_rps} req/s, p50 ${m_p50} ms, p99 ${m_p99} ms, p99.9 ${m_p999} ms, errors ${m_err}"
  load_rss=$(rss_mb)
  echo "RSS after load: ${load_rss} MB"
  stop_service
  SUMMARY+=("$(printf "%-12s %10.2f %10.1f %10.2f %10s %8s %8s" "$collector" "$worst_p99" "$worst_p99_ratio" \
    "$least_rps_ratio" "$m_p99" "$warm_rss" "$load_rss")")
done
[ -z "$NGINX_PID" ] || { kill $NGINX_PID 2>/dev/null || true; NGINX_PID=""; }
echo "== Collectors (cached reads: worst p99 in ms and its ratio to nginx, least throughput ratio; metadata p99 ms; RSS MB)"
printf "%-12s %10s %10s %10s %10s %8s %8s\n" collector cached_p99 p99×nginx rps×nginx meta_p99 rss_warm rss_load
printf "%s\n" "${SUMMARY[@]}"

restarts() { # five restarts on the loaded real data, same options as launch; prints their ms to ready and the median
  local times=()
  for _ in 1 2 3 4 5; do times+=("$(launch "$WORK/data-real" "$HEAP" "$1" || echo failed)"); stop_service; done
  echo "${times[*]}; median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)"
}
if [ "${BENCH_STARTUP:-1}" = 0 ]; then
  echo "restart figures: skipped (BENCH_STARTUP=0)"
else
  echo "restart to ready with data already loaded (ms, five times): $(restarts "$APP")"

  AOT_JAVA=${BENCH_AOT_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
  if [ -x "$AOT_JAVA" ] && "$AOT_JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCache '; then
    # JDK 24 and later start from an AOT cache of the classes a training run loaded and linked (and, from JDK 25, the
    # methods it profiled). Quarkus's aot-jar packaging leaves class loading to the JDK's loaders, which the cache needs.
    mvn -B -q -Dstyle.color=never package -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=bench-aot-app
    rm -f target/bench-aot-app/app.aot
    JAVA="$AOT_JAVA" AOT_OPTS="-XX:AOTCacheOutput=target/bench-aot-app/app.aot" launch "$WORK/data-real" "$HEAP" \
      target/bench-aot-app > /dev/null
    for url in "${HOT[@]}"; do taskset -c 1 wrk -t1 -c16 -d3s "http://localhost:$PORT$url" > /dev/null; done
    stop_service # the JVM records its training as it exits, then a child JVM assembles the cache: wait for that too
    until [ -f target/bench-aot-app/app.aot ] && [ ! -f target/bench-aot-app/app.aot.config ]; do sleep 0.2; done
    echo "restart to ready from an AOT cache ($("$AOT_JAVA" -version 2>&1 | head -1), aot-jar; ms, five times):" \
      "$(JAVA="$AOT_JAVA" AOT_OPTS="-XX:AOTCache=target/bench-aot-app/app.aot" restarts target/bench-aot-app)"
  else
    echo "restart from an AOT cache: skipped (needs JDK 24 or later in BENCH_AOT_JAVA)"
  fi
fi

cat > "$WORK/filtered.lua" <<'LUA'
local areas = {"TLC1","TLC2","TLD1","TLD3","TLE1","TLF1","TLG1","TLH1","TLI3","TLJ1","TLK1","TLL1","TLM5","TLN0","E92000001","SMC205-aberdeen-city","SMC205-kent","E06000010"}
local seb = {"","&seb=lower-working","&seb=higher-professional","&seb=intermediate"}
local sexes = {"female","male"}
-- Cache-Control: no-cache makes the response cache compute every request (and store it, as for any miss).
request = function()
  local a = areas[math.random(#areas)]; local s = sexes[math.random(#sexes)] .. seb[math.random(#seb)]
  return wrk.format("GET", "/api/v1/measures/youth-unemployment/observations?edition=bench&area=" .. a .. "&sex=" .. s
    .. "&page_size=100&period=2024", {["Cache-Control"] = "no-cache"})
end
LUA
scale_run() { # $1 label, $2 rows, $3 app dir; the load's own options (such as Flyway clean) in LOAD_OPTS
  if ! DB_OPTS="${DB_OPTS:-} ${LOAD_OPTS:-}" start_service "$WORK/data-$2" "$WORK/seed-$2" "${BENCH_LOAD_HEAP:-3g}" "$3" > /dev/null; then
    echo "$1: load of $2 rows failed (last lines of $WORK/service.log above)"; return 0
  fi
  echo "$1: import of $2 rows: $(load_ms) ms"
  stop_service
  # Measured as served in production: a restart on the loaded data with the production heap, not the load's heap.
  launch "$WORK/data-$2" "$HEAP" "$3" > /dev/null || { echo "$1: restart on $2 rows failed"; return 0; }
  # Warm-up, not measured: on one core the JIT and the database's caches take one to two minutes to settle after a
  # restart (at 1M rows on H2, from about 30 to about 500 req/s).
  taskset -c 1 wrk -t1 -c16 -d"${BENCH_FILTER_WARMUP:-120}s" -s "$WORK/filtered.lua" "http://localhost:$PORT" > /dev/null
  read -r f_rps f_p50 f_p99 f_err <<< "$(run_wrk "http://localhost:$PORT" "$WORK/filtered.lua")"
  echo "$1: uncached filtered query at $2 rows: ${f_rps} req/s, p50 ${f_p50}, p99 ${f_p99}, errors ${f_err}; RSS $(rss_mb) MB"
  # The bulk download of the whole synthetic edition on the production heap: memory must stay flat however many rows.
  local peak=0 rss bulk_pid t0 t1 bytes
  t0=$(date +%s%N)
  curl -sf -o "$WORK/bulk-$2.csv" "http://localhost:$PORT/api/v1/editions/bench/observations" & bulk_pid=$!
  while kill -0 "$bulk_pid" 2>/dev/null; do
    rss=$(rss_mb); [ "$rss" -gt "$peak" ] && peak=$rss; sleep 0.2
  done
  wait "$bulk_pid" || { echo "$1: bulk download of $2 rows failed (see $WORK/service.log)"; stop_service; return 0; }
  t1=$(date +%s%N); bytes=$(stat -c %s "$WORK/bulk-$2.csv"); rm -f "$WORK/bulk-$2.csv"
  echo "$1: bulk download of the $2-row edition: $(( (t1 - t0) / 1000000 )) ms, $(( bytes / 1048576 )) MB of CSV, peak RSS ${peak} MB (heap $HEAP)"
  stop_service
}
if [ -n "${BENCH_PG_URL:-}" ]; then
  # The JDBC driver kind is fixed at build time, so PostgreSQL gets its own build of the same code.
  mvn -B -q -Dstyle.color=never package -DskipTests -Dquarkus.datasource.db-kind=postgresql -Dquarkus.package.output-directory=bench-pg-app
fi
for n in $ROWS; do
  echo "== Synthetic ${n} rows"
  java src/bench/ScaleFixture.java "$n" "$WORK/seed-$n"
  # One transaction for the whole load keeps H2's undo log in memory, so large loads get a larger heap.
  DB_OPTS="" LOAD_OPTS="" scale_run "H2" "$n" "$APP"
  if [ -n "${BENCH_PG_URL:-}" ]; then
    DB_OPTS="-Dquarkus.datasource.jdbc.url=$BENCH_PG_URL -Dquarkus.datasource.username=${BENCH_PG_USER:-} \
      -Dquarkus.datasource.password=${BENCH_PG_PASSWORD:-}" \
      LOAD_OPTS="-Dquarkus.flyway.clean-at-start=true -Dquarkus.flyway.clean-disabled=false" \
      scale_run "PostgreSQL" "$n" target/bench-pg-app
  else
    echo "PostgreSQL: skipped (set BENCH_PG_URL, BENCH_PG_USER, BENCH_PG_PASSWORD)"
  fi
done
