#!/bin/sh
# The GUI thread never blocks (issue 4, item 8). Not a test: prints figures.
#  1. 1,000 signed events a second for 30 s into the running window (Events page showing):
#     the longest and the p99 stall of the GUI event loop (target: longest under 50 ms).
#  2. A history of 1,000,000 stored events: time to open the window on the Events page, and
#     the memory after scrolling to the end (targets: under 1 s, under 200 MB).
# Usage: tests/benchmarks/bench-gui.sh [BUILD_DIR] [RATE] [SECONDS] [HISTORY]
set -eu
BUILD=${1:-build-gui}
RATE=${2:-1000}
SECONDS_=${3:-30}
HISTORY=${4:-1000000}
BIN=$BUILD/bin
PORT=${BENCH_PORT:-18999}
SECRET=whsec_benchgui0123456789abcdef0123456789
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
WORK=$(mktemp -d /tmp/bench-gui.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

echo "== live: $RATE events/s for $SECONDS_ s"
D=$WORK/live
"$BIN/hookyard" --data-dir "$D" settings set listen.address 127.0.0.1:$PORT >/dev/null 2>&1
"$BIN/hookyard" --data-dir "$D" settings set receiver.default_rate 0 >/dev/null 2>&1
URL=$("$BIN/hookyard" --data-dir "$D" connector add bench 2>/dev/null | tail -1)
printf '%s' "$SECRET" | "$BIN/hookyard" --data-dir "$D" connector set-secret bench >/dev/null 2>&1
"$BIN/guibench" stall "$D" $((SECONDS_ + 4)) >"$WORK/stall.txt" 2>/dev/null &
GUI=$!
sleep 2
python3 - "$URL" "$SECRET" "$RATE" "$SECONDS_" <<'PY'
import hashlib, hmac, http.client, json, sys, threading, time, urllib.parse
url, secret, rate, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
u = urllib.parse.urlparse(url)
threads = 4
sent = [0] * threads
def feed(n):
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=10)
    start = time.monotonic()
    i = 0
    while True:
        due = start + i * threads / rate
        now = time.monotonic()
        if now - start >= seconds:
            break
        if due > now:
            time.sleep(due - now)
        body = json.dumps({"id": "evt_bench_%d_%d" % (n, i), "object": "event", "type": "payment_intent.succeeded",
                           "created": int(time.time()), "livemode": False, "api_version": "2024-06-20",
                           "data": {"object": {"id": "pi_%d_%d" % (n, i), "object": "payment_intent", "amount": 2000}}}).encode()
        t = str(int(time.time()))
        sig = hmac.new(secret.encode(), t.encode() + b"." + body, hashlib.sha256).hexdigest()
        conn.request("POST", u.path, body, {"Content-Type": "application/json", "Stripe-Signature": "t=%s,v1=%s" % (t, sig)})
        conn.getresponse().read()
        i += 1
        sent[n] += 1
ts = [threading.Thread(target=feed, args=(n,)) for n in range(threads)]
for t in ts: t.start()
for t in ts: t.join()
print("sent=%d (%.0f/s)" % (sum(sent), sum(sent) / seconds))
PY
wait $GUI
cat "$WORK/stall.txt"

echo "== history: $HISTORY stored events"
H=$WORK/history
"$BIN/hookyard" --data-dir "$H" connector add history >/dev/null 2>&1
CID=$(sqlite3 "$H/hookyard.db" "SELECT id FROM connectors LIMIT 1")
sqlite3 "$H/hookyard.db" >/dev/null <<SQL
PRAGMA journal_mode=WAL;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $HISTORY)
INSERT INTO events(connector_id, stripe_id, type, object, received_at, body)
SELECT '$CID', printf('evt_hist%016d', i),
       CASE i % 3 WHEN 0 THEN 'invoice.paid' WHEN 1 THEN 'payment_intent.succeeded' ELSE 'customer.updated' END,
       'event', 1700000000000 + i * 1000, '{"id":"evt"}' FROM n;
SQL
"$BIN/guibench" open "$H" 2>/dev/null
