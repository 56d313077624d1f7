#!/usr/bin/env bash
# Realistic benchmark data (docs/performance.md).
#
#   scripts/bench-data.sh db-start     starts a private, durable PostgreSQL cluster for the
#                                      benchmarks (target/bench-postgres, 127.0.0.1 only) and prints
#                                      the `export CLUBAIDE_DB...=...` lines the server and the
#                                      generator read:  eval "$(scripts/bench-data.sh db-start)"
#   scripts/bench-data.sh db-stop      stops that cluster and deletes it
#   scripts/bench-data.sh generate [generator options]
#                                      runs the generator (org.clubaide.bench.generate.Generate) on
#                                      the database the CLUBAIDE_DB* variables name; for example
#                                      generate --members 100000 --requests 1000000 --seed 42 --reset
#                                      (--help lists the options)
#
# The generator is in bench/target/benchmarks.jar: build it first with
#   mvn -o -q install -DskipTests && mvn -o -q package -pl bench -DskipTests
# Every generated login has the documented password Club-Aide-bench-2026 (synthetic data only).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar=$repo_root/bench/target/benchmarks.jar
export CLUBAIDE_PG_DIR=${CLUBAIDE_BENCH_PG_DIR:-$repo_root/target/bench-postgres}
export CLUBAIDE_PG_PORT=${CLUBAIDE_BENCH_PG_PORT:-55532}
export CLUBAIDE_PG_DURABLE=true

say() { echo "bench-data.sh: $*" >&2; }

# The cluster's lines, renamed for the server (docs/operations.md) and the generator.
db_env() {
  "$repo_root/scripts/postgres.sh" "$1" | sed -e 's/CLUBAIDE_TEST_PG_DB=/CLUBAIDE_DB_NAME=/' \
    -e 's/CLUBAIDE_TEST_PG_/CLUBAIDE_DB_/'
  echo "export CLUBAIDE_DB=postgresql"
}

case ${1:-} in
  db-start) db_env start ;;
  db-env) db_env env ;;
  db-stop) "$repo_root/scripts/postgres.sh" stop ;;
  generate)
    shift
    [[ -f $jar ]] || {
      say "$jar is missing: mvn -o -q install -DskipTests && mvn -o -q package -pl bench -DskipTests"
      exit 1
    }
    db=${CLUBAIDE_DB:-postgresql}
    if [[ $db == postgresql && -z ${CLUBAIDE_DB_HOST:-} ]]; then
      say "CLUBAIDE_DB_HOST is not set: eval \"\$(scripts/bench-data.sh db-start)\" first"
      exit 1
    fi
    # A bulk load holds a chunk of rows at a time: a modest heap is plenty.
    exec java -Xmx1g -Duser.timezone=UTC -cp "$jar" org.clubaide.bench.generate.Generate \
      --db "$db" "$@"
    ;;
  *)
    sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
