#!/bin/sh
# Warms the services up before an exam session, once the pre-scaled pods are ready: a just-started JVM serves at a
# fifth of its warm rate until its JIT compiler has seen the hot paths. Each
# request below opens a new connection, so the Services spread them over every pod. It reaches what needs no
# candidate's token: health (database pool and OIDC keys), the token check of every API (a refused bearer token
# goes through the same OIDC, REST and problem+json code as an accepted one) and public verification (Hibernate, Qute).
set -u
seconds=${WARM_UP_SECONDS:-180}
end=$(( $(date +%s) + seconds ))
count=0
while [ "$(date +%s)" -lt "$end" ]; do
  for base in http://catalogue-service:8081 http://registration-service:8082 http://test-engine-service:8083 \
      http://certification-service:8084; do
    curl -s -o /dev/null --max-time 5 "$base/q/health/ready"
    curl -s -o /dev/null --max-time 5 -H 'Authorization: Bearer warm.up.token' "$base/api/sittings/0"
  done
  curl -s -o /dev/null --max-time 5 "http://certification-service:8084/verify/WARM-UP?familyName=warm-up"
  count=$((count + 1))
done
echo "warm-up: $count rounds in ${seconds}s"
