#!/usr/bin/env bash
# The exam-day benchmark of test-engine-service, start to finish and unattended (about 25-30 minutes) on a fresh
# machine: builds, starts the suite as ./run.sh does (--fresh: Keycloak users, registrations and sittings start empty),
# seeds the candidates of each run, warms the services up, then, each judged run after the machine has settled (load
# average), measures:
#   - MariaDB's ceiling for the service's own save statement (MariaDbCeiling, same machine, same run);
#   - steady saves, closed model (SteadySavesSimulation), with the CPU per save of the service and of MariaDB;
#   - saves at an exam's real rate, open model (OpenSavesSimulation), with latency percentiles and CPU per save;
#   - the exam day (ExamDaySimulation): 1,000 starts in a 10 s window, every answer, submissions;
#   - a room of candidates started and paused as one (RoomPause): CPU per start, the room pause and resumption;
#   - the exam morning's sign-ins (MorningSignIn): candidates whose passwords Keycloak hashed by the realm's policy sign
#     in by the browser's code flow, spread over a window; Keycloak's CPU per sign-in and the sign-in latency;
# checks after each run that every acknowledged answer is in MariaDB, stops the suite and writes the numbers to
# load-tests/target/benchmark/summary.md (copy them into RESULTS.md by hand with the machine's load).
#
#   load-tests/run-benchmark.sh            the whole benchmark under the suite lock (/tmp/awarding-suite.lock)
#   CANDIDATES=200 load-tests/run-benchmark.sh   candidates of the exam-day run (default 1000)
#   STEADY_CANDIDATES=250 STEADY_RATE=2000 STEADY_SECONDS=30 ...
#                                               the steady run's candidates, target rate and window
#                                               (default 500 candidates saving 4,000/s in total for 60 s)
#   OPEN_CANDIDATES=500 OPEN_RATE=1000 OPEN_SECONDS=60 ...
#                                               the open-model run's candidates, arrival rate and window (these)
#   ROOM_CANDIDATES=1000 ...                    the room that is started and paused as one (default 1000; 0: none)
#   MORNING_CANDIDATES=300 MORNING_SECONDS=180 ...
#                                               the morning's sign-ins and their window (default 300 in 3 minutes: the
#                                               real morning's rate of 1,000 in 10 minutes, for a third of its length)
#   --full-morning                              the real morning instead: 1,000 sign-ins in 10 minutes
#   --only=morning,exam                         only these runs (of warmup, ceiling, steady, open, exam, room, morning),
#                                               and only their candidates seeded
#   WARMUP_CANDIDATES=200 WARMUP_SECONDS=90 ... the warm-up run (steady traffic, not judged; 0 candidates: none)
#   SETTLE_LOAD=0.5 SETTLE_SECONDS=300 ...      before each judged run, wait until the 1-minute load average is
#                                               below SETTLE_LOAD, for at most SETTLE_SECONDS (the load is reported)
#   CEILING_SECONDS=20 ...                      how long MariaDbCeiling runs (0: skip it, Report then uses -Dceiling)
#   --no-build                                  start the jars as they are (./run.sh --no-build)
#   --reuse                                     use a suite that is already running (seeds more candidates)
#   PROFILE=1 ...                               also record test-engine-service with JFR during each run
#                                               (target/benchmark/test-engine-<run>.jfr; `jfr print --events ...`)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# One whole suite per machine: hold the lock for the whole benchmark.
if [ -z "${AWARDING_SUITE_LOCKED:-}" ]; then
  exec env AWARDING_SUITE_LOCKED=1 flock /tmp/awarding-suite.lock "$0" "$@"
fi
cd "$ROOT"
CANDIDATES=${CANDIDATES:-1000}
STEADY_CANDIDATES=${STEADY_CANDIDATES:-500}
STEADY_RATE=${STEADY_RATE:-4000}
STEADY_SECONDS=${STEADY_SECONDS:-60}
OPEN_CANDIDATES=${OPEN_CANDIDATES:-500}
OPEN_RATE=${OPEN_RATE:-1000}
OPEN_SECONDS=${OPEN_SECONDS:-60}
ROOM_CANDIDATES=${ROOM_CANDIDATES:-1000}
MORNING_CANDIDATES=${MORNING_CANDIDATES:-300}
MORNING_SECONDS=${MORNING_SECONDS:-180}
WARMUP_CANDIDATES=${WARMUP_CANDIDATES:-200}
WARMUP_SECONDS=${WARMUP_SECONDS:-90}
SETTLE_LOAD=${SETTLE_LOAD:-0.5}
SETTLE_SECONDS=${SETTLE_SECONDS:-300}
CEILING_SECONDS=${CEILING_SECONDS:-20}
OUT=$ROOT/load-tests/target/benchmark
PIDS=$ROOT/.run/pids
reuse=false build= only=warmup,ceiling,steady,open,exam,room,morning
for arg in "$@"; do
  case $arg in
    --reuse) reuse=true ;;
    --no-build) build=--no-build ;;
    --full-morning) MORNING_CANDIDATES=1000 MORNING_SECONDS=600 ;;
    --only=*) only=${arg#--only=} ;;
    *) echo "Unknown option $arg" >&2; exit 2 ;;
  esac
done
selected() { [[ ",$only," == *",$1,"* ]]; }
say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
# The load-tests module is built on its own (-pl), so the parent pom, platform-commons and platform-testing must be in
# a local Maven repository first. They go into one of the benchmark's own (load-tests/target/m2), which falls back to
# the user's for everything else: a fresh machine needs no prior install, and the user's repository never holds a
# snapshot of this checkout that another checkout's build would then pick up. The first run also downloads Gatling.
REPO=(-Dmaven.repo.local="$ROOT/load-tests/target/m2" -Dmaven.repo.local.tail="${MAVEN_USER_REPO:-$HOME/.m2/repository}")
mvn_load() { ./mvnw -B -q "${REPO[@]}" -Pload -pl load-tests "$@"; }
say "Installing the parent pom, platform-commons and platform-testing into load-tests/target/m2"
./mvnw -B -q "${REPO[@]}" install -DskipTests -N && ./mvnw -B -q "${REPO[@]}" install -DskipTests -pl platform-commons,platform-testing

rm -rf "$OUT" && mkdir -p "$OUT"
if ! $reuse; then
  say "Building and starting the suite (./run.sh --background --fresh --no-seed $build)"
  trap './run.sh --stop' EXIT
  ./run.sh --background --fresh --no-seed $build >"$OUT/run.log" 2>&1 || { tail -n 30 "$OUT/run.log"; exit 1; }
fi
mvn_load test-compile

selected exam || CANDIDATES=0
selected steady || STEADY_CANDIDATES=0
selected open || OPEN_CANDIDATES=0
selected warmup || WARMUP_CANDIDATES=0
selected room || ROOM_CANDIDATES=0
selected morning || MORNING_CANDIDATES=0
groups=
for group in exam=$CANDIDATES steady=$STEADY_CANDIDATES open=$OPEN_CANDIDATES warmup=$WARMUP_CANDIDATES \
  room=$ROOM_CANDIDATES morning=$MORNING_CANDIDATES; do
  [ "${group#*=}" -gt 0 ] && groups="$groups $group"
done
say "Seeding candidates:$groups (Keycloak users, registrations, a test session per group, one sign-in each but the morning's)"
mvn_load exec:java -Dexec.mainClass=uk.awarding.load.Seed -Dexec.args="$OUT$groups" -Dseed.signInGroups=morning \
  | tee "$OUT/seed.log"

# A judged run starts on a machine at rest: the seeding, the warm-up or the run before leave work behind (Keycloak's
# password hashing, the JIT, MariaDB's purge and flushing) that would otherwise be counted against the next run.
settle() {
  local waited=0
  while awk -v limit="$SETTLE_LOAD" '{ exit !($1 >= limit) }' /proc/loadavg && [ "$waited" -lt "$SETTLE_SECONDS" ]; do
    sleep 10
    waited=$((waited + 10))
  done
  say "Load average $(cut -d' ' -f1-3 /proc/loadavg) after waiting ${waited} s for it to fall below $SETTLE_LOAD"
}

# CPU seconds (user + system) of each suite part (its process group) and of the whole machine, for the report.
cpu_of_parts() {
  local part
  for part in mariadb keycloak gateway catalogue-service registration-service test-engine-service certification-service; do
    [ -f "$PIDS/$part.pid" ] || continue
    ps -eo pgid=,times= | awk -v g="$(cat "$PIDS/$part.pid")" -v p="$part" \
      '$1 == g { n = split($2, t, /[-:]/); s = 0; for (i = 1; i <= n; i++) s = s * (n == 4 && i == 2 ? 24 : 60) + t[i]; sum += s }
       END { print p, sum + 0 }'
  done
  awk '/^cpu / { print "machine", ($2 + $3 + $4 + $7 + $8 + $9) / 100 }' /proc/stat
}

# test-engine-service's count of problem answers so far, one "status/type count" line each (platform-commons counts
# every problem+json answer by status and type), and its fault-tolerance counters of peer calls ("ft_... count":
# timeouts, retries, open circuits), which say why a 503 `registration-unavailable` was given.
problems() {
  { curl -fsS http://localhost:8083/q/metrics || true; } | awk '
    /^http_server_problems_total\{/ {
      match($0, /status="[^"]*"/); status = substr($0, RSTART + 8, RLENGTH - 9)
      match($0, /type="[^"]*"/); type = substr($0, RSTART + 6, RLENGTH - 7)
      print status "/" type, $NF }
    /^ft_[a-z_]*_total\{/ { print $1, $NF }'
}

# With PROFILE set, a JFR recording of test-engine-service for the run, and its hot spots.
profile_start() {
  [ -n "${PROFILE:-}" ] || return 0
  jcmd "$(cat "$PIDS/test-engine-service.pid")" JFR.start name="$1" settings=profile \
    filename="$OUT/test-engine-$1.jfr" >/dev/null
}
profile_stop() {
  [ -n "${PROFILE:-}" ] || return 0
  jcmd "$(cat "$PIDS/test-engine-service.pid")" JFR.stop name="$1" >/dev/null
  mvn_load exec:java -Dexec.mainClass=uk.awarding.load.JfrHotSpots -Dexec.args="$OUT/test-engine-$1.jfr" \
    >"$OUT/test-engine-$1-hotspots.md"
}

run_simulation() {
  local run=$1 class=$2
  shift 2
  say "Running $class ($(cut -d' ' -f1-3 /proc/loadavg) load before)"
  cpu_of_parts >"$OUT/$run-cpu-before.txt"
  problems >"$OUT/$run-problems-before.txt"
  local started=$SECONDS load_before
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  local TIMEFORMAT='%U %S'
  profile_start "$run"
  { time mvn_load gatling:test -Dgatling.simulationClass="uk.awarding.load.$class" -Dpids="$PIDS" \
      -D"$run".candidates="$OUT/$run.csv" -D"$run".acks="$OUT/$run-acks.csv" -D"$run".window="$OUT/$run-window.txt" \
      "$@" >"$OUT/$run-gatling.log" 2>&1; } \
    2>"$OUT/$run-gatling-cpu.txt" || { tail -n 40 "$OUT/$run-gatling.log"; exit 1; }
  cpu_of_parts >"$OUT/$run-cpu-after.txt"
  problems >"$OUT/$run-problems-after.txt"
  # The problem answers test-engine-service gave during the run, by status and type (its counter is cumulative).
  awk 'FILENAME == ARGV[1] { before[$1] = $2; next } { n = $2 - before[$1]; if (n > 0) printf "%s %d\n", $1, n }' \
    "$OUT/$run-problems-before.txt" "$OUT/$run-problems-after.txt" >"$OUT/$run-problems.txt"
  profile_stop "$run"
  local wall=$((SECONDS - started))
  # Gatling (and its Maven) from bash's time; the parts from their process groups; "other" is everyone else.
  awk -v wall="$wall" -v load="$load_before" -v end_load="$(cut -d' ' -f1 /proc/loadavg)" '
    FILENAME ~ /gatling-cpu/ { gatling = $1 + $2; next }
    FILENAME ~ /before/ { before[$1] = $2; next }
    { used[$1] = $2 - before[$1]; order[++n] = $1 }
    END {
      printf "%d s wall, load average %s before and %s after, machine %.0f CPU-s of %d available", wall, load, end_load, used["machine"], 2 * wall
      parts = 0
      for (i = 1; i <= n; i++) if (order[i] != "machine") { printf "; %s %.0f", order[i], used[order[i]]; parts += used[order[i]] }
      printf "; Gatling+Maven %.0f; other processes %.0f\n", gatling, used["machine"] - parts - gatling
    }' "$OUT/$run-gatling-cpu.txt" "$OUT/$run-cpu-before.txt" "$OUT/$run-cpu-after.txt" >"$OUT/$run-cpu.txt"
  local report
  report=$(ls -td "$ROOT"/load-tests/target/gatling/"$(echo "$class" | tr '[:upper:]' '[:lower:]')"-* | head -n 1)
  cp "$report/index.html" "$OUT/$run-report.html"
  say "Gatling report: $report/index.html"
  [ -f "$OUT/$run-acks.csv" ] || return 0
  say "Checking every acknowledged answer of the $run run in MariaDB"
  mvn_load exec:java -Dexec.mainClass=uk.awarding.load.AcknowledgedAnswersCheck \
    -Dexec.args="$OUT/$run-acks.csv $run" | tee "$OUT/$run-check.txt" || true
}

# A warm-up first, not judged: a just-started JVM spends its first minutes of load compiling (C2 alone took about
# 80 CPU-seconds of test-engine-service's first 2 minutes of saves, which ran at a fifth of the rate they reach
# warm), and services on an exam morning have been up and serving for hours. The steady run then starts its own
# candidates, and the exam day follows it.
if [ "$WARMUP_CANDIDATES" -gt 0 ]; then
  run_simulation warmup SteadySavesSimulation -Dsteady.group=warmup -Dsteady.rate="$STEADY_RATE" \
    -Dsteady.seconds="$WARMUP_SECONDS"
fi
# MariaDB's ceiling for the service's own save statement, on this machine in this run, with the suite up but idle.
if selected ceiling && [ "$CEILING_SECONDS" -gt 0 ]; then
  settle
  say "Measuring MariaDB's ceiling for the save (MariaDbCeiling guarded, $CEILING_SECONDS s)"
  mvn_load exec:java -Dexec.mainClass=uk.awarding.load.MariaDbCeiling -Dexec.args="16 $CEILING_SECONDS guarded" \
    | grep '^|' | tee "$OUT/ceiling.txt"
fi
if [ "$STEADY_CANDIDATES" -gt 0 ]; then
  settle
  run_simulation steady SteadySavesSimulation -Dsteady.rate="$STEADY_RATE" -Dsteady.seconds="$STEADY_SECONDS"
fi
if [ "$OPEN_CANDIDATES" -gt 0 ]; then
  settle
  run_simulation open OpenSavesSimulation -Dopen.rate="$OPEN_RATE" -Dopen.seconds="$OPEN_SECONDS"
fi
if [ "$CANDIDATES" -gt 0 ]; then
  settle
  run_simulation exam ExamDaySimulation
fi
if [ "$ROOM_CANDIDATES" -gt 0 ]; then
  settle
  say "Starting a room of $ROOM_CANDIDATES, pausing it as one and resuming it (RoomPause)"
  # RoomPause fails (and so the benchmark) when the room did not pause or resume as one.
  profile_start room
  mvn_load exec:java -Dexec.mainClass=uk.awarding.load.RoomPause -Dexec.args="$OUT $PIDS" | tee "$OUT/room.log"
  profile_stop room
  grep '^|' "$OUT/room.log" >"$OUT/room.txt"
fi
# Last: seeding the morning's candidates hashed their passwords (Keycloak's CPU), which the settling lets pass.
if [ "$MORNING_CANDIDATES" -gt 0 ]; then
  settle
  run_simulation morning MorningSignIn -Dsignin.window="$MORNING_SECONDS" \
    -Dsignin.latencies="$OUT/morning-latencies.txt"
fi

mvn_load exec:java -Dexec.mainClass=uk.awarding.load.Report -Dexec.args="$OUT" -Dopen.rate="$OPEN_RATE"
say "Numbers in $OUT/summary.md"
