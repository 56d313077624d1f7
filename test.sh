#!/usr/bin/env bash
# Runs every test, the real-browser journeys and the PostgreSQL targets included. Debian's Chromium,
# its driver and PostgreSQL are installed first when missing (they need root, or sudo). Extra arguments go to Maven, for example
#   ./test.sh -pl it -Dit.test=BrowserJourneyIT
set -euo pipefail

cd "$(dirname "$0")"

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  install=(sh -c 'apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver')
  if [[ $(id -u) -eq 0 ]]; then
    "${install[@]}"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "${install[@]}"
  else
    echo "test.sh: /usr/bin/chromium or /usr/bin/chromedriver is missing, and installing them needs" >&2
    echo "root or sudo. As root, run:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver" >&2
    exit 1
  fi
fi

# PostgreSQL for the repository contract tests and the durability test: the same test classes
# run on H2 and on a private throwaway PostgreSQL cluster on loopback (scripts/postgres.sh).
pg_env=$(scripts/postgres.sh start) || { echo "test.sh: PostgreSQL did not start" >&2; exit 1; }
eval "$pg_env"
if [[ ${CI:-} == true ]]; then trap 'scripts/postgres.sh stop' EXIT; fi

mvn -B -ntp verify "$@"
