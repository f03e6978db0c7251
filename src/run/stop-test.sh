#!/usr/bin/env bash
# Proves the README's run command leaves nothing behind: starts src/run/explorer.sh on the built artifacts
# (--no-build, after the test command has built them) in a session of its own, checks that a second run refuses the
# taken ports, presses Ctrl-C the way a terminal does (SIGINT to the foreground process group), then fails if the
# script did not exit with 130, if any process of its session remains, or if either port still answers.
# Usage: bash src/run/stop-test.sh   (Linux: needs setsid and ps; .ci/run calls it after the test command)
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d)
free_port() { # the first port from $1 up that nothing answers on
    local port=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    echo "$port"
}
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
export MOBILITY_API_PORT MOBILITY_EXPLORER_PORT MOBILITY_DATA_DIR="$WORK/data"
MOBILITY_API_PORT=$(free_port 18180)
MOBILITY_EXPLORER_PORT=$(free_port $((MOBILITY_API_PORT + 1)))

# With job control on, the background job keeps SIGINT (a script's background jobs would otherwise ignore it, and a
# shell cannot trap a signal ignored on entry); setsid --wait then runs explorer.sh as the leader of a new session
# and process group, as a terminal's foreground job is, and passes its exit status back.
set -m
setsid --wait bash src/run/explorer.sh --no-build >"$WORK/run.log" 2>&1 &
waiter=$!
set +m
for _ in $(seq 50); do run=$(pgrep -P "$waiter" || true); [ -z "$run" ] || break; sleep 0.1; done
cleanup() { [ -z "${run:-}" ] || pkill -KILL -s "$run" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
fail() { echo "stop test FAILED: $*"; echo "--- run output"; cat "$WORK/run.log"; exit 1; }
[ -n "$run" ] || fail "explorer.sh did not start"

for _ in $(seq 600); do
    grep -q '^\[4/4\] Ready' "$WORK/run.log" && break
    kill -0 "$run" 2>/dev/null || fail "explorer.sh exited before it was ready"
    sleep 0.5
done
grep -q '^\[4/4\] Ready' "$WORK/run.log" || fail "explorer.sh was not ready within 300 s"

if second=$(bash src/run/explorer.sh --no-build 2>&1); then fail "a second run started although both ports were taken"; fi
echo "$second" | grep -q "port $MOBILITY_API_PORT is already in use" || fail "a second run did not name the taken port: $second"

kill -INT -- "-$run"
status=0
for _ in $(seq 300); do kill -0 "$run" 2>/dev/null || break; sleep 0.1; done
kill -0 "$run" 2>/dev/null && fail "explorer.sh still running 30 s after Ctrl-C"
wait "$waiter" || status=$?
[ "$status" -eq 130 ] || fail "explorer.sh exited with $status after Ctrl-C, not 130"
left=$(ps -o pid=,args= -s "$run" || true)
[ -z "$left" ] || fail "processes left after Ctrl-C: $left"
for port in "$MOBILITY_API_PORT" "$MOBILITY_EXPLORER_PORT"; do answers "$port" && fail "port $port still answers after Ctrl-C"; done
echo "stop test passed: one Ctrl-C stopped the API and the explorer; nothing left in their session; ports" \
    "$MOBILITY_API_PORT and $MOBILITY_EXPLORER_PORT free. The run's output:"
sed 's/^/    /' "$WORK/run.log"
