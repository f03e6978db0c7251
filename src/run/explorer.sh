#!/usr/bin/env bash
# Builds and runs the API and the static explorer in the foreground, one line per stage; one Ctrl-C stops both.
# Usage: bash src/run/explorer.sh              (the README's run command)
#        bash src/run/explorer.sh --no-build   (reuse target/ and static-client/target/, as the CI stop test does)
# MOBILITY_API_PORT and MOBILITY_EXPLORER_PORT move the ports (default 8080 and 8081); MOBILITY_DATA_DIR the database.
# Both Java processes carry -Dmobility-explorer.run=api|site, so `pgrep -af mobility-explorer.run` finds them.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
API_PORT=${MOBILITY_API_PORT:-8080}
SITE_PORT=${MOBILITY_EXPLORER_PORT:-8081}
API_URL="http://localhost:$API_PORT"
SITE_URL="http://localhost:$SITE_PORT/index.html"
RUN_DIR="$ROOT/target/run"
API_LOG="$RUN_DIR/api.log"
SITE_CLASSPATH="$RUN_DIR/site.classpath"
BUILD=true
case "${1:-}" in
    "") ;;
    --no-build) BUILD=false ;;
    *) echo "usage: bash src/run/explorer.sh [--no-build]" >&2; exit 2 ;;
esac
# -B and -Dstyle.color=never keep Maven's output free of colour codes; .mvn/jvm.config stops the stray resets.
MVN=(mvn -B -q --no-transfer-progress -Dstyle.color=never)

fail() { echo "explorer: $*" >&2; exit 1; }
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
seconds_since() { echo $(( SECONDS - $1 )); }

command -v curl >/dev/null || fail "curl is needed to check that the API is up; install it and run again."
for port in "$API_PORT" "$SITE_PORT"; do
    if port_taken "$port"; then
        fail "port $port is already in use, so nothing was started. Stop whatever listens there" \
            "(\`ss -ltnp 'sport = :$port'\` or \`lsof -i :$port\` names it; an explorer left running shows in" \
            "\`pgrep -af mobility-explorer.run\`), or choose other ports with MOBILITY_API_PORT / MOBILITY_EXPLORER_PORT."
    fi
done

# Children run in process groups of their own (set -m while starting them): a Ctrl-C in the terminal reaches only
# this script, which then stops each group with TERM (Quarkus shuts down cleanly) and, after 20 s, KILL.
groups=()
stop_all() { # a second Ctrl-C is ignored, so the script never exits before its children
    trap '' INT TERM HUP
    trap - EXIT
    local status=${1:-0} group waited=0
    [ ${#groups[@]} -eq 0 ] || echo "Stopping the explorer and the API ..."
    for group in ${groups[@]+"${groups[@]}"}; do kill -TERM -- "-$group" 2>/dev/null || true; done
    for group in ${groups[@]+"${groups[@]}"}; do
        while kill -0 -- "-$group" 2>/dev/null && [ $waited -lt 200 ]; do sleep 0.1; waited=$((waited + 1)); done
        kill -KILL -- "-$group" 2>/dev/null || true
    done
    [ ${#groups[@]} -eq 0 ] || echo "Stopped."
    exit "$status"
}
trap 'stop_all 130' INT
trap 'stop_all 143' TERM HUP
trap 'stop_all $?' EXIT
start_group() { # runs "$@" in the background in a new process group; sets $started
    set -m
    "$@" </dev/null &
    started=$!
    set +m
    groups+=("$started")
}

mkdir -p "$RUN_DIR"
if $BUILD; then
    echo "[1/4] Building the API and the static explorer (Maven; about two minutes the first time) ..."
    t0=$SECONDS
    "${MVN[@]}" package -DskipTests
    "${MVN[@]}" -f static-client compile \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$SITE_CLASSPATH"
    echo "[1/4] Built in $(seconds_since "$t0") s."
else
    [ -f target/quarkus-app/quarkus-run.jar ] && [ -d static-client/target/classes ] \
        || fail "--no-build needs a previous build (target/quarkus-app, static-client/target/classes); run without it."
    [ -f "$SITE_CLASSPATH" ] || "${MVN[@]}" -f static-client \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$SITE_CLASSPATH"
    echo "[1/4] Build skipped (--no-build): using target/quarkus-app and static-client/target/classes."
fi

echo "[2/4] Starting the API on $API_URL (the first start loads seed-data/ into the database; log: target/run/api.log) ..."
t0=$SECONDS
start_group java -Dmobility-explorer.run=api -Dquarkus.http.port="$API_PORT" -jar target/quarkus-app/quarkus-run.jar \
    >"$API_LOG" 2>&1
api=$started
until curl -sf -o /dev/null "$API_URL/q/health/ready"; do
    kill -0 "$api" 2>/dev/null || { tail -n 20 "$API_LOG" >&2; fail "the API stopped while starting (above: the end of $API_LOG)."; }
    sleep 0.5
done
count() { curl -sf "$API_URL$1" | grep -o "$2" | wc -l | tr -d ' '; }
total() { curl -sf "$API_URL$1" | grep -o '"total":[0-9]*' | head -n 1 | cut -d: -f2; }
latest=$(curl -sf "$API_URL/api/v1/editions" | grep -o '"id":"[^"]*"[^{}]*"latest":true' | cut -d'"' -f4 || true)
echo "[2/4] API up in $(seconds_since "$t0") s: $(count /api/v1/editions '"self":"/api/v1/editions/') editions" \
    "(latest $latest), $(total /api/v1/measures) measures, $(total /api/v1/areas) areas."

echo "[3/4] Generating the static explorer from the API into static-client/target/site ..."
t0=$SECONDS
start_group java -Dmobility-explorer.run=site -cp "static-client/target/classes:$(cat "$SITE_CLASSPATH")" \
    uk.mobilityexplorer.staticclient.SiteServer "$API_URL" static-client/target/site "$SITE_PORT"
site=$started
# The explorer serves only once every page is written, so its port answering marks the end of generation.
until curl -sf -o /dev/null "$SITE_URL"; do
    kill -0 "$site" 2>/dev/null || fail "the site generator stopped (its output is above)."
    kill -0 "$api" 2>/dev/null || { tail -n 20 "$API_LOG" >&2; fail "the API stopped (above: the end of $API_LOG)."; }
    sleep 0.5
done
echo "[3/4] Generated in $(seconds_since "$t0") s."

echo "[4/4] Ready. API: $API_URL  Explorer: $SITE_URL  (Ctrl-C stops both)"
while kill -0 "$api" 2>/dev/null && kill -0 "$site" 2>/dev/null; do sleep 1; done
kill -0 "$api" 2>/dev/null || { tail -n 20 "$API_LOG" >&2; fail "the API stopped (above: the end of $API_LOG)."; }
fail "the explorer's server stopped (its output is above)."
