# Shared by the benchmark scripts (sourced, not run): settings, starting the packaged service on a
# database of its own, a workspace key, and wrk/pgbench runs that print their figures.
# Needs: wrk and pgbench (apt-get install wrk postgresql-client), curl, a PostgreSQL where the
# user may create databases (PGHOST, PGPORT, PGUSER; default postgres at 127.0.0.1:5432, no
# password), a JDK 25+ (JAVA_HOME), and the package (built with ./mvnw package -DskipTests when
# it is missing).

DURATION=${DURATION:-20}
# Seconds of load before the measured runs, for the JIT (a minute on 2 cores; less only to try the script).
WARMUP=${WARMUP:-60}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PGBENCH=$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# The service's ports (HTTP_PORT, MANAGEMENT_PORT): others than 8080 and 9000 where those are taken.
HTTP_PORT=${HTTP_PORT:-8080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9000}
API=http://127.0.0.1:$HTTP_PORT/v1

for tool in wrk curl psql "$PGBENCH"; do
  command -v "$tool" >/dev/null || { echo "$0 needs $tool" >&2; exit 1; }
done
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi

# The JVM as the image starts it (Dockerfile): its options, an AOT cache made by the same training
# run, and the heap at 60 % of the memory limit; MEMORY_LIMIT stands for the container's limit
# (the base Deployment's 768Mi by default), which the JVM would otherwise take from the host.
MEMORY_LIMIT=${MEMORY_LIMIT:-768m}
AOT_CACHE=target/app.aot
# The image's JAVA_OPTS_APPEND.
APPEND_OPTS=(-XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager)
JAVA_OPTS=(@container/jvm.options -XX:AOTCache=$AOT_CACHE -XX:MaxRAM="$MEMORY_LIMIT" -XX:MaxRAMPercentage=60
  "${APPEND_OPTS[@]}")
# A cache made from other jars or options can break the start, so it is made again whenever the
# package or the options are newer than it, by the image's training run (container/aot-training.sh).
if [ ! -f $AOT_CACHE ] || [ -n "$(find target/quarkus-app container/jvm.options container/aot-training.sh -newer $AOT_CACHE -type f -print -quit)" ]; then
  rm -f $AOT_CACHE
  container/aot-training.sh $AOT_CACHE target/aot-training.log \
    "$JAVA_HOME/bin/java" @container/jvm.options "${APPEND_OPTS[@]}" -jar target/quarkus-app/quarkus-run.jar >&2 || exit 1
fi

# start_service DB [VAR=value ...]: a new database DB and the jar on it (extra environment given
# as arguments); sets SERVICE (its pid), BOOT (the bootstrap key) and ready_ms (start to ready).
start_service() {
  psql -q -d postgres -c "drop database if exists $1" -c "create database $1"
  start_service_on "$@"
}

# start_service_on DB [VAR=value ...]: as start_service, on the database DB as it is.
start_service_on() {
  DB=$1
  shift
  BOOT="rf_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
  SERVICE_LOG=$(mktemp)
  local started
  started=$(date +%s%N)
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    REVIEWFLOW_SECURITY_BOOTSTRAP_ADMIN_KEY="$BOOT" REVIEWFLOW_SECURITY_REQUESTS_PER_MINUTE=1000000000 \
    QUARKUS_HTTP_PORT="$HTTP_PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" "$@" \
    "$JAVA_HOME/bin/java" "${JAVA_OPTS[@]}" -jar target/quarkus-app/quarkus-run.jar >"$SERVICE_LOG" 2>&1 &
  SERVICE=$!
  trap 'stop_all' EXIT
  until curl -sf -o /dev/null http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready; do
    kill -0 $SERVICE 2>/dev/null || { cat "$SERVICE_LOG" >&2; echo "the service did not start" >&2; exit 1; }
    sleep 0.02
  done
  ready_ms=$((($(date +%s%N) - started) / 1000000))
}

# Stops the service and whatever the script registered in STOP_PIDS.
STOP_PIDS=""
stop_all() {
  for pid in $SERVICE $STOP_PIDS; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -f "$SERVICE_LOG"
}

rss_mb() { echo $(($(awk '/VmRSS/ {print $2}' /proc/$SERVICE/status) / 1024)); }

# new_key SCOPES_JSON: workspace "bench" (made on first use) and a key of it; prints the secret.
new_key() {
  curl -s -o /dev/null $API/workspaces -H "Authorization: Bearer $BOOT" -H 'Content-Type: application/json' \
    -d '{"id": "bench", "name": "Benchmark"}'
  curl -sf $API/workspaces/bench/api-keys -H "Authorization: Bearer $BOOT" -H 'Content-Type: application/json' \
    -d "{\"name\": \"bench\", \"scopes\": $1}" | sed -E 's/.*"secret":"([^"]+)".*/\1/'
}

# wrk_run SCRIPT SECONDS: wrk's requests per second, p50 and p99 (in ms) from its --latency
# output; BENCH_KEY and BENCH_ROWS reach the Lua script, BENCH_RATE paces it when set.
wrk_run() {
  local script=$1 seconds=$2
  BENCH_CONNECTIONS=$CONNECTIONS \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency -s "bench/$script" http://127.0.0.1:$HTTP_PORT |
    awk '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; return v * 1000 }
      /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
      /Non-2xx/ { bad = $NF }
      /^Requests\/sec/ { rate = $2 }
      END { if (bad > 0) { print "non-2xx answers: " bad > "/dev/stderr"; exit 1 }
            printf "%.0f %.1f %.1f\n", rate, p50, p99 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo);" \
    "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1); PostgreSQL $(psql -qAt -d "$DB" -c 'show server_version')"
}
