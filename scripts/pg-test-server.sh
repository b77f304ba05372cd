#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: scripts/pg-test-server.sh start|restart|stop STATE_DIR.
#
# start: initdb + pg_ctl from Debian's postgresql packages, run as the `postgres` user (the
# server refuses root), in a fresh folder under /tmp (the build tree may sit where postgres
# cannot reach, such as /root; STATE_DIR/datadir names it), listening on 127.0.0.1 at a free port with
# scram-sha-256 passwords only. It creates the login kuaibao_owner (owns the test databases,
# may create databases and roles) and the login clerk (an office person), and writes:
#   STATE_DIR/url      postgresql://kuaibao_owner@127.0.0.1:PORT/postgres?sslmode=disable
#   STATE_DIR/pgpass   the passwords, mode 0600, for PGPASSFILE (never in a URL)
#   STATE_DIR/env      KUAIBAO_TEST_PG_URL=… and PGPASSFILE=… lines for a shell
# Where no server can be started (no packages, no postgres user) it writes STATE_DIR/skipped
# with the reason and exits 0: the PostgreSQL tests then report themselves skipped.
# restart [PAUSE]: stops the server (fast: open connections are cut off) and starts it again on
# the same port and data, as an office's server restarts, after PAUSE seconds when given (a
# server away for a while); the tests that use it run alone.
# stop: stops the server and removes its folder and STATE_DIR.
set -euo pipefail

action=${1:-}
state=${2:-}
if [[ -z $action || -z $state ]]; then
    echo "usage: $0 start|restart|stop STATE_DIR" >&2
    exit 2
fi

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [[ -x $candidate/initdb && -x $candidate/pg_ctl ]] && bindir=$candidate
done

as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    elif [[ $(id -un) == postgres ]]; then
        "$@"
    else
        return 1
    fi
}

skip() {
    mkdir -p "$state"
    echo "$1" >"$state/skipped"
    echo "pg-test-server: no PostgreSQL for the tests: $1"
    exit 0
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
    stop # what an interrupted run left
    mkdir -p "$state"
    [[ -n $bindir ]] || skip "initdb and pg_ctl are not installed (Debian package postgresql)"
    id postgres >/dev/null 2>&1 || skip "there is no postgres user to run the server as"
    if [[ $(id -u) -ne 0 && $(id -un) != postgres ]]; then
        skip "the server must run as the postgres user, which needs root (runuser)"
    fi
    # The data folder and the password file must be readable by postgres.
    local root data secret
    root=$(mktemp -d /tmp/kuaibao-pg-XXXXXX)
    echo "$root" >"$state/datadir"
    data="$root/data"
    secret=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    chown postgres: "$root" 2>/dev/null || true
    chmod 0700 "$root"
    printf '%s\n' "$secret" >"$root/superuser-password"
    chown postgres: "$root/superuser-password" 2>/dev/null || true
    chmod 0600 "$root/superuser-password"
    if ! as_postgres "$bindir/initdb" -D "$data" -E UTF8 --locale=C.UTF-8 -A scram-sha-256 --no-sync \
        -U postgres --pwfile="$root/superuser-password" >"$state/initdb.log" 2>&1; then
        cat "$state/initdb.log" >&2
        skip "initdb failed (see above)"
    fi
    local port
    port=$(free_port)
    if ! as_postgres "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
        start >/dev/null; then
        cat "$data/server.log" >&2 || true
        skip "pg_ctl could not start the server"
    fi
    local owner_pw clerk_pw
    owner_pw=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    clerk_pw=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    {
        echo "127.0.0.1:$port:*:postgres:$secret"
        echo "127.0.0.1:$port:*:kuaibao_owner:$owner_pw"
        echo "127.0.0.1:$port:*:clerk:$clerk_pw"
    } >"$state/pgpass"
    chmod 0600 "$state/pgpass"
    PGPASSFILE="$state/pgpass" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 \
        "postgresql://postgres@127.0.0.1:$port/postgres?sslmode=disable" <<SQL
CREATE ROLE kuaibao_owner LOGIN CREATEDB CREATEROLE PASSWORD '$owner_pw';
CREATE ROLE clerk LOGIN PASSWORD '$clerk_pw';
SQL
    echo "$port" >"$state/port"
    echo "postgresql://kuaibao_owner@127.0.0.1:$port/postgres?sslmode=disable" >"$state/url"
    {
        echo "KUAIBAO_TEST_PG_URL=$(cat "$state/url")"
        echo "PGPASSFILE=$state/pgpass"
    } >"$state/env"
    echo "pg-test-server: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

restart() {
    local root=""
    [[ -f $state/datadir ]] && root=$(cat "$state/datadir")
    if [[ -z $bindir || -z $root || ! -f $root/data/PG_VERSION ]]; then
        echo "pg-test-server: no test server to restart in $state" >&2
        exit 1
    fi
    # The options of the first start are kept in postmaster.opts; -l keeps the log out of our
    # own output, which the caller may be waiting on.
    if [[ -z ${3:-} ]]; then
        as_postgres "$bindir/pg_ctl" -D "$root/data" -l "$root/data/server.log" -m fast -w -t 30 \
            restart >/dev/null
        return
    fi
    as_postgres "$bindir/pg_ctl" -D "$root/data" -m fast -w -t 30 stop >/dev/null
    sleep "$3"
    as_postgres "$bindir/pg_ctl" -D "$root/data" -l "$root/data/server.log" -w -t 30 \
        -o "-p $(cat "$state/port") -k $root/data -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
        start >/dev/null
}

stop() {
    local root=""
    [[ -f $state/datadir ]] && root=$(cat "$state/datadir")
    if [[ -n $bindir && -n $root && -f $root/data/PG_VERSION ]]; then
        as_postgres "$bindir/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [[ -n $root && $root == /tmp/kuaibao-pg-* ]] && rm -rf "$root"
    rm -rf "$state"
}

case $action in
start) start ;;
restart) restart "$@" ;;
stop) stop ;;
*)
    echo "usage: $0 start|restart|stop STATE_DIR" >&2
    exit 2
    ;;
esac
