#!/usr/bin/env bash
# Runs every test of the suite: unit tests, @QuarkusTest against a real embedded MariaDB and real signed
# tokens, and the end-to-end tests (real Keycloak, gateway and Chromium). Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")"

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_packages+=(chromium-driver)
command -v nginx >/dev/null 2>&1 || need_packages+=(nginx)
if ((${#need_packages[@]})); then
  echo "Installing ${need_packages[*]} from Debian"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
fi

exec ./mvnw -B verify "$@"
