#!/bin/sh
# Restores a dump written by dump.sh:  restore.sh DUMP.sql.gz ['YYYY-MM-DD HH:MM:SS']
# Every schema in the dump is dropped and rebuilt from it (a wipe and restore, not a merge). Given a moment (the
# server's time zone, UTC in the cluster), the binary logs are then replayed from the position the dump recorded up
# to that moment: point-in-time recovery, e.g. to just before a bad change. The binary logs are read from
# $BINLOG_DIR (default: binlog/ beside the dump; dump.sh copies them there; the newest are also on the server's
# data volume, mariadb-bin.*). Stop the services first (README, "Backups"): writes during a restore are lost.
set -eu
[ $# -ge 1 ] || { echo "usage: restore.sh DUMP.sql.gz ['YYYY-MM-DD HH:MM:SS']" >&2; exit 2; }
dump=$1
until=${2:-}
export MYSQL_PWD="$MARIADB_ROOT_PASSWORD"
client="--host=${MARIADB_HOST:-mariadb} --port=${MARIADB_PORT:-3306} --user=root"

# A truncated or damaged file fails here, before anything is dropped.
gzip -t "$dump" || { echo "$dump is not a complete gzip file" >&2; exit 1; }
gzip -dc "$dump" | tail -n 1 | grep -q '^-- Dump completed' || { echo "$dump is not a complete dump" >&2; exit 1; }
# shellcheck disable=SC2086
gzip -dc "$dump" | mariadb $client
echo "restored $dump"

[ -n "$until" ] || exit 0
start=$(gzip -dc "$dump" | sed -n "s/^-- CHANGE MASTER TO MASTER_LOG_FILE='\([^']*\)', MASTER_LOG_POS=\([0-9]*\);.*/\1 \2/p" | head -n 1)
[ -n "$start" ] || { echo "$dump records no binary log position: it was taken without binary logs" >&2; exit 1; }
first=${start% *}
position=${start#* }
binlogs=${BINLOG_DIR:-$(dirname "$dump")/binlog}
files=$(find "$binlogs" -maxdepth 1 -name 'mariadb-bin.[0-9]*' | sort | awk -v first="$binlogs/$first" '$0 >= first')
[ -n "$files" ] || { echo "no binary logs from $first on in $binlogs" >&2; exit 1; }
# shellcheck disable=SC2086
mariadb-binlog --start-position="$position" --stop-datetime="$until" $files | mariadb $client
echo "rolled forward to $until"
