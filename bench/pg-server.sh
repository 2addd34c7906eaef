# Sourced by .ci/run and bench/postgres.sh: starts a scratch PostgreSQL server on
# loopback (Debian's package is installed when no server is there), as an unprivileged
# user when run as root (initdb refuses root). Sets PG_SERVER (the URL of its `postgres`
# database, where databases may be created), PG_BIN (its programs) and pg_stop (stops
# it and removes its folder).
pg_start() {
    local started=$SECONDS d
    PG_BIN=""
    for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin /usr/local/bin; do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then PG_BIN=$d; break; fi
    done
    if [ -z "$PG_BIN" ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
        PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    PG_DIR=$(mktemp -d /tmp/tiegraph-pg.XXXXXX)
    chmod 755 "$PG_DIR"
    PG_USER=""
    if [ "$(id -u)" = 0 ]; then
        PG_USER=postgres
        id "$PG_USER" >/dev/null 2>&1 || PG_USER=nobody
        chown "$PG_USER" "$PG_DIR"
    fi
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    pg_as "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U tiegraph -E UTF8 --no-locale >"$PG_DIR/initdb.log"
    pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
        -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    PG_SERVER="postgres://tiegraph@127.0.0.1:$port/postgres"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($((SECONDS - started)) s)"
}

# Runs a command as the server's user.
pg_as() {
    if [ -n "$PG_USER" ]; then
        su -s /bin/sh "$PG_USER" -c "cd / && $(printf '%q ' "$@")"
    else
        "$@"
    fi
}

pg_stop() {
    [ -n "${PG_DIR:-}" ] || return 0
    pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || true
    rm -rf "$PG_DIR"
    PG_DIR=""
}
