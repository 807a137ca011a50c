#!/usr/bin/env bash
# Backs up Willkommen vor Ort: a consistent logical dump of its MariaDB database while the app runs,
# a manifest to check a restore against and, if the county keeps its own translations folder
# (WVO_TRANSLATIONS), that folder. Restore with ops/restore.sh. Decision 030.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: ops/backup.sh [--dir DIR] [--keep N]

Writes into DIR (default: $WVO_BACKUP_DIR, else ./backups), named by the database and the time (UTC):
  wvo-<database>-<yyyymmddThhmmssZ>.sql.gz               mariadb-dump --single-transaction, gzip
  wvo-<database>-<yyyymmddThhmmssZ>.manifest             what the dump holds: rows per table, the
                                                         triggers, Flyway's schema version, SHA-256
  wvo-<database>-<yyyymmddThhmmssZ>.translations.tar.gz  only if WVO_TRANSLATIONS names a folder

  --keep N   afterwards delete all but the newest N backups of this database in DIR

The database is the app's: SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and
SPRING_DATASOURCE_PASSWORD as for the app. WVO_MARIADB_DUMP and WVO_MARIADB name other binaries than
mariadb-dump and mariadb on the PATH; WVO_MARIADB_ARGS adds client options (e.g. --ssl).
The user needs SELECT, SHOW VIEW, TRIGGER and EVENT on the database (the app's user has them).
With binary logging on, the manifest names the log position of the dump (point-in-time recovery).
The files hold personal data (e-mail addresses, password hashes, staff TOTP secrets): they are
written for their owner only; keep them so (encrypted, off the database host).
The search index is not backed up: the app rebuilds it from the database (see ops/restore.sh).
EOF
}

dir=${WVO_BACKUP_DIR:-./backups}
keep=0
while (($#)); do
  case $1 in
    --dir) dir=${2:?--dir needs a folder}; shift 2 ;;
    --keep) keep=${2:?--keep needs a number}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done
[[ $keep =~ ^[0-9]+$ ]] || { echo "--keep needs a number: $keep" >&2; exit 2; }

# shellcheck source=ops/db-connection.sh
source "$(dirname "$0")/db-connection.sh"
db_connect --dump

umask 077
mkdir -p "$dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
base="$dir/wvo-$DB_NAME-$stamp"
dump="$base.sql.gz"
manifest="$base.manifest"
CLEANUP+=("$dump.partial" "$manifest.partial" "$base.translations.tar.gz.partial")

read -r charset collation < <(db_sql -e "SELECT default_character_set_name, default_collation_name
    FROM information_schema.schemata WHERE schema_name = '$DB_NAME'")
[[ -n ${charset:-} ]] || db_fail "database $DB_NAME not found on $DB_HOST:$DB_PORT"
live_tables=$(db_sql -e "SELECT table_name FROM information_schema.tables
    WHERE table_schema = '$DB_NAME' AND table_type = 'BASE TABLE' ORDER BY table_name")
live_triggers=$(db_sql -e "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = '$DB_NAME'" \
  | sort | paste -sd,)
flyway=$(db_sql "$DB_NAME" -e "SELECT version FROM flyway_schema_history WHERE success
    ORDER BY installed_rank DESC LIMIT 1" 2>/dev/null || echo unknown)
server=$(db_sql -e "SELECT VERSION()")
# With binary logging on, the dump notes the log position of its snapshot (as a comment, and
# without a lock: MariaDB knows it for a consistent snapshot), from where the binary logs replay
# what came after (point-in-time recovery, README).
position=()
if [[ $(db_sql -e "SELECT @@log_bin") == 1 ]]; then
  position=(--master-data=2)
fi

started=$(date +%s%N)
# --single-transaction: one consistent snapshot of the InnoDB tables, without locking out the app.
# gzip -3: measured on a county of 100,000 offers, a third of -6's processor time for 10 % more bytes.
# shellcheck disable=SC2086 # WVO_MARIADB_ARGS holds several options
"$DB_DUMP" --defaults-extra-file="$DB_OPTIONS" ${WVO_MARIADB_ARGS:-} --single-transaction "${position[@]}" --routines \
  --triggers --events --hex-blob --default-character-set=utf8mb4 "$DB_NAME" | gzip -3 >"$dump.partial"
dumped=$(date +%s%N)

# What the dump holds, read from the dump itself, so that the counts are those of its snapshot
# (the app may write while it runs): a table per CREATE TABLE; its rows, one per line after
# "INSERT INTO `t` VALUES" (mariadb-dump 11), or, from older dumpers, the value lists "(…),(…)" of
# an INSERT on one line, counted with the quoted strings taken out (a "),(" inside a text does
# not count); the triggers; the binary log position; and the last line, which mariadb-dump writes
# only when it finished.
contents=$(gzip -dc "$dump.partial" \
  | awk -v q="'" '
      BEGIN { quoted = q "([^" q "\\\\]|\\\\.)*" q }
      /^CREATE TABLE `/ { t = $3; gsub(/`/, "", t); tables[++n] = t; rows[t] += 0 }
      /^INSERT INTO `/ {
        t = $3; gsub(/`/, "", t)
        if (/ VALUES$/) { listing = 1; next }
        gsub(quoted, ""); rows[t] += gsub(/\),\(/, "") + 1; next
      }
      listing { rows[t]++; if (/;$/) listing = 0; next }
      /^-- CHANGE MASTER TO MASTER_LOG_FILE=/ {
        split($0, parts, q); at = $0; sub(/.*MASTER_LOG_POS=/, "", at); sub(/;.*/, "", at)
        binlog = parts[2] ":" at
      }
      match($0, /\/\*!50003 TRIGGER [^ ]+/) {
        name = substr($0, RSTART + 17, RLENGTH - 17); gsub(/`/, "", name)
        triggers = triggers sep name; sep = ","
      }
      { last = $0 }
      END {
        if (last !~ /^-- Dump completed/) { print "unfinished"; exit }
        for (i = 1; i <= n; i++) print "rows." tables[i] "=" rows[tables[i]]
        print "triggers=" triggers
        print "binlog_position=" binlog
      }')
[[ $contents != unfinished ]] || db_fail "the dump is incomplete (no '-- Dump completed' at its end)"
for table in $live_tables; do
  grep -q "^rows\.$table=" <<<"$contents" || db_fail "table $table is missing from the dump"
done
dumped_triggers=$(sed -n 's/^triggers=//p' <<<"$contents" | tr ',' '\n' | sort | paste -sd,)
[[ $dumped_triggers == "$live_triggers" ]] || db_fail "the dump's triggers ($dumped_triggers) are not the database's ($live_triggers)"

app_version=${WVO_APP_VERSION:-$(sed -n 's:^    <version>\(.*\)</version>$:\1:p' "$(dirname "$0")/../pom.xml" 2>/dev/null | head -1)}
app_commit=$(git -C "$(dirname "$0")" rev-parse HEAD 2>/dev/null || echo unknown)

translations=""
if [[ -n ${WVO_TRANSLATIONS:-} ]]; then
  [[ -d $WVO_TRANSLATIONS ]] || db_fail "WVO_TRANSLATIONS is not a folder: $WVO_TRANSLATIONS"
  tar -czf "$base.translations.tar.gz.partial" -C "$WVO_TRANSLATIONS" .
  mv "$base.translations.tar.gz.partial" "$base.translations.tar.gz"
  translations=$(basename "$base.translations.tar.gz")
fi

{
  echo "# Willkommen vor Ort backup; restore with ops/restore.sh $(basename "$dump")"
  echo "created=$stamp"
  echo "database=$DB_NAME"
  echo "source=$DB_HOST:$DB_PORT"
  echo "server_version=$server"
  echo "charset=$charset"
  echo "collation=$collation"
  echo "app_version=${app_version:-unknown}"
  echo "app_commit=$app_commit"
  echo "flyway_version=$flyway"
  echo "dump=$(basename "$dump")"
  echo "dump_sha256=$(sha256sum "$dump.partial" | cut -d' ' -f1)"
  echo "dump_bytes=$(stat -c %s "$dump.partial")"
  echo "dump_ms=$(((dumped - started) / 1000000))"
  echo "translations=$translations"
  if [[ -n $translations ]]; then
    echo "translations_sha256=$(sha256sum "$base.translations.tar.gz" | cut -d' ' -f1)"
  fi
  echo "$contents"
} >"$manifest.partial"
mv "$dump.partial" "$dump"
mv "$manifest.partial" "$manifest"
finished=$(date +%s%N)

echo "Backed up $DB_NAME ($(grep -c '^rows\.' "$manifest") tables, Flyway $flyway) to $dump" \
  "in $(((finished - started) / 1000000)) ms ($(stat -c %s "$dump") bytes)"

if ((keep > 0)); then
  sets=("$dir"/wvo-"$DB_NAME"-*.manifest)
  for ((i = 0; i < ${#sets[@]} - keep; i++)); do
    old=${sets[i]%.manifest}
    rm -f "$old.sql.gz" "$old.translations.tar.gz" "$old.manifest"
    echo "Deleted the older backup $old.*"
  done
fi
