#!/usr/bin/env bash
# Measures the packaged service against its own SQL run by pgbench on the same database, in one
# run: time to ready and idle memory; POST /v1/complaints (new posts) and GET /v1/complaints/{id}
# at saturation, each next to pgbench running the very statements the service sends; the p99 of
# ingest at about half its peak rate; and memory under load. Prints every figure and the ratios.
#
#   bench/service.sh                 # 20 s per run, wrk -t2 -c16, pgbench -c16 -j2
#   DURATION=60 bench/service.sh
#
# Needs: wrk and pgbench (apt-get install wrk postgresql-client), curl, a PostgreSQL where the
# user may create databases (PGHOST, PGPORT, PGUSER; default postgres at 127.0.0.1:5432, no
# password), and the package (built with ./mvnw package -DskipTests when it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=reviewflow_bench
READ_ROWS=10000
PGBENCH=$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

for tool in wrk curl psql "$PGBENCH"; do
  command -v "$tool" >/dev/null || { echo "bench/service.sh needs $tool" >&2; exit 1; }
done
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"

BOOT="rf_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
LOG=$(mktemp)
started=$(date +%s%N)
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
  REVIEWFLOW_SECURITY_BOOTSTRAP_ADMIN_KEY="$BOOT" REVIEWFLOW_SECURITY_REQUESTS_PER_MINUTE=1000000000 \
  "$JAVA_HOME/bin/java" -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true; rm -f "$LOG"' EXIT

until curl -sf -o /dev/null http://127.0.0.1:9000/q/health/ready; do
  kill -0 $SERVICE 2>/dev/null || { cat "$LOG" >&2; echo "the service did not start" >&2; exit 1; }
  sleep 0.02
done
ready_ms=$((($(date +%s%N) - started) / 1000000))
rss_mb() { echo $(($(awk '/VmRSS/ {print $2}' /proc/$SERVICE/status) / 1024)); }
# Idle: once started, before any request reached the API.
idle_rss=$(rss_mb)

API=http://127.0.0.1:8080/v1
curl -sf -o /dev/null $API/workspaces -H "Authorization: Bearer $BOOT" -H 'Content-Type: application/json' \
  -d '{"id": "bench", "name": "Benchmark"}'
KEY=$(curl -sf $API/workspaces/bench/api-keys -H "Authorization: Bearer $BOOT" -H 'Content-Type: application/json' \
  -d '{"name": "bench", "scopes": ["complaints:read", "complaints:write"]}' | sed -E 's/.*"secret":"([^"]+)".*/\1/')
HASH=$(psql -qAt -d $DB -c "select secret_hash from api_key where workspace_id = 'bench'")
psql -q -d $DB -v ws=bench -v rows=$READ_ROWS -f bench/seed-read.sql
psql -q -d $DB -c "analyze"

# wrk's requests per second, p50 and p99 (in ms) from its --latency output.
wrk_run() {
  local script=$1 seconds=$2
  BENCH_KEY=$KEY BENCH_ROWS=$READ_ROWS BENCH_CONNECTIONS=$CONNECTIONS \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s "bench/$script" http://127.0.0.1:8080 |
    awk '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; return v * 1000 }
      /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
      /Non-2xx/ { bad = $NF }
      /^Requests\/sec/ { rate = $2 }
      END { if (bad > 0) { print "non-2xx answers: " bad > "/dev/stderr"; exit 1 }
            printf "%.0f %.1f %.1f\n", rate, p50, p99 }'
}
pgbench_run() {
  "$PGBENCH" -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -D hash="$HASH" -D ws=bench \
    -D rows=$READ_ROWS -f "bench/$1" $DB | awk '/^tps/ { printf "%.0f\n", $3 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# The JIT compiles each hot path first (about a minute of its own load on 2 cores: reads measured
# after 20 s of warm-up came out at half their steady rate); the measured runs come after.
wrk_run ingest.lua 60 >/dev/null
wrk_run read.lua 60 >/dev/null

read -r ingest_rate ingest_p50 ingest_p99 <<<"$(wrk_run ingest.lua "$DURATION")"
load_rss=$(rss_mb)
ingest_tps=$(pgbench_run ingest.sql)
read -r read_rate read_p50 read_p99 <<<"$(wrk_run read.lua "$DURATION")"
read_tps=$(pgbench_run read.sql)
half=$((ingest_rate / 2))
read -r paced_rate paced_p50 paced_p99 <<<"$(BENCH_RATE=$half wrk_run ingest.lua "$DURATION")"

cat <<EOF
machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(psql -qAt -d $DB -c 'show server_version')
wrk -t$THREADS -c$CONNECTIONS, pgbench -c$CONNECTIONS -j$THREADS -M prepared, ${DURATION}s each
ready after start:    ${ready_ms} ms
RSS idle / loaded:    ${idle_rss} MB / ${load_rss} MB
ingest (POST):        ${ingest_rate} req/s, p50 ${ingest_p50} ms, p99 ${ingest_p99} ms
  pgbench same SQL:   ${ingest_tps} tps    ratio $(ratio "$ingest_rate" "$ingest_tps")
  paced at ~${half}/s:  ${paced_rate} req/s, p50 ${paced_p50} ms, p99 ${paced_p99} ms
read by id (GET):     ${read_rate} req/s, p50 ${read_p50} ms, p99 ${read_p99} ms
  pgbench same SQL:   ${read_tps} tps    ratio $(ratio "$read_rate" "$read_tps")
EOF
