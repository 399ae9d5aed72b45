#!/bin/sh
# A consistent online dump of every schema of the suite (one transaction, no lock on the services' writes), gzipped
# into $BACKUP_DIR as awarding-<UTC time>.sql.gz. Where the server writes binary logs, the dump records the position
# it is consistent with and the closed binary logs are copied beside it (binlog/), so restore.sh can roll it forward
# to any later moment. Dumps older than $KEEP_DAYS days are removed. Exits non-zero on any failure.
set -eu
export MYSQL_PWD="$MARIADB_ROOT_PASSWORD"
client="--host=${MARIADB_HOST:-mariadb} --port=${MARIADB_PORT:-3306} --user=root"
dir=${BACKUP_DIR:-/backups}
schemas=${SCHEMAS:-catalogue registration test_engine certification keycloak}
keep_days=${KEEP_DAYS:-14}
name=awarding-$(date -u +%Y%m%dT%H%M%SZ).sql
mkdir -p "$dir"

binlog=""
if [ "$(mariadb $client --batch --skip-column-names --execute='SELECT @@log_bin')" = 1 ]; then
  # The header then names the binary log file and position the dump is consistent with (a comment, read by restore.sh).
  binlog="--master-data=2 --flush-logs"
fi

# Written under a temporary name and renamed once complete: a dump that failed half way is never taken for a backup.
# $schemas and $binlog are word lists on purpose.
# shellcheck disable=SC2086
mariadb-dump $client --single-transaction --quick --routines --triggers --events --hex-blob --add-drop-database \
  $binlog --databases $schemas >"$dir/.$name.partial"
grep -q '^-- Dump completed' "$dir/.$name.partial" || { echo "mariadb-dump did not complete" >&2; exit 1; }
gzip -c "$dir/.$name.partial" >"$dir/.$name.gz.partial"
rm "$dir/.$name.partial"
mv "$dir/.$name.gz.partial" "$dir/$name.gz"
echo "dumped $schemas to $dir/$name.gz"

if [ -n "$binlog" ] && command -v mariadb-binlog >/dev/null; then
  # Every binary log but the one being written (--flush-logs just started it), as the server holds it.
  mkdir -p "$dir/binlog"
  logs=$(mariadb $client --batch --skip-column-names --execute='SHOW BINARY LOGS' | sed '$d' | cut -f1)
  for log in $logs; do
    [ -f "$dir/binlog/$log" ] || mariadb-binlog $client --read-from-remote-server --raw \
      --result-file="$dir/binlog/" "$log"
  done
  echo "binary logs copied to $dir/binlog"
fi

find "$dir" -maxdepth 1 -name 'awarding-*.sql.gz' -mtime +"$keep_days" -print -delete
find "$dir/binlog" -maxdepth 1 -type f -mtime +"$((keep_days + 1))" -print -delete 2>/dev/null || true
