#!/usr/bin/env bash
# Durability under SIGKILL: an acknowledged delivery is never lost (ARCHITECTURE.md section 2).
#
#   tests/benchmarks/crash-test.sh [PATH/TO/hookyard]      (default: build/bin/hookyard)
#
# Starts `hookyard serve` on a free 127.0.0.1 port with a temporary data dir, drives it with
# crash-client.js (CRASH_WORKERS=8 keep-alive connections, distinct signed Stripe events; every
# event id answered with 200 is appended to a file), and CRASH_ROUNDS (5) times kills the server
# with SIGKILL at a random moment (1-3 s into each life), checks at once that every id
# acknowledged so far is in the database, and restarts it on the same port. At the end the
# server is stopped with SIGTERM and the whole run is checked: every acknowledged id is in the
# events table and PRAGMA integrity_check answers ok. CRASH_SYNC (normal) picks
# storage.synchronous. Bounded: at most CRASH_MAX_EVENTS (200000) acknowledged events and
# CRASH_MAX_SECONDS (120) of load. Prints PASS or FAIL; exit status 1 on FAIL.
# Needs: node, sqlite3, curl, python3. CRASH_KEEP=1 keeps the temporary folder.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
bin=${1:-$repo/build/bin/hookyard}
rounds=${CRASH_ROUNDS:-5}
workers=${CRASH_WORKERS:-8}
max_events=${CRASH_MAX_EVENTS:-200000}
max_seconds=${CRASH_MAX_SECONDS:-120}
sync_mode=${CRASH_SYNC:-normal}

die() { echo "crash-test: $*" >&2; echo "FAIL"; exit 1; }
say() { echo "crash-test: $*"; }

for tool in node sqlite3 curl python3; do
    command -v "$tool" >/dev/null || die "$tool is missing (apt-get install nodejs sqlite3 curl python3)"
done
[ -x "$bin" ] || die "no hookyard binary at $bin (build it first, or pass its path)"
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

work=$(mktemp -d "${TMPDIR:-/tmp}/hookyard-crash.XXXXXX")
data=$work/data
mkdir -p "$data"
export HOOKYARD_DATA_DIR=$data
db=$data/hookyard.db
acked=$work/acked.txt
: >"$acked"
server_pid=""
client_pid=""

cleanup() {
    [ -z "$client_pid" ] || kill -TERM "$client_pid" 2>/dev/null || true
    [ -z "$server_pid" ] || kill -KILL "$server_pid" 2>/dev/null || true
    [ -z "$client_pid" ] || wait "$client_pid" 2>/dev/null || true
    [ -z "$server_pid" ] || wait "$server_pid" 2>/dev/null || true
    if [ "${CRASH_KEEP:-0}" = 1 ]; then echo "crash-test: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

secret="whsec_$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
# cli ARGS...: runs a hookyard command quietly (its output in $work/cli.out); on failure shows it.
cli() {
    if ! "$bin" "$@" >"$work/cli.out" 2>&1; then
        cat "$work/cli.out" >&2
        die "hookyard $* failed"
    fi
}
# A temporary profile: keep its secret in the data dir's 0600 file, not the user's keychain.
cli settings set secrets.backend file
cli connector add crash
path=$(grep -oE '/webhooks/stripe/[A-Za-z0-9_-]+' "$work/cli.out" | head -n 1) || true
[ -n "$path" ] || die "could not read the connector's webhook URL: $(cat "$work/cli.out")"
printf '%s' "$secret" | cli connector set-secret crash
cli connector configure crash --rate-limit 0
cli settings set storage.synchronous "$sync_mode"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
url="http://127.0.0.1:$port$path"

start_server() {
    local i code
    "$bin" serve --listen "127.0.0.1:$port" >>"$work/serve.log" 2>&1 &
    server_pid=$!
    for i in $(seq 1 200); do
        kill -0 "$server_pid" 2>/dev/null || { tail -n 20 "$work/serve.log" >&2; die "hookyard serve exited at start"; }
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 -X POST -H 'Content-Type: application/json' \
            --data '{}' "$url" 2>/dev/null || true)
        if [ -n "$code" ] && [ "$code" != 000 ]; then return 0; fi
        sleep 0.1
    done
    tail -n 20 "$work/serve.log" >&2
    die "hookyard serve did not answer on port $port"
}

# missing_ids: acknowledged ids that are not in the events table (the server must be stopped).
missing_ids() {
    sort -u "$1" >"$work/acked.sorted"
    sqlite3 "$db" 'SELECT stripe_id FROM events;' | sort -u >"$work/stored.sorted"
    comm -23 "$work/acked.sorted" "$work/stored.sorted"
}

rand_sleep() { python3 -c 'import random, time; time.sleep(random.uniform(1.0, 3.0))'; }

fail=0
start_server
node "$here/crash-client.js" --url "$url" --secret "$secret" --acked "$acked" --workers "$workers" \
    --max-events "$max_events" --max-seconds "$max_seconds" >"$work/client.json" 2>"$work/client.log" &
client_pid=$!

for round in $(seq 1 "$rounds"); do
    rand_sleep
    kill -0 "$client_pid" 2>/dev/null || { say "the client stopped early (bounds reached)"; break; }
    kill -KILL "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
    cp "$acked" "$work/acked.round$round"
    missing=$(missing_ids "$work/acked.round$round" | wc -l)
    integrity=$(sqlite3 "$db" 'PRAGMA integrity_check;' | tr '\n' ' ' | sed 's/ $//')
    say "round $round: SIGKILL after $(wc -l <"$work/acked.round$round") acknowledged, $(wc -l <"$work/stored.sorted") stored, $missing acknowledged but missing, integrity_check: $integrity"
    if [ "$missing" -ne 0 ] || [ "$integrity" != ok ]; then fail=1; fi
    start_server
done

sleep 2
kill -TERM "$client_pid" 2>/dev/null || true
wait "$client_pid" || true
client_pid=""
kill -TERM "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=""

acked_count=$(sort -u "$acked" | wc -l)
missing=$(missing_ids "$acked" | wc -l)
stored=$(sqlite3 "$db" 'SELECT count(*) FROM events;')
integrity=$(sqlite3 "$db" 'PRAGMA integrity_check;' | tr '\n' ' ' | sed 's/ $//')
say "client: $(cat "$work/client.json" 2>/dev/null || echo '{}')"
say "$rounds SIGKILL rounds (storage.synchronous=$sync_mode): $acked_count distinct events acknowledged, $stored stored, $missing acknowledged but missing, integrity_check: $integrity"
if [ "$missing" -ne 0 ]; then
    say "first missing ids:"; missing_ids "$acked" | head -n 10
    fail=1
fi
[ "$integrity" = ok ] || fail=1
[ "$acked_count" -gt 0 ] || { say "no event was acknowledged at all"; fail=1; }

if [ "$fail" = 0 ]; then echo "PASS"; else echo "FAIL"; exit 1; fi
