# Sourced by backup.sh and restore.sh: the database the app uses, for MariaDB's command-line tools.
#
# Reads what the app reads in production (README, "Production"):
#   SPRING_DATASOURCE_URL        jdbc:mariadb://host[:port]/database[?…] (the first host of a list)
#   SPRING_DATASOURCE_USERNAME   the database user
#   SPRING_DATASOURCE_PASSWORD   its password (may be empty)
# and, to use other binaries than those on the PATH:
#   WVO_MARIADB_DUMP   mariadb-dump (else mariadb-dump or mysqldump from the PATH)
#   WVO_MARIADB        mariadb      (else mariadb or mysql from the PATH)
#   WVO_MARIADB_ARGS   further client options for both, e.g. "--ssl --ssl-verify-server-cert"
#
# The password goes to the tools in an option file only this user can read (removed on exit), not
# on the command line, where other users of the machine could read it in the process list.

# Files removed when the script ends, however it ends: the option file, unfinished backups.
CLEANUP=()
trap 'rm -f "${CLEANUP[@]}"' EXIT

db_fail() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# Sets DB_HOST, DB_PORT, DB_NAME, DB_CLIENT, DB_OPTIONS (the option file) and, with --dump, DB_DUMP.
db_connect() {
  local url=${SPRING_DATASOURCE_URL:-}
  [[ -n $url ]] || db_fail "SPRING_DATASOURCE_URL is not set (e.g. jdbc:mariadb://db.example:3306/willkommen)"
  [[ $url =~ ^jdbc:(mariadb|mysql)://([^/?]*)/([^?\;]*) ]] \
    || db_fail "SPRING_DATASOURCE_URL is not jdbc:mariadb://host[:port]/database: $url"
  local host_port=${BASH_REMATCH[2]%%,*}
  DB_NAME=${BASH_REMATCH[3]}
  [[ $DB_NAME =~ ^[A-Za-z0-9_$]+$ ]] || db_fail "unusual database name in SPRING_DATASOURCE_URL: '$DB_NAME'"
  if [[ $host_port =~ ^\[(.*)\](:([0-9]+))?$ ]]; then
    DB_HOST=${BASH_REMATCH[1]}
    DB_PORT=${BASH_REMATCH[3]:-3306}
  elif [[ $host_port =~ ^([^:]+)(:([0-9]+))?$ ]]; then
    DB_HOST=${BASH_REMATCH[1]}
    DB_PORT=${BASH_REMATCH[3]:-3306}
  else
    db_fail "cannot read host and port from SPRING_DATASOURCE_URL: $url"
  fi

  DB_CLIENT=${WVO_MARIADB:-$(command -v mariadb || command -v mysql || true)}
  [[ -x $DB_CLIENT ]] || db_fail "no mariadb client found: install mariadb-client or set WVO_MARIADB"
  if [[ ${1:-} == --dump ]]; then
    DB_DUMP=${WVO_MARIADB_DUMP:-$(command -v mariadb-dump || command -v mysqldump || true)}
    [[ -x $DB_DUMP ]] || db_fail "no mariadb-dump found: install mariadb-client or set WVO_MARIADB_DUMP"
  fi

  DB_OPTIONS=$(mktemp)
  CLEANUP+=("$DB_OPTIONS")
  chmod 600 "$DB_OPTIONS"
  {
    echo "[client]"
    echo "host=$DB_HOST"
    echo "port=$DB_PORT"
    # As JDBC does: TCP even for "localhost", where the tools would otherwise take a socket.
    echo "protocol=TCP"
    echo "default-character-set=utf8mb4"
    if [[ -n ${SPRING_DATASOURCE_USERNAME:-} ]]; then
      echo "user=$SPRING_DATASOURCE_USERNAME"
    fi
    if [[ -n ${SPRING_DATASOURCE_PASSWORD+set} ]]; then
      local password=${SPRING_DATASOURCE_PASSWORD//\\/\\\\}
      echo "password=\"$password\""
    fi
  } >"$DB_OPTIONS"
}

# Runs the mariadb client on the server (no database chosen unless given), tab-separated, no headers.
db_sql() {
  # shellcheck disable=SC2086 # WVO_MARIADB_ARGS holds several options
  "$DB_CLIENT" --defaults-extra-file="$DB_OPTIONS" ${WVO_MARIADB_ARGS:-} --batch --skip-column-names "$@"
}
