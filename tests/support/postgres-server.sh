#!/bin/sh
# A throwaway PostgreSQL server for the test suite (ctest fixture PostgreSQL).
#   postgres-server.sh start DATA_DIR SOCKET_DIR PORT    initdb, then pg_ctl start
#   postgres-server.sh stop  DATA_DIR                     pg_ctl stop, remove DATA_DIR
# It listens on a Unix socket in SOCKET_DIR only (no TCP port is opened), trusts local
# connections, and runs without fsync: the data is thrown away. The superuser is "kehu".
# PostgreSQL refuses to run as root: as root the server runs as the "postgres" user (the
# postgresql package creates it) or "nobody".
set -eu

action=$1
data=$2

bindir=""
for candidate in "$(pg_config --bindir 2>/dev/null || true)" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) \
                 "$(dirname "$(command -v pg_ctl 2>/dev/null || echo /none/pg_ctl)")"; do
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
        bindir=$candidate
        break
    fi
done
if [ -z "$bindir" ]; then
    echo "postgres-server.sh: PostgreSQL's server programs (initdb, pg_ctl) are not installed;" >&2
    echo "install postgresql (Debian: apt-get install postgresql) or configure with -DKEHU_TEST_POSTGRES=OFF" >&2
    exit 1
fi

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        user=postgres
        id "$user" >/dev/null 2>&1 || user=nobody
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    socket=$3
    port=$4
    if [ -f "$data/location" ]; then
        stale=$(cat "$data/location")
        as_server_user "$bindir/pg_ctl" -D "$stale" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$stale"
    fi
    if [ -f "$data/postmaster.pid" ]; then
        as_server_user "$bindir/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data"
    mkdir -p "$data" "$socket"
    if [ "$(id -u)" -eq 0 ]; then
        user=postgres
        id "$user" >/dev/null 2>&1 || user=nobody
        chown "$user" "$data" "$socket"
    fi
    chmod 700 "$data"
    # The server user must reach the data folder: a build folder under a private home (a
    # clone in /root) is out of its reach. Then the data goes to /tmp, and the build folder
    # remembers where.
    if ! as_server_user test -w "$data" 2>/dev/null; then
        rm -rf "$data"
        mkdir -p "$data"
        real=$(mktemp -d /tmp/kehu-test-pg-data.XXXXXX)
        chown "$user" "$real"
        chmod 700 "$real"
        echo "$real" >"$data/location"
        data=$real
    fi
    as_server_user "$bindir/initdb" -D "$data" -U kehu --auth=trust -E UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1 \
        || { cat "$data.initdb.log" >&2; exit 1; }
    as_server_user "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $socket -p $port -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB" start >/dev/null \
        || { cat "$data/server.log" >&2; exit 1; }
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on $socket, port $port"
    ;;
stop)
    if [ -f "$data/location" ]; then
        real=$(cat "$data/location")
        rm -rf "$data"
        data=$real
    fi
    if [ -f "$data/postmaster.pid" ]; then
        as_server_user "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    fi
    rm -rf "$data" "$data.initdb.log"
    ;;
*)
    echo "usage: $0 start DATA_DIR SOCKET_DIR PORT | stop DATA_DIR" >&2
    exit 2
    ;;
esac
