#!/usr/bin/env bash
# Installs what KubernetesSchemasTest needs, and only what is missing: Node.js and npm, kubectl
# (for `kubectl kustomize`; Debian's kubernetes-client where the machine has none) and the pinned
# npm packages of package-lock.json. Idempotent; .ci/run calls it before the tests.
set -euo pipefail
cd "$(dirname "$0")"

packages=()
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
command -v kubectl >/dev/null || packages+=(kubernetes-client)
if [ "${#packages[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi
# npm ci installs exactly the lock file's versions; skipped when this lock file installed them.
stamp=node_modules/.installed-from-lock
if [ "$(cat "$stamp" 2>/dev/null)" != "$(sha256sum package-lock.json)" ]; then
  npm ci --no-audit --no-fund --loglevel=error
  sha256sum package-lock.json >"$stamp"
fi
