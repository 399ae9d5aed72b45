#!/usr/bin/env bash
# Memory and start time of each service (issue 8: under 200 MB resident at idle in JVM mode). Starts the suite as
# ./run.sh does from the packaged jars, sends one light authenticated request per service so what is measured is a
# warmed-up service, lets it idle and records each service's resident set, heap and start time. Then it loads each
# service in turn with authenticated reads (ab, from Debian's apache2-utils, installed when missing) and records the throughput and the peak
# resident set, which is what the Kubernetes memory limit must hold. Stops the suite and prints a markdown table.
# It starts a whole suite, so run it under the suite lock, after packaging (which also makes each service's class-data
# archive, target/quarkus-app/app-cds.jsa, that jvm.env names):
#
#   ./mvnw -B -o -q -pl catalogue-service,registration-service,test-engine-service,certification-service package -DskipTests
#   flock /tmp/awarding-suite.lock load-tests/footprint.sh
#
# FOOTPRINT_IDLE_SECONDS (default 30): idle time before measuring. FOOTPRINT_LOAD_SECONDS (default 20, 0 skips the
# load) and FOOTPRINT_CONCURRENCY (default 32): the load on each service. SUITE_JAVA_OPTS as for ./run.sh compares
# other JVM options. SUITE_STATE_DIR as for ./run.sh; by default a directory of its own, since the run starts from
# an empty database (--fresh).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
export SUITE_STATE_DIR=${SUITE_STATE_DIR:-$ROOT/load-tests/target/footprint-suite}
IDLE_SECONDS=${FOOTPRINT_IDLE_SECONDS:-30}
LOAD_SECONDS=${FOOTPRINT_LOAD_SECONDS:-20}
CONCURRENCY=${FOOTPRINT_CONCURRENCY:-32}
REALM_URL=http://localhost:8180/realms/awarding
GATEWAY_URL=http://localhost:8080
SERVICES=(catalogue-service registration-service test-engine-service certification-service)
# Per service: its port, the read each request makes (a 200 that checks a token and queries the database; small
# enough to be sent with a Content-Length, which ab's HTTP/1.0 keep-alive needs) and the token it needs.
declare -A PORT=([catalogue-service]=8081 [registration-service]=8082 [test-engine-service]=8083 [certification-service]=8084)
declare -A READ=([catalogue-service]=/api/qualifications [registration-service]=/api/registrations
  [test-engine-service]='/api/items?size=5' [certification-service]=/api/audit-events)
declare -A ROLE=([catalogue-service]=staff [registration-service]=centre [test-engine-service]=staff
  [certification-service]=staff)

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { say "ERROR: $*"; exit 1; }

command -v jstat >/dev/null || fail "jstat (from the JDK) is not on the PATH"
command -v curl >/dev/null || fail "curl is not installed"
if ((LOAD_SECONDS > 0)) && ! command -v ab >/dev/null; then
  # As ./test.sh installs what it needs: nothing to install by hand on a fresh Debian machine.
  say "Installing apache2-utils (ab) from Debian"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends apache2-utils >/dev/null
fi

trap '"$ROOT/run.sh" --stop >&2' EXIT
"$ROOT/run.sh" --background --fresh --no-build >&2

token() {
  local grant
  case $1 in
    staff) grant=(-d grant_type=password -d client_id=suite-cli -d username=staff -d password=staff) ;;
    centre) grant=(-d grant_type=client_credentials -d client_id=centre-api -d client_secret=centre-api-secret) ;;
  esac
  curl -fsS "${grant[@]}" "$REALM_URL/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' | grep . || fail "no $1 token from Keycloak"
}

for service in "${SERVICES[@]}"; do
  path=/${service%-service}${READ[$service]}
  status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(token "${ROLE[$service]}")" "$GATEWAY_URL$path")
  [ "$status" = 200 ] || fail "GET $path answered $status"
done
say "Warmed up; idling ${IDLE_SECONDS}s before measuring"
sleep "$IDLE_SECONDS"

# run.sh starts each service with setsid: its pid file names a process group; the service is the java in it.
java_of() {
  local group
  group=$(cat "$SUITE_STATE_DIR/pids/$1.pid")
  ps -e -o pid=,pgid=,comm= | awk -v g="$group" '$2 == g && $3 == "java" { print $1; exit }'
}
status_mib() { awk -v key="$1:" '$1 == key { printf "%.0f", $2 / 1024 }' "/proc/$2/status"; }

load=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A PID IDLE
for service in "${SERVICES[@]}"; do
  pid=$(java_of "$service")
  [ -n "$pid" ] || fail "no java process for $service"
  PID[$service]=$pid
  # jstat -gc: capacities (C) and use (U) in KiB of survivors, eden and old generation, then metaspace use.
  heap=$(jstat -gc "$pid" | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
    NR == 2 { printf "%.0f / %.0f | %.0f", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024,
                ($col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"]) / 1024, $col["MU"] / 1024 }')
  started=$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$SUITE_STATE_DIR/logs/$service.log" | tail -n 1)
  IDLE[$service]="$(status_mib VmRSS "$pid") | $heap | $(awk '$1 == "Threads:" { print $2 }' "/proc/$pid/status") | ${started:-?}"
done

declare -A LOADED
for service in "${SERVICES[@]}"; do
  if ((LOAD_SECONDS == 0)); then
    LOADED[$service]="- | - | - | -"
    continue
  fi
  say "Loading $service: GET ${READ[$service]}, $CONCURRENCY concurrent, ${LOAD_SECONDS}s"
  report=$(ab -q -r -k -c "$CONCURRENCY" -t "$LOAD_SECONDS" -n 10000000 -H "Authorization: Bearer $(token "${ROLE[$service]}")" \
    "http://127.0.0.1:${PORT[$service]}${READ[$service]}")
  rate=$(awk '/^Requests per second:/ { printf "%.0f", $4 }' <<<"$report")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$report")
  errors=$(awk '/^Failed requests:/ { f = $3 } /^Non-2xx responses:/ { n = $3 } END { print f + n }' <<<"$report")
  # VmHWM: the highest resident set since the service started, i.e. its peak under this load.
  LOADED[$service]="$rate | $p99 | $errors | $(status_mib VmHWM "${PID[$service]}")"
done

first=${PID[${SERVICES[0]}]}
options=$(tr '\0' ' ' <"/proc/$first/cmdline" | sed 's/ -jar .*//; s/^java //')
malloc=$(tr '\0' '\n' <"/proc/$first/environ" | grep '^MALLOC_' | tr '\n' ' ' || true)

echo
echo "$(date -u +'%Y-%m-%d %H:%M') UTC, $(nproc) cores, $(awk '$1 == "MemTotal:" { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average at the idle measurement $load; JVM: \`$malloc$options\`"
echo
echo "| service | RSS idle (MiB) | heap used / committed (MiB) | metaspace (MiB) | threads | started in (s) | load: requests/s | p99 (ms) | errors | peak RSS (MiB) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for service in "${SERVICES[@]}"; do
  echo "| $service | ${IDLE[$service]} | ${LOADED[$service]} |"
done
