#!/usr/bin/env bash
# Builds the container image from the Dockerfile with buildah (no Docker engine needed) and runs its
# entrypoint once, as uid 10001 on a read-only root file system with only /tmp writable (as the
# Kubernetes Deployment does), against the machine's PostgreSQL in a fresh database. Passes when
# /q/health/ready answers UP, the JVM took the image's AOT cache and the bootstrap key can create a
# workspace; exits non-zero otherwise.
#
# Where the default base image cannot be pulled (no registry access), it builds a local one once:
# a Debian minbase root file system (debootstrap) with a Java runtime jlink'ed from $JAVA_HOME.
#
# Needs root, buildah, debootstrap, psql, curl and a JDK 25+ in JAVA_HOME (`.ci/run` installs them).
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres),
# HTTP_PORT (8080) and MANAGEMENT_PORT (9000) on the host's network, CONTAINER_DB (the database it
# creates and drops; reviewflow_container_<pid>), READY_TIMEOUT_SECONDS (180),
# KEEP_IMAGE=1 to keep localhost/reviewflow:latest afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

export STORAGE_DRIVER=vfs BUILDAH_ISOLATION=chroot
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DEFAULT_BASE=docker.io/library/eclipse-temurin:25-jre-noble
LOCAL_BASE=localhost/reviewflow-base:bookworm-jre
IMAGE=localhost/reviewflow:latest
READY_TIMEOUT_SECONDS="${READY_TIMEOUT_SECONDS:-180}"
HTTP_PORT="${HTTP_PORT:-8080}"
MANAGEMENT_PORT="${MANAGEMENT_PORT:-9000}"
# The modules of a full JRE (java.se) and the jdk.* ones a JRE image carries that the libraries use.
JRE_MODULES=java.se,jdk.unsupported,jdk.management,jdk.naming.dns,jdk.zipfs,jdk.crypto.cryptoki,jdk.charsets,jdk.localedata,jdk.jfr

started=$SECONDS
log() { echo "[container $((SECONDS - started))s] $*"; }
app_log=""
fail() {
  if [ -n "$app_log" ]; then
    echo "[container] the application's last log lines:" >&2
    tail -n 40 "$app_log" >&2
  fi
  echo "[container] FAILED: $*" >&2
  exit 1
}

for tool in buildah debootstrap psql curl unshare chroot; do
  command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install -y buildah debootstrap postgresql-client curl)"
done
[ "$(id -u)" = 0 ] || fail "needs root (buildah with the vfs driver, chroot)"
[ -x "${JAVA_HOME:-}/bin/jlink" ] || fail "JAVA_HOME must point to a JDK 25+ (for jlink; the image makes an AOT cache)"

container=""
mountpoint=""
app_pid=""
database="${CONTAINER_DB:-reviewflow_container_$$}"
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    pkill -TERM -P "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ -n "$container" ]; then
    buildah umount "$container" >/dev/null 2>&1 || true
    buildah rm "$container" >/dev/null 2>&1 || true
  fi
  if [ "${KEEP_IMAGE:-0}" != 1 ]; then
    buildah rmi "$IMAGE" >/dev/null 2>&1 || true
  fi
  dropdb --if-exists "$database" 2>/dev/null || true
  if [ -n "$app_log" ]; then
    rm -f "$app_log"
  fi
}
trap cleanup EXIT

# 1. The application (fast-jar layout), unless a build left it already.
if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  log "building the application"
  ./mvnw -B -ntp -q package -DskipTests
fi

# 2. The base image: the default one if the registry answers, else the local one (built once).
if buildah pull -q "$DEFAULT_BASE" >/dev/null 2>&1; then
  base="$DEFAULT_BASE"
elif buildah inspect --type image "$LOCAL_BASE" >/dev/null 2>&1; then
  base="$LOCAL_BASE"
else
  log "cannot pull $DEFAULT_BASE; building $LOCAL_BASE (debootstrap + jlink)"
  base_started=$SECONDS
  jre="$(mktemp -d)/jre"
  "$JAVA_HOME/bin/jlink" --add-modules "$JRE_MODULES" --strip-debug --no-header-files --no-man-pages \
    --compress=zip-6 --output "$jre"
  base_container=$(buildah from scratch)
  base_root=$(buildah mount "$base_container")
  debootstrap --variant=minbase bookworm "$base_root" http://deb.debian.org/debian >/dev/null
  # The package manager's caches and the documentation are of no use in a runtime image.
  rm -rf "$base_root"/var/cache/apt/* "$base_root"/var/lib/apt/lists/* "$base_root"/usr/share/doc \
    "$base_root"/usr/share/man "$base_root"/usr/share/locale
  mkdir -p "$base_root/opt/java"
  cp -a "$jre" "$base_root/opt/java/openjdk"
  rm -rf "$(dirname "$jre")"
  # The same JAVA_HOME and PATH as the eclipse-temurin images.
  buildah config --env JAVA_HOME=/opt/java/openjdk \
    --env PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --cmd /bin/sh "$base_container"
  buildah umount "$base_container" >/dev/null
  buildah commit -q --rm "$base_container" "$LOCAL_BASE" >/dev/null
  log "base image built in $((SECONDS - base_started))s"
  base="$LOCAL_BASE"
fi
log "base image: $base"

# 3. The application image, exactly as the Dockerfile says.
build_started=$SECONDS
buildah build -q --layers --build-arg BASE_IMAGE="$base" -t "$IMAGE" . >/dev/null
log "image $IMAGE built in $((SECONDS - build_started))s, $(buildah images --format '{{.Size}}' "$IMAGE")"

# 4. Run the image's entrypoint, as its user, in a fresh database.
for port in "$HTTP_PORT" "$MANAGEMENT_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    fail "port $port is taken; free it or set HTTP_PORT / MANAGEMENT_PORT"
  fi
done
createdb "$database"
container=$(buildah from -q "$IMAGE")
mountpoint=$(buildah mount "$container")
user=$(buildah inspect --format '{{.OCIv1.Config.User}}' "$container")
workdir=$(buildah inspect --format '{{.OCIv1.Config.WorkingDir}}' "$container")
mapfile -t image_env < <(buildah inspect --format '{{range .OCIv1.Config.Env}}{{println .}}{{end}}' "$container" | sed '/^$/d')
mapfile -t entrypoint < <(buildah inspect --format '{{range .OCIv1.Config.Entrypoint}}{{println .}}{{end}}' "$container" | sed '/^$/d')
[ "$user" = 10001 ] || fail "the image's user is '$user', expected 10001"
[ "${#entrypoint[@]}" -gt 0 ] || fail "the image has no entrypoint"
bootstrap_key="rf_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"

# A private mount namespace: the image's root bind-mounted read-only, a fresh /tmp, /proc and /dev;
# the network is the host's, so that 127.0.0.1 reaches the machine's PostgreSQL.
app_log=$(mktemp)
run_started=$SECONDS
unshare --mount --pid --fork --propagation private /bin/bash -c '
  set -e
  root=$1; user=$2; workdir=$3; shift 3
  mount --bind "$root" "$root"
  mount -o remount,bind,ro "$root"
  mount -t tmpfs -o size=64m,mode=1777 tmpfs "$root/tmp"
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  # As a container runtime does: the host name resolves (the JVM asks for it) and so does DNS.
  mount --bind -o ro /etc/hosts "$root/etc/hosts"
  mount --bind -o ro /etc/resolv.conf "$root/etc/resolv.conf"
  exec chroot --userspec="$user:$user" "$root" /bin/sh -c "cd \"\$0\" && exec \"\$@\"" "$workdir" "$@"
' run "$mountpoint" "$user" "$workdir" env -i "${image_env[@]}" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD=unused-with-trust \
  REVIEWFLOW_SECURITY_BOOTSTRAP_ADMIN_KEY="$bootstrap_key" \
  QUARKUS_HTTP_PORT="$HTTP_PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
  "${entrypoint[@]}" >"$app_log" 2>&1 &
app_pid=$!

until curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" | grep -q '"status": *"UP"'; do
  kill -0 "$app_pid" 2>/dev/null || fail "the container exited before it was ready"
  [ $((SECONDS - run_started)) -lt "$READY_TIMEOUT_SECONDS" ] || fail "not ready after ${READY_TIMEOUT_SECONDS}s"
  sleep 1
done
log "ready after $((SECONDS - run_started))s (entrypoint start to /q/health/ready UP)"
# A cache the JVM cannot use (another JVM, changed jars) only slows the start, silently but for
# these lines of the JVM's own log.
if grep -E '\[(error|warning)\]\[aot' "$app_log" >&2; then
  fail "the JVM did not use the image's AOT cache"
fi
# The process is the JVM itself (every step exec's), and it runs as the image's user.
java_pid=$(pgrep -P "$app_pid")
[ "$(ps -o uid= -p "$java_pid" | tr -d ' ')" = 10001 ] || fail "the JVM does not run as uid 10001"

status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/v1/workspaces" \
  -H "Authorization: Bearer $bootstrap_key" -H 'Content-Type: application/json' \
  -d '{"id": "container-check", "name": "Container check"}')
[ "$status" = 201 ] || fail "creating a workspace with the bootstrap key answered $status, expected 201"
log "bootstrap key created a workspace (201)"

# SIGTERM to the JVM (the namespace's first process), as Kubernetes stops a pod; unshare ends with it.
pkill -TERM -P "$app_pid"
wait "$app_pid" || true
app_pid=""
log "passed in $((SECONDS - started))s"
