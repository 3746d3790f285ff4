#!/usr/bin/env bash
# Starts the packaged service as the image does (bench/lib.sh) RUNS times and prints, per start,
# the time from starting the JVM to /q/health/ready answering 200 and the resident memory 10 s
# later (no request in between), then the median and range of each. The first start migrates a
# new database; the others find it migrated, as a restarted or added replica does.
#
#   bench/startup.sh            # 5 starts
#   RUNS=9 bench/startup.sh
#
# Needs what bench/lib.sh says.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

RUNS=${RUNS:-5}
DB=${BENCH_DB:-reviewflow_startup}
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
ready=() rss=()
for run in $(seq 1 "$RUNS"); do
  start_service_on "$DB"
  sleep 10
  rss+=("$(rss_mb)")
  ready+=("$ready_ms")
  echo "start $run: ready after ${ready_ms} ms, RSS idle $(rss_mb) MB ($(awk '/RssAnon/ {a = $2} /RssFile/ {f = $2} END {printf "anon %d, file %d", a / 1024, f / 1024}' /proc/$SERVICE/status) MB)"
  stop_all
done

# summary NAME VALUES...: median and range.
summary() {
  local name=$1
  shift
  printf '%s\n' "$@" | sort -n | awk -v name="$name" '{ v[NR] = $1 }
    END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
          printf "%s: median %s, range %s-%s (%d starts)\n", name, m, v[1], v[NR], NR }'
}
machine
summary "ready after start (ms)" "${ready[@]}"
summary "RSS idle (MB)" "${rss[@]}"
