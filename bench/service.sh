#!/usr/bin/env bash
# Measures the packaged service against its own SQL run by pgbench on the same database, in one
# run: time to ready and idle memory; POST /v1/complaints (new posts) and GET /v1/complaints/{id}
# at saturation, each next to pgbench running the very statements the service sends; the p99 of
# ingest at about half its peak rate; memory under load; and the rate of the same GET without a
# key (401 before any database work: what the HTTP stack alone reaches), and from that and pgbench
# the ceiling of each path on these cores. Prints every figure and the ratios.
#
#   bench/service.sh                 # 20 s per run, wrk -t2 -c16, pgbench -c16 -j2
#   DURATION=60 bench/service.sh
#   BENCH_DB=mine HTTP_PORT=18080 MANAGEMENT_PORT=19000 bench/service.sh   # beside another run
#
# Needs what bench/lib.sh says.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

READ_ROWS=10000
start_service "${BENCH_DB:-reviewflow_bench}"
# Idle: 10 s after it was ready, before any request reached the API.
sleep 10
idle_rss=$(rss_mb)

export BENCH_KEY BENCH_ROWS=$READ_ROWS
BENCH_KEY=$(new_key '["complaints:read", "complaints:write"]')
HASH=$(psql -qAt -d $DB -c "select secret_hash from api_key where workspace_id = 'bench'")
psql -q -d $DB -v ws=bench -v rows=$READ_ROWS -f bench/seed-read.sql
psql -q -d $DB -c "analyze"

pgbench_run() {
  "$PGBENCH" -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -D hash="$HASH" -D ws=bench \
    -D rows=$READ_ROWS -f "bench/$1" $DB | awk '/^tps/ { printf "%.0f\n", $3 }'
}

# The JIT compiles each hot path first (about a minute of its own load on 2 cores: reads measured
# after 20 s of warm-up came out at half their steady rate); the measured runs come after.
wrk_run ingest.lua "$WARMUP" >/dev/null
wrk_run read.lua "$WARMUP" >/dev/null

read -r ingest_rate ingest_p50 ingest_p99 <<<"$(wrk_run ingest.lua "$DURATION")"
load_rss=$(rss_mb)
ingest_tps=$(pgbench_run ingest.sql)
read -r read_rate read_p50 read_p99 <<<"$(wrk_run read.lua "$DURATION")"
read_tps=$(pgbench_run read.sql)
half=$((ingest_rate / 2))
# Checkpoints that PostgreSQL starts while the paced run writes: each one can stall its writers.
checkpoints() { psql -qAt -d $DB -c "select checkpoints_timed + checkpoints_req from pg_stat_bgwriter"; }
checkpoints_before=$(checkpoints)
read -r paced_rate paced_p50 paced_p99 <<<"$(BENCH_RATE=$half wrk_run ingest.lua "$DURATION")"
paced_checkpoints=$(($(checkpoints) - checkpoints_before))
# The floor of the HTTP stack on this machine: the same GET without a key, answered 401 (a
# problem+json) by the authentication filter before any database work.
unauthenticated_rate=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" \
  "$API/complaints/00000000-0000-4000-8000-000000000001" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')

# The most a request could reach on these shared cores if the service added nothing to the HTTP
# stack's floor but pgbench's statements: one request costs the time of a 401 plus that of one
# pgbench transaction, 1 / (1 / floor + 1 / tps).
ceiling() { awk -v f="$unauthenticated_rate" -v t="$1" 'BEGIN { printf "%.0f", 1 / (1 / f + 1 / t) }'; }
ingest_ceiling=$(ceiling "$ingest_tps")
read_ceiling=$(ceiling "$read_tps")

cat <<EOF
$(machine)
wrk -t$THREADS -c$CONNECTIONS, pgbench -c$CONNECTIONS -j$THREADS -M prepared, ${DURATION}s each
ready after start:    ${ready_ms} ms
RSS idle / loaded:    ${idle_rss} MB / ${load_rss} MB
ingest (POST):        ${ingest_rate} req/s, p50 ${ingest_p50} ms, p99 ${ingest_p99} ms
  pgbench same SQL:   ${ingest_tps} tps    ratio $(ratio "$ingest_rate" "$ingest_tps")
  ceiling (401 + SQL): ${ingest_ceiling} req/s ratio $(ratio "$ingest_ceiling" "$ingest_tps")
  paced at ~${half}/s:  ${paced_rate} req/s, p50 ${paced_p50} ms, p99 ${paced_p99} ms (checkpoints meanwhile: ${paced_checkpoints})
read by id (GET):     ${read_rate} req/s, p50 ${read_p50} ms, p99 ${read_p99} ms
  pgbench same SQL:   ${read_tps} tps    ratio $(ratio "$read_rate" "$read_tps")
  ceiling (401 + SQL): ${read_ceiling} req/s ratio $(ratio "$read_ceiling" "$read_tps")
  without a key (401): ${unauthenticated_rate} req/s    ratio $(ratio "$unauthenticated_rate" "$read_tps")
EOF
