#!/usr/bin/env bash
# The Debian package on a machine: installs it with dpkg -i, indexes the bundled sample as
# the dipsearch user, starts dipsearchd as its unit says, answers a search, removes the
# package with dpkg -r (the database stays) and purges it. Needs root and a throwaway
# Debian 12 with the package's libraries installed, for instance a fresh chroot:
#   ../shared/tools/fresh-debian 'scripts/package.sh && tests/package/deb_install_test.sh build/dipsearch_*.deb'
# Without systemd running (a chroot), the unit's ExecStart is run the way systemd would run
# it: as its User and Group, with its Environment= and EnvironmentFile= settings, from /,
# without new privileges.
set -euo pipefail
deb=${1:?usage: deb_install_test.sh PACKAGE.deb}
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }
[ "$(id -u)" -eq 0 ] || fail "run as root"
! dpkg-query -W dipsearch >/dev/null 2>&1 || fail "dipsearch is installed already: use a throwaway machine"
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends curl >/dev/null; }

unit=/usr/lib/systemd/system/dipsearchd.service
db=/var/lib/dipsearch/dipsearch.db
daemon_pid=
stop_daemon() {
  if [ -n "$daemon_pid" ]; then
    kill -TERM "$daemon_pid" 2>/dev/null || true
    for _ in $(seq 150); do kill -0 "$daemon_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$daemon_pid" 2>/dev/null || true
    wait "$daemon_pid" 2>/dev/null || true
    daemon_pid=
  fi
}
trap stop_daemon EXIT

# The value of a unit setting (the last one given), or every value of a repeated one.
unit_setting() { sed -n "s/^$1=//p" "$unit" | tail -n 1; }
unit_settings() { sed -n "s/^$1=//p" "$unit"; }

# Starts the unit's ExecStart as systemd would; sets daemon_pid, logs to $1.
start_like_the_unit() {
  local log=$1 user group env_file optional=0 word value
  user=$(unit_setting User); group=$(unit_setting Group)
  local environment=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
  while IFS= read -r value; do environment+=("$value"); done < <(unit_settings Environment)
  env_file=$(unit_setting EnvironmentFile)
  [[ $env_file == -* ]] && { optional=1; env_file=${env_file#-}; }
  if [ -f "$env_file" ]; then  # later settings win, as in systemd
    while IFS= read -r value; do environment+=("$value"); done < <(grep -E '^[A-Za-z_][A-Za-z0-9_]*=' "$env_file")
  else
    [ "$optional" -eq 1 ] || fail "$env_file missing"
  fi
  # $VAR in ExecStart: the variable's value split at white space.
  local command=()
  for word in $(unit_setting ExecStart); do
    if [[ $word =~ ^\$([A-Za-z_][A-Za-z0-9_]*)$ ]]; then
      value=$(printf '%s\n' "${environment[@]}" | sed -n "s/^${BASH_REMATCH[1]}=//p" | tail -n 1)
      for v in $value; do command+=("$v"); done
    else
      command+=("$word")
    fi
  done
  (cd / && exec setpriv --reuid="$user" --regid="$group" --init-groups --no-new-privs \
     env -i "${environment[@]}" "${command[@]}") 2>"$log" &
  daemon_pid=$!
}

# Waits for the daemon's "serving ... on http://HOST:PORT/" line; prints the base URL.
served_at() {
  local log=$1
  for _ in $(seq 300); do
    if grep -q ' on http://' "$log"; then sed -n 's#.* on \(http://[^/]*\)/.*#\1#p' "$log" | head -n 1; return; fi
    kill -0 "$daemon_pid" 2>/dev/null || { cat "$log" >&2; fail "dipsearchd exited"; }
    sleep 0.1
  done
  fail "dipsearchd did not start listening within 30 s"
}

serve_and_search() {
  local base answer
  if [ -d /run/systemd/system ]; then
    systemctl restart dipsearchd
    for _ in $(seq 100); do systemctl is-active -q dipsearchd && break; sleep 0.1; done
    base=http://127.0.0.1:$(journalctl -u dipsearchd -n 50 -o cat | sed -n 's#.* on http://[^:]*:\([0-9]*\)/.*#\1#p' | tail -n 1)
  else
    start_like_the_unit /tmp/dipsearchd.log
    base=$(served_at /tmp/dipsearchd.log)
    local ids
    ids=$(awk '/^Uid:|^Gid:/ {printf "%s ", $2}' "/proc/$daemon_pid/status")
    [ "$ids" = "$(id -u dipsearch) $(id -g dipsearch) " ] || fail "dipsearchd does not run as dipsearch (uid gid: $ids)"
  fi
  echo "dipsearchd answers on $base"
  curl -fsS --max-time 20 "$base/api/health" | grep -q '"status":"ok"' || fail "health is not ok"
  answer=$(curl -fsS --max-time 20 "$base/api/search?q=consultations&per_page=1")
  grep -Eq '"total":[1-9]' <<<"$answer" || fail "no hits: $answer"
  echo "search answer: ${answer:0:160}..."
  curl -fsS --max-time 20 "$base/" | grep -qi '<html' || fail "no search page at /"
  if [ -d /run/systemd/system ]; then systemctl stop dipsearchd; else stop_daemon; fi
}

step "dpkg -i $deb"
dpkg -i "$deb"
for f in /usr/bin/dipsearch-index /usr/bin/dipsearchd /usr/bin/dipsearch-fetch "$unit" /etc/default/dipsearchd \
         /usr/share/man/man1/dipsearch-fetch.1.gz /usr/share/dipsearch/data/sources/mofa-ko.json \
         /usr/share/dipsearch/data/countries/aliases.tsv /usr/share/dipsearch/web/index.html \
         /usr/share/man/man1/dipsearchd.1.gz /usr/share/man/man1/dipsearch-index.1.gz \
         /usr/share/doc/dipsearch/examples/dipsearch.cron /usr/share/doc/dipsearch/examples/dipsearch-update.timer; do
  [ -e "$f" ] || fail "not installed: $f"
done
uid=$(id -u dipsearch) || fail "no dipsearch user"
[ "$uid" -lt 1000 ] || fail "dipsearch is not a system user (uid $uid)"
[ "$(getent passwd dipsearch | cut -d: -f7)" = /usr/sbin/nologin ] || fail "dipsearch can log in"
[ "$(stat -c %U /var/lib/dipsearch)" = dipsearch ] || fail "/var/lib/dipsearch is not the dipsearch user's"
if command -v man >/dev/null; then man -w dipsearchd >/dev/null || fail "man dipsearchd finds nothing"; fi
if command -v systemd-analyze >/dev/null; then
  systemd-analyze verify "$unit" || fail "systemd-analyze verify $unit"
  echo "systemd-analyze verify: the unit is sound"
fi

# No network here: the fetcher is only asked for its installed sources.
runuser -u dipsearch -- /usr/bin/dipsearch-fetch --list | grep -q '^mofa-ko	ko	https://www.mofa.go.kr/' ||
  fail "dipsearch-fetch --list does not show the installed sources"

step "index the bundled sample as the dipsearch user"
install -d -o dipsearch -g dipsearch /srv/releases
install -o dipsearch -g dipsearch -m 0644 /usr/share/dipsearch/data/sample/*.txt /srv/releases/
runuser -u dipsearch -- env DIPSEARCH_DB=$db /usr/bin/dipsearch-index /srv/releases

step "start dipsearchd as its unit says, on a free port"
# The admin's settings file: any free port, so the test never collides with another server.
echo 'DIPSEARCH_PORT=0' >> /etc/default/dipsearchd
serve_and_search

step "dpkg -r dipsearch: the database stays"
dpkg -r dipsearch
for f in /usr/bin/dipsearchd /usr/bin/dipsearch-index /usr/bin/dipsearch-fetch /usr/share/dipsearch "$unit"; do
  [ ! -e "$f" ] || fail "left behind after dpkg -r: $f"
done
[ -f $db ] && [ -d $db.d ] || fail "the database went with the package"
[ -f /etc/default/dipsearchd ] || fail "dpkg -r removed the admin's settings (a conffile stays until purge)"
id dipsearch >/dev/null || fail "the dipsearch user went (it owns the database)"

step "dpkg -i again: the kept database is served without indexing"
dpkg -i "$deb"
serve_and_search

step "dpkg -P dipsearch: settings go, the database still stays"
dpkg -P dipsearch
[ ! -e /etc/default/dipsearchd ] || fail "purge left /etc/default/dipsearchd"
[ -f $db ] || fail "purge removed the database"
echo "deb_install_test: all checks passed"
