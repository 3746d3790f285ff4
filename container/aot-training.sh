#!/bin/sh
# The AOT cache's training run, shared by the Dockerfile and bench/lib.sh:
#
#   aot-training.sh CACHE LOG JAVA [JVM options] -jar quarkus-run.jar
#
# runs the application (JAVA: the java launcher; its output goes to LOG) with
# -XX:AOTCacheOutput=CACHE until it has started, then stops it (SIGTERM); the JVM writes the cache
# as it exits. There is no database where the image is built, so this run alone skips the
# migrations and Hibernate's schema check and points the datasource at a closed port: the rest of
# the start (Hibernate's metamodel, the PostgreSQL driver, Micrometer, the startup observers, the
# HTTP server) then runs as in production, and its classes and method profiles go into the cache,
# which a run that stopped at the first connection did not give it. The service itself still
# migrates and validates the schema at every start. Fails, with the run's log, if the application
# did not start or no cache came of it. It listens on free ports of the system's choosing: an image
# build may share the host's network.
set -u
cache=$1 log=$2 java=$3
shift 3
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/aot-training \
QUARKUS_FLYWAY_MIGRATE_AT_START=false \
QUARKUS_HIBERNATE_ORM_SCHEMA_MANAGEMENT_STRATEGY=none \
QUARKUS_SHUTDOWN_DELAY_ENABLED=false \
QUARKUS_HTTP_PORT=0 \
QUARKUS_MANAGEMENT_PORT=0 \
    "$java" -Xlog:aot=error -XX:AOTCacheOutput="$cache" "$@" >"$log" 2>&1 &
pid=$!
waited=0
until grep -q 'started in' "$log"; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 600 ]; then
        break
    fi
    sleep 0.2
    waited=$((waited + 1))
done
kill "$pid" 2>/dev/null
wait "$pid"
if ! grep -q 'started in' "$log" || [ ! -s "$cache" ]; then
    cat "$log"
    echo "the AOT training run did not start the application or made no $cache" >&2
    exit 1
fi
