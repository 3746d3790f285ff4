#!/usr/bin/env bash
# How the reply guard's time grows with the length of a reply: long runs of every character class
# its scanners look at, and a realistic reply repeated, each at 1,250 and at 10,000 chars (the body
# limit). Growth 8 is linear; the worst shapes come last. A benchmark to read, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${JAVA_HOME:-}" ] || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
./mvnw -B -q -ntp test-compile -Dspotless.check.skip=true
# The guard is plain Java: no Quarkus, no database, so the compiled classes are all it needs.
"${JAVA_HOME}/bin/java" -cp target/classes:target/test-classes dev.reviewflow.reply.guard.GuardBenchmark
