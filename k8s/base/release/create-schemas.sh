#!/bin/sh
# Creates one schema and one user per service (and Keycloak's), each with rights on its own schema only.
# Idempotent: run again, it changes nothing but the passwords, which it sets to the current secrets.
set -eu
export MYSQL_PWD="$MARIADB_ROOT_PASSWORD"
client="--host=${MARIADB_HOST:-mariadb} --port=${MARIADB_PORT:-3306} --user=root"

# Wait for the server (it may still be starting); a refused login will not get better by waiting.
tries=0
until answer=$(mariadb $client --execute='SELECT 1' 2>&1); do
  case $answer in
    *"Access denied"*) echo "MariaDB refused root: $answer" >&2; exit 1 ;;
  esac
  tries=$((tries + 1))
  [ "$tries" -lt 60 ] || { echo "MariaDB did not answer within 5 minutes: $answer" >&2; exit 1; }
  sleep 5
done

ensure_schema() { # schema user password
  case $3 in
    *\'* | *\\*) echo "The password of $2 contains a quote or backslash; choose another" >&2; exit 1 ;;
  esac
  mariadb $client <<SQL
CREATE DATABASE IF NOT EXISTS \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$2'@'%' IDENTIFIED BY '$3';
ALTER USER '$2'@'%' IDENTIFIED BY '$3';
GRANT ALL PRIVILEGES ON \`$1\`.* TO '$2'@'%';
SQL
  echo "schema $1 and user $2 ready"
}

ensure_schema catalogue catalogue "$CATALOGUE_DB_PASSWORD"
ensure_schema registration registration "$REGISTRATION_DB_PASSWORD"
ensure_schema test_engine test_engine "$TEST_ENGINE_DB_PASSWORD"
ensure_schema certification certification "$CERTIFICATION_DB_PASSWORD"
ensure_schema keycloak keycloak "$KEYCLOAK_DB_PASSWORD"
