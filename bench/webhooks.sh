#!/usr/bin/env bash
# What webhooks cost ingest, and how soon events arrive: POST /v1/complaints at saturation without
# any subscription, then with one active subscription to a local receiver (the outbox writes an
# event and a delivery per complaint, and the dispatcher sends them meanwhile); then the delivery
# lag (event timestamp to receipt, p50/p99) with ingest paced at half the rate it reached.
#
#   bench/webhooks.sh                # 20 s per run, wrk -t2 -c16
#
# Needs what bench/lib.sh says.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

start_service reviewflow_bench_webhooks REVIEWFLOW_WEBHOOKS_ALLOW_HTTP=true REVIEWFLOW_WEBHOOKS_ALLOW_LOOPBACK=true
export BENCH_KEY
BENCH_KEY=$(new_key '["complaints:read", "complaints:write", "admin"]')

PORT_FILE=$(mktemp)
rm -f "$PORT_FILE"
"$JAVA_HOME/bin/java" bench/WebhookReceiver.java "$PORT_FILE" &
STOP_PIDS=$!
until [ -s "$PORT_FILE" ]; do sleep 0.05; done
RECEIVER=http://127.0.0.1:$(cat "$PORT_FILE")

pending() { psql -qAt -d "$DB" -c "select count(*) from webhook_delivery where status = 'PENDING'"; }
# Waits until every delivery is made (at most 5 minutes); prints how many seconds that took.
drain() {
  local start=$SECONDS
  until [ "$(pending)" = 0 ]; do
    [ $((SECONDS - start)) -lt 300 ] || { echo "deliveries still pending after 300 s" >&2; exit 1; }
    sleep 0.2
  done
  echo $((SECONDS - start))
}

# A minute of JIT warm-up, then ingest without subscriptions. ANALYZE after each warm-up does
# what autovacuum does in production within a minute (it may be off on a development machine:
# without statistics PostgreSQL can take a wrong index for the lookup of a post by source).
wrk_run ingest.lua "$WARMUP" >/dev/null
psql -q -d "$DB" -c analyze
read -r plain_rate plain_p50 plain_p99 <<<"$(wrk_run ingest.lua "$DURATION")"

curl -sf -o /dev/null $API/webhooks -H "Authorization: Bearer $BENCH_KEY" -H 'Content-Type: application/json' \
  -d "{\"url\": \"$RECEIVER/hook\", \"description\": \"benchmark receiver\"}"
wrk_run ingest.lua 30 >/dev/null
drain >/dev/null
psql -q -d "$DB" -c analyze
read -r hooked_rate hooked_p50 hooked_p99 <<<"$(wrk_run ingest.lua "$DURATION")"
backlog=$(pending)
drain_s=$(drain)

half=$((hooked_rate / 2))
curl -sf -o /dev/null -X POST "$RECEIVER/reset"
read -r paced_rate _ _ <<<"$(BENCH_RATE=$half wrk_run ingest.lua "$DURATION")"
drain >/dev/null
read -r delivered lag_p50 lag_p99 lag_max <<<"$(curl -sf "$RECEIVER/stats")"

cat <<EOF
$(machine)
wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s each
ingest, no subscription:     ${plain_rate} req/s, p50 ${plain_p50} ms, p99 ${plain_p99} ms
ingest, one subscription:    ${hooked_rate} req/s, p50 ${hooked_p50} ms, p99 ${hooked_p99} ms   ratio $(ratio "$hooked_rate" "$plain_rate")
  deliveries pending at the end: ${backlog}, all delivered ${drain_s} s later
delivery lag at ~${half} req/s (${paced_rate} req/s, ${delivered} events): p50 ${lag_p50} ms, p99 ${lag_p99} ms, max ${lag_max} ms
EOF
