#!/usr/bin/env bash
# Restores a backup of ops/backup.sh into an empty database and checks it against its manifest.
# Decision 030.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: ops/restore.sh [--force] [--translations-to DIR] BACKUP.sql.gz

Restores the dump into the database SPRING_DATASOURCE_URL names (created if missing; user and
password from SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, as for the app), then
checks that every table, every row count and every trigger of the manifest beside the dump is there.
Stop the app first. Refuses a database that holds tables:

  --force                 drop that database first (everything in it is lost)
  --translations-to DIR   also unpack the backed-up translations folder into DIR (the folder
                          WVO_TRANSLATIONS will name)

WVO_MARIADB and WVO_MARIADB_ARGS as for ops/backup.sh. Creating the audit trail's triggers needs
the TRIGGER privilege and, with binary logging on, log_bin_trust_function_creators=1 (or SUPER).

Afterwards: empty the search index folder (WVO_SEARCH_INDEX_DIR, by default ./data/search-index)
before the app starts, and the app rebuilds it from the restored offers at start; or rebuild it at
/staff/search (with the cluster profile, always there). Flyway migrates the restored schema at
start if the app is newer than the backup; an app older than the backup refuses to start.
EOF
}

force=false
translations_to=""
dump=""
while (($#)); do
  case $1 in
    --force) force=true; shift ;;
    --translations-to) translations_to=${2:?--translations-to needs a folder}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; exit 2 ;;
    *) [[ -z $dump ]] || { usage >&2; exit 2; }; dump=$1; shift ;;
  esac
done
[[ -n $dump ]] || { usage >&2; exit 2; }

# shellcheck source=ops/db-connection.sh
source "$(dirname "$0")/db-connection.sh"

manifest=${dump%.sql.gz}.manifest
[[ -f $dump ]] || db_fail "no such backup: $dump"
[[ -f $manifest ]] || db_fail "the manifest beside the backup is missing: $manifest"
value() {
  sed -n "s/^$1=//p" "$manifest"
}
[[ $(sha256sum "$dump" | cut -d' ' -f1) == "$(value dump_sha256)" ]] \
  || db_fail "$dump is not the file its manifest describes (SHA-256 differs): damaged or replaced"
[[ $(value charset) =~ ^[a-z0-9_]+$ && $(value collation) =~ ^[a-z0-9_]+$ ]] \
  || db_fail "the manifest names no character set and collation: $manifest"
if [[ -n $translations_to ]]; then
  archive=$(dirname "$dump")/$(value translations)
  [[ -n $(value translations) && -f $archive ]] || db_fail "this backup holds no translations folder"
  [[ $(sha256sum "$archive" | cut -d' ' -f1) == "$(value translations_sha256)" ]] \
    || db_fail "$archive is not the file its manifest describes (SHA-256 differs)"
fi

db_connect
started=$(date +%s%N)
existing=$(db_sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
if ((existing > 0)); then
  $force || db_fail "database $DB_NAME on $DB_HOST:$DB_PORT holds $existing tables; restore into an" \
    "empty one, or add --force to drop it first"
  echo "Dropping database $DB_NAME ($existing tables) on $DB_HOST:$DB_PORT"
  db_sql -e "DROP DATABASE \`$DB_NAME\`"
fi
db_sql -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\`;
    ALTER DATABASE \`$DB_NAME\` CHARACTER SET $(value charset) COLLATE $(value collation)"

# The triggers (and any view, routine or event) are created for the user who restores: the dump
# names the user who created them at the source (DEFINER=…), who may not exist here, and creating
# them for another user would need the SUPER privilege.
# shellcheck disable=SC2086 # WVO_MARIADB_ARGS holds several options
gzip -dc "$dump" \
  | sed -E '/^\/\*!50003 CREATE\*\/|^\/\*!50106 CREATE\*\/|^\/\*!50001 VIEW|^\/\*!50013 |^CREATE DEFINER/s/ ?DEFINER=`[^`]*`(@`[^`]*`)?( ?\*\/)?/\2/' \
  | "$DB_CLIENT" --defaults-extra-file="$DB_OPTIONS" ${WVO_MARIADB_ARGS:-} --binary-mode \
  --default-character-set=utf8mb4 "$DB_NAME"
loaded=$(date +%s%N)

# The check: the same tables, rows and triggers as the manifest says the dump held.
expected=$(sed -n 's/^rows\.//p' "$manifest" | sort)
count_all=$(sed 's/=.*//' <<<"$expected" \
  | awk '{ printf "%sSELECT '\''%s'\'', COUNT(*) FROM `%s`", (NR > 1 ? " UNION ALL " : ""), $1, $1 }')
actual=$(db_sql "$DB_NAME" -e "$count_all" | tr '\t' '=' | sort)
[[ $actual == "$expected" ]] || db_fail "the restored rows differ from the manifest:
$(diff <(echo "$expected") <(echo "$actual") || true)"
tables=$(db_sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'
    AND table_type = 'BASE TABLE'")
((tables == $(wc -l <<<"$expected"))) || db_fail "the database holds $tables tables, the manifest names $(wc -l <<<"$expected")"
triggers=$(db_sql -e "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = '$DB_NAME'" \
  | sort | paste -sd,)
[[ $triggers == "$(value triggers | tr ',' '\n' | sort | paste -sd,)" ]] \
  || db_fail "the restored triggers ($triggers) differ from the manifest's ($(value triggers))"

if [[ -n $translations_to ]]; then
  mkdir -p "$translations_to"
  tar -xzf "$archive" -C "$translations_to"
  echo "Translations folder restored into $translations_to: set WVO_TRANSLATIONS=$translations_to"
fi

echo "Restored $(value dump) (taken $(value created), Flyway $(value flyway_version)) into $DB_NAME" \
  "on $DB_HOST:$DB_PORT in $(((loaded - started) / 1000000)) ms: $tables tables, rows and triggers as in the manifest."
echo "Next: empty the search index folder (WVO_SEARCH_INDEX_DIR, default ./data/search-index) before"
echo "starting the app, which then rebuilds it, or rebuild it at /staff/search."
