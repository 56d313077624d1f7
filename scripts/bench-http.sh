#!/usr/bin/env bash
# HTTP load on loopback, as ratios to the server's own limit (docs/performance.md).
#
#   scripts/bench-http.sh [options]
#
# Runs a Club Aide server and, before it, a bare Liberty with the same features and configuration
# but no application, both from ear/target/liberty/wlp (servers clubaide-bench and clubaide-bare,
# on 127.0.0.1 only). Each case runs with wrk right after the no-op endpoint GET /api/v1/bench/noop
# of the same server, with the same threads, connections and duration, so that a case reads as a
# share of what this server answers at all: GET one request, POST a new request, the agent queue
# page by deadline, the member search by skill. Reported: requests per second, p50 and p99
# latency, the ratio to the no-op, the server's RSS under load (ps), and the ready time of both
# servers. The script stops every server it started, whatever happens.
#
# Logging in costs a 210,000-iteration PBKDF2 hash on purpose: the script logs in once per role with
# HTTP Basic and wrk then sends only the session cookies (bench/wrk/session.lua).
#
# Options:
#   --db postgresql|h2     the database (default: $CLUBAIDE_DB, else postgresql); PostgreSQL is
#                          reached through CLUBAIDE_DB_HOST, _PORT, _NAME, _USER, _PASSWORD
#                          (scripts/bench-data.sh db-start prints them)
#   --generate "ARGS"      run the data generator with ARGS before starting the server (on H2 the
#                          server's own database file); without it, the data must be there already
#   --label TEXT           names the results (default: the date); files go to target/bench/
#   --duration S           seconds of each measured wrk run (default 20)
#   --warmup S             seconds of warm-up of each endpoint, all of them before any measured
#                          run, so that the JIT has compiled what they share (default 15)
#   --threads N            wrk threads (default 2)
#   --connections N        wrk connections (default 16)
#   --starts N             measured starts of each server for the ready time (default 3)
#   --cases LIST           comma-separated, among queue,get,search,post (default: all)
#   --port N               first HTTP port to try (default 9380; the next free one is taken)
#   --no-wait              do not wait for a quiet machine (by default: until the 1-minute load
#                          average is below 1.0, checking every 30 s, for at most 40 minutes)
#   --smoke                a quick check that the harness works (CI): 1-second runs, no warm-up,
#                          one start of each server, no waiting; fails if a case answers anything
#                          but 2xx. Its figures mean nothing.
#
# Needs: a built EAR and Liberty (mvn -o install -DskipTests && mvn -o -pl ear liberty:create
# liberty:install-feature liberty:deploy), bench/target/benchmarks.jar for --generate, and wrk
# (installed from Debian when missing). The generated logins are used: the agent
# sophie.mercier@clubaide.fr and a member found through the search, password Club-Aide-bench-2026
# (override with BENCH_AGENT and BENCH_PASSWORD).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
wlp=$repo_root/ear/target/liberty/wlp
ear=$repo_root/ear/target/clubaide.ear
config=$repo_root/ear/src/main/liberty/config
lua=$repo_root/bench/wrk/session.lua
jar=$repo_root/bench/target/benchmarks.jar

db=${CLUBAIDE_DB:-postgresql}
generate=""
label=$(date +%Y%m%d-%H%M%S)
duration=20
warmup=15
threads=2
connections=16
starts=3
cases=queue,get,search,post
first_port=9380
wait_quiet=true
smoke=false
agent=${BENCH_AGENT:-sophie.mercier@clubaide.fr}
password=${BENCH_PASSWORD:-Club-Aide-bench-2026}

say() { echo "bench-http.sh: $*" >&2; }
die() {
  say "$*"
  exit 1
}

while [[ $# -gt 0 ]]; do
  case $1 in
    --db) db=$2; shift 2 ;;
    --generate) generate=$2; shift 2 ;;
    --label) label=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --starts) starts=$2; shift 2 ;;
    --cases) cases=$2; shift 2 ;;
    --port) first_port=$2; shift 2 ;;
    --no-wait) wait_quiet=false; shift ;;
    --smoke) smoke=true; shift ;;
    -h | --help) sed -n '2,42p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done
if [[ $smoke == true ]]; then
  duration=1 warmup=0 starts=1 wait_quiet=false threads=1 connections=2
fi
[[ $db == postgresql || $db == h2 ]] || die "--db is postgresql or h2, not $db"

out_dir=$repo_root/target/bench
mkdir -p "$out_dir"
work=$(mktemp -d)
results=$out_dir/http-$label.tsv
report=$out_dir/http-$label.md

# --- What runs, and its cleanup -------------------------------------------------------------------

running_server=""
stop_server() {
  if [[ -n $running_server ]]; then
    say "stopping $running_server"
    "$wlp/bin/server" stop "$running_server" >/dev/null 2>&1 || true
    running_server=""
  fi
}
cleanup() {
  stop_server
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Prerequisites -------------------------------------------------------------------------------

ensure_wrk() {
  command -v wrk >/dev/null && return
  say "wrk is missing: installing Debian's wrk package"
  local -a run=()
  if [[ $EUID -ne 0 ]]; then
    command -v sudo >/dev/null && sudo -n true 2>/dev/null ||
      die "installing wrk needs root or sudo: apt-get install -y wrk"
    run=(sudo)
  fi
  { "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y wrk ||
    { "${run[@]}" apt-get update && "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }; } >&2 ||
    die "apt-get install wrk failed"
}

[[ -f $ear ]] || die "$ear is missing: mvn -o install -DskipTests"
if ! [[ -x $wlp/bin/server ]] || ! ls "$wlp"/usr/shared/resources/jdbc/postgresql-*.jar >/dev/null 2>&1; then
  say "no Liberty in $wlp: installing it with the ear module's liberty-maven-plugin"
  (cd "$repo_root" && mvn -q -B -pl ear liberty:create liberty:install-feature liberty:deploy) >&2 ||
    die "could not install Liberty: mvn -pl ear liberty:create liberty:install-feature liberty:deploy"
fi
if [[ -n $generate && ! -f $jar ]]; then
  die "$jar is missing: mvn -o package -pl bench -DskipTests"
fi
if [[ $db == postgresql && -z ${CLUBAIDE_DB_HOST:-} ]]; then
  die "CLUBAIDE_DB_HOST is not set: eval \"\$(scripts/bench-data.sh db-start)\" (or use --db h2)"
fi
ensure_wrk

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port=$1
  while port_busy "$port" || port_busy $((port + 363)); do
    port=$((port + 1))
    ((port < $1 + 100)) || die "no free port from $1"
  done
  echo "$port"
}
http_port=$(free_port "$first_port")
https_port=$((http_port + 363))
base=http://127.0.0.1:$http_port

wait_until_quiet() {
  local waited=0 load
  while :; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    if awk -v l="$load" 'BEGIN { exit !(l < 1.0) }'; then
      say "load average $load: quiet enough"
      quiet_note="quiet (1-minute load average $load when measuring started)"
      return
    fi
    if ((waited >= 2400)); then
      say "load average still $load after 40 minutes: measuring anyway"
      quiet_note="NOT quiet: 1-minute load average $load after waiting 40 minutes"
      return
    fi
    say "load average $load: waiting for a quiet machine (${waited}s so far)"
    sleep 30
    waited=$((waited + 30))
  done
}
quiet_note="not checked"

# --- Servers -------------------------------------------------------------------------------------

# Creates (once) and configures a server: Club Aide's configuration, loopback only, benchmarks on;
# with the application or without it (the bare server).
make_server() {
  local name=$1 with_app=$2 dir=$wlp/usr/servers/$1
  [[ -d $dir ]] || "$wlp/bin/server" create "$name" >/dev/null
  # Every configuration file the EAR's server includes (clubaide.xml, the databases',
  # notifications.xml…), but not its server.xml, written below.
  local file
  for file in "$config"/*.xml "$config"/jvm.options; do
    [[ $(basename "$file") == server.xml ]] || cp "$file" "$dir"/
  done
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo "<!-- Written by scripts/bench-http.sh: Club Aide's configuration, on loopback only. -->"
    echo "<server description=\"$name\">"
    echo '  <include location="${server.config.dir}/clubaide.xml"/>'
    echo '  <variable name="http.host" value="127.0.0.1"/>'
    echo "  <variable name=\"http.port\" value=\"$http_port\"/>"
    echo "  <variable name=\"https.port\" value=\"$https_port\"/>"
    echo "  <variable name=\"clubaide.db\" value=\"$db\"/>"
    echo '  <variable name="clubaide.bench.enabled" value="true"/>'
    if [[ $with_app == true ]]; then
      echo '  <applicationManager autoExpand="true"/>'
      echo "  <enterpriseApplication id=\"clubaide\" name=\"clubaide\" location=\"$ear\"/>"
    fi
    echo '</server>'
  } >"$dir/server.xml"
}

pid_of() { cat "$wlp/usr/servers/.pid/$1.pid"; }

# Starts a server and sets ready_ms to its ready time in milliseconds: from the start command to
# the first 200 from /health/ready (database reached, schema migrated, application started).
start_server() {
  local name=$1 t0 t1 deadline
  rm -f "$wlp/usr/servers/$name/logs/messages.log"
  t0=$(date +%s%N)
  running_server=$name
  "$wlp/bin/server" start "$name" >"$work/start.log" 2>&1 || {
    cat "$work/start.log" >&2
    die "$name did not start"
  }
  deadline=$((SECONDS + 300))
  until curl -sf -o /dev/null "$base/health/ready"; do
    ((SECONDS < deadline)) || die "$name not ready after 300 s; see $wlp/usr/servers/$name/logs"
    sleep 0.05
  done
  t1=$(date +%s%N)
  ready_ms=$(((t1 - t0) / 1000000))
}

# Liberty's own account of its start, from CWWKF0011I ("The server started in N seconds").
liberty_start_seconds() {
  sed -n 's/.*CWWKF0011I.* in \([0-9.]*\) seconds.*/\1/p' "$wlp/usr/servers/$1/logs/messages.log" | tail -n 1
}

# Measures the ready time of a server: one cold start not counted (none in a smoke run), then
# $starts starts; sets
# median_ms to the median. The server is left running.
measure_starts() {
  local name=$1 times=() i
  if [[ $smoke == false ]]; then
    say "$name: cold start (not counted)"
    start_server "$name"
  fi
  for ((i = 1; i <= starts; i++)); do
    stop_server
    start_server "$name"
    say "$name: ready in $ready_ms ms"
    times+=("$ready_ms")
  done
  median_ms=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
}

# --- Load ----------------------------------------------------------------------------------------

# The milliseconds of a wrk latency such as 812.00us, 1.23ms or 1.02s.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
    printf "%.2f", n }'
}

# Runs wrk once and prints: requests/s, p50 ms, p99 ms, non-2xx, socket errors, max RSS in MiB.
run_wrk() {
  local seconds=$1 url=$2 cookie=$3 method=$4 paths=$5 body=$6 pid out rss=0 r csrf=""
  pid=$(pid_of "$running_server")
  out=$work/wrk.out
  # A change that the session cookie authenticates carries the session's CSRF token.
  if [[ $method != GET && -n $cookie ]]; then
    csrf=$(curl -sf -H "Cookie: $cookie" "$base/api/v1/csrf" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
    [[ -n $csrf ]] || die "no CSRF token for the session of $url"
  fi
  BENCH_COOKIE=$cookie BENCH_CSRF=$csrf BENCH_METHOD=$method BENCH_PATHS=$paths BENCH_BODY=$body \
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$lua" "$url" >"$out" 2>&1 &
  local wrk_pid=$!
  while kill -0 "$wrk_pid" 2>/dev/null; do
    r=$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ' || echo 0)
    ((r > rss)) && rss=$r
    sleep 0.5
  done
  wait "$wrk_pid" || { cat "$out" >&2; die "wrk failed on $url"; }
  local rps p50 p99 non2xx errors
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$out")
  errors=$(awk -F'[ ,]+' '/Socket errors:/ { print $4 + $6 + $8 + $10 }' "$out")
  echo "${rps:-0} $p50 $p99 ${non2xx:-0} ${errors:-0} $((rss / 1024))"
}

# A case: the no-op, then the case, measured one after the other with the same settings, so
# that both meet the same machine. Appends a line to the results.
run_case() {
  local name=$1 path=$2 cookie=$3 method=$4 paths=$5 body=$6 noop case
  say "case $name: no-op and case, ${duration}s each"
  noop=$(run_wrk "$duration" "$base/api/v1/bench/noop" "$cookie" GET "" "")
  case=$(run_wrk "$duration" "$base$path" "$cookie" "$method" "$paths" "$body")
  [[ -n $noop && -n $case ]] || die "case $name: wrk gave no result"
  say "  no-op: $noop"
  say "  $name: $case"
  echo "$name $noop $case" >>"$results"
}

# Logs in with HTTP Basic once and prints the session's Cookie header, once the session holds under
# a short burst of concurrent requests (a session that does not hold would make a case measure
# 401s; with Liberty's LTPA cookie, before the application kept its own sessions, it did not).
session() {
  local login=$1 jar status cookie attempt bad
  for attempt in 1 2 3 4 5; do
    jar=$work/cookies-$attempt
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -u "$login:$password" \
      "$base/api/v1/$2")
    [[ $status == 200 ]] || die "login as $login answered $status on /api/v1/$2"
    cookie=$(awk -F'\t' 'NF == 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
    [[ -n $cookie ]] || die "login as $login set no cookie"
    bad=$(BENCH_COOKIE=$cookie wrk -t1 -c4 -d2s -s "$lua" "$base/api/v1/$2" |
      awk '/Non-2xx or 3xx responses:/ { print $5 } END { }')
    if [[ -z $bad || $bad == 0 ]]; then
      echo "$cookie"
      return
    fi
    say "the session of $login did not hold ($bad answers not 2xx in 2 s): logging in again"
    sleep 2
  done
  die "the session of $login never held; see $wlp/usr/servers/$running_server/logs"
}

# --- The run -------------------------------------------------------------------------------------

[[ $wait_quiet == true ]] && wait_until_quiet

make_server clubaide-bare false
make_server clubaide-bench true
if [[ -n $generate ]]; then
  say "generating data: $generate"
  if [[ $db == h2 ]]; then
    mkdir -p "$wlp/usr/servers/clubaide-bench/data"
    # shellcheck disable=SC2086
    java -Xmx1g -Duser.timezone=UTC -cp "$jar" org.clubaide.bench.generate.Generate --db h2 \
      --url "jdbc:h2:file:$wlp/usr/servers/clubaide-bench/data/clubaide;MODE=LEGACY" \
      --user clubaide --password "" $generate >&2
  else
    # shellcheck disable=SC2086
    java -Xmx1g -Duser.timezone=UTC -cp "$jar" org.clubaide.bench.generate.Generate \
      --db postgresql $generate >&2
  fi
fi

: >"$results"
machine="$(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(java -version 2>&1 | head -n 1)"

# The bare server: ready time, RSS idle and under load (404 on /, the least a server does).
measure_starts clubaide-bare
bare_ready=$median_ms
bare_liberty=$(liberty_start_seconds clubaide-bare)
bare_idle_rss=$(($(ps -o rss= -p "$(pid_of clubaide-bare)") / 1024))
if ((warmup > 0)); then run_wrk "$warmup" "$base/" "" GET "" "" >/dev/null; fi
read -r bare_rps _ _ _ _ bare_load_rss < <(run_wrk "$duration" "$base/" "" GET "" "")
stop_server

# Club Aide.
measure_starts clubaide-bench
app_ready=$median_ms
app_liberty=$(liberty_start_seconds clubaide-bench)
app_idle_rss=$(($(ps -o rss= -p "$(pid_of clubaide-bench)") / 1024))
agent_cookie=$(session "$agent" "queue?limit=1")

# Request ids for GET one request: the first pages of the queue, the requests agents open.
: >"$work/get.paths"
after=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
  page=$(curl -sf -H "Cookie: $agent_cookie" "$base/api/v1/queue?limit=100${after:+&after=$after}")
  grep -o '"id":"[0-9a-f-]\{36\}"' <<<"$page" | cut -d'"' -f4 | sed 's|^|/api/v1/requests/|' >>"$work/get.paths"
  after=$(grep -o '"nextCursor":"[^"]*"' <<<"$page" | cut -d'"' -f4 || true)
  [[ -n $after ]] || break
done
[[ -s $work/get.paths ]] || die "the queue is empty: generate data first (--generate or scripts/bench-data.sh)"

# Skills for the member search, as agents type them (URL-encoded): the first page, and a page
# further on (after a member identifier three quarters of the way through).
for skill in comptabilit%C3%A9 paie export "droit%20social" "fiscalit%C3%A9%20PME" marketing \
  "relation%20client" "s%C3%A9curit%C3%A9%20informatique" douane "traduction%20anglais" \
  "lev%C3%A9e%20de%20fonds" ergonomie "gestion%20avanc%C3%A9e" subventions logistique; do
  echo "/api/v1/members?skill=$skill&limit=50"
  echo "/api/v1/members?skill=$skill&limit=50&after=c0000000-0000-4000-8000-000000000000"
done >"$work/search.paths"

# Each case as: name, path, cookie, method, paths file, body file.
IFS=, read -r -a wanted <<<"$cases"
declare -a plan=()
for c in "${wanted[@]}"; do
  case $c in
    queue) plan+=("queue|/api/v1/queue?limit=50|$agent_cookie|GET||") ;;
    get) plan+=("get|/api/v1/requests|$agent_cookie|GET|$work/get.paths|") ;;
    search) plan+=("search|/api/v1/members|$agent_cookie|GET|$work/search.paths|") ;;
    post)
      member=$(curl -sf -H "Cookie: $agent_cookie" "$base/api/v1/members?skill=comptabilit%C3%A9&limit=20" |
        grep -o '"email":"[^"]*"' | head -n 1 | cut -d'"' -f4)
      [[ -n $member ]] || die "no member found to raise requests"
      member_cookie=$(session "$member" "requests?limit=1")
      printf '{"title":"Relecture d'\''un contrat de sous-traitance","description":"Je dois signer un contrat de sous-traitance avec un donneur d'\''ordre et je voudrais un avis sur les clauses de pénalité avant la fin du mois.","kinds":["INFORMATION","DOCUMENT"],"neededBy":"%s"}' \
        "$(date -d '+30 days' +%F)" >"$work/post.json"
      plan+=("post|/api/v1/requests|$member_cookie|POST||$work/post.json")
      ;;
    *) die "unknown case $c (queue, get, search, post)" ;;
  esac
done

# Warm-up: every endpoint in turn, before any measured run; writes first, so that the database has
# written back what they changed before anything is measured, and the no-op last.
if ((warmup > 0)); then
  say "warm-up: ${warmup}s on each case and on the no-op"
  for entry in "${plan[@]}"; do
    IFS='|' read -r name path cookie method paths body <<<"$entry"
    if [[ $method == POST ]]; then
      run_wrk "$warmup" "$base$path" "$cookie" "$method" "$paths" "$body" >/dev/null
    fi
  done
  for entry in "${plan[@]}"; do
    IFS='|' read -r name path cookie method paths body <<<"$entry"
    if [[ $method != POST ]]; then
      run_wrk "$warmup" "$base$path" "$cookie" "$method" "$paths" "$body" >/dev/null
    fi
  done
  run_wrk "$warmup" "$base/api/v1/bench/noop" "$agent_cookie" GET "" "" >/dev/null
fi

for entry in "${plan[@]}"; do
  IFS='|' read -r name path cookie method paths body <<<"$entry"
  run_case "$name" "$path" "$cookie" "$method" "$paths" "$body"
done
stop_server

# --- Report --------------------------------------------------------------------------------------

rows=$(awk '{ printf "%s %s %s %s %s %s %s %s %s %s %s %s %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13 }' "$results")
app_load_rss=$(awk 'BEGIN { m = 0 } { if ($7 > m) m = $7; if ($13 > m) m = $13 } END { print m }' "$results")
{
  echo "### HTTP load: $label"
  echo
  echo "Machine: $machine. Database: $db. Load: $quiet_note."
  echo "wrk $threads threads, $connections connections, ${duration} s per run, after ${warmup} s of warm-up on each endpoint; 127.0.0.1."
  echo
  echo "| case | req/s | p50 ms | p99 ms | no-op req/s | no-op p50 ms | no-op p99 ms | ratio to no-op | non-2xx | RSS MiB |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  while read -r name nrps np50 np99 nbad nerr nrss crps cp50 cp99 cbad cerr crss; do
    ratio=$(awk -v a="$crps" -v b="$nrps" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "-" }')
    printf '| %s | %.0f | %s | %s | %.0f | %s | %s | %s | %s | %s |\n' \
      "$name" "$crps" "$cp50" "$cp99" "$nrps" "$np50" "$np99" "$ratio" "$((cbad + cerr))" "$crss"
  done <<<"$rows"
  echo
  echo "| server | ready (median of $starts starts) | Liberty's own start figure | RSS idle MiB | RSS under load MiB |"
  echo "|---|---:|---:|---:|---:|"
  echo "| bare Liberty, same features, no application | $bare_ready ms | ${bare_liberty:-?} s | $bare_idle_rss | $bare_load_rss (404 on /, $(printf '%.0f' "$bare_rps") req/s) |"
  echo "| Club Aide | $app_ready ms | ${app_liberty:-?} s | $app_idle_rss | $app_load_rss (highest of the cases) |"
  echo
  awk -v a="$app_load_rss" -v b="$bare_load_rss" -v ra="$app_ready" -v rb="$bare_ready" \
    'BEGIN { printf "RSS under load: %.2f x bare Liberty. Ready time: %.2f x bare Liberty.\n", a / b, ra / rb }'
} | tee "$report"
say "results: $report (raw: $results)"

if [[ $smoke == true ]]; then
  bad=$(awk '{ if ($2 <= 0 || $8 <= 0 || $5 + $6 + $11 + $12 > 0) print $1 }' "$results")
  [[ -z $bad ]] || die "smoke run: these cases failed or answered other than 2xx: $bad"
  say "smoke run: every case answered"
fi
