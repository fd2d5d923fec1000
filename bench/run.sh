#!/usr/bin/env bash
# Measures the read paths that take the most traffic, against the packaged application (prod
# profile) and the machine's PostgreSQL, and prints a Markdown table for bench/REPORT.md.
#
#   bash bench/run.sh            (needs wrk: apt-get install wrk; PostgreSQL on 127.0.0.1:5432)
#
# Rate limiting is switched off: it would measure the limiter, not the service.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PROFILES=${BENCH_PROFILES:-10000}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
OWNERS=${BENCH_OWNERS:-1000}
PORT=${BENCH_PORT:-18181}
DB="bench_$(date +%s)_$$"
TOKENS=$(mktemp)
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -ntp package -DskipTests

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  rm -f "$TOKENS"
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
env -i PATH="$PATH" HOME="$HOME" \
  QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/public-key.pem" \
  MP_JWT_VERIFY_ISSUER=https://profile-service.dev/issuer \
  PROFILE_EMAIL_VERIFY_URL=https://bench.invalid/verify \
  PROFILE_DIRECTORY_CURSOR_KEY="$(head -c 32 /dev/urandom | base64)" \
  PROFILE_TRAFFIC_ENABLED=false QUARKUS_HTTP_PORT="$PORT" \
  java -jar target/quarkus-app/quarkus-run.jar >/tmp/profile-service-bench.log 2>&1 &
APP_PID=$!
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  sleep 1
done

# Seeded in SQL: verified, active profiles, a tenth of them listed in the directory.
"${PSQL[@]}" -d "$DB" <<SQL
INSERT INTO profile (subject, handle, name, email, website, location_country, location_city,
                     visibility, consents, email_verified, unverified_since, version,
                     created_at, updated_at)
SELECT 'bench-' || i, 'bench' || i, 'Bench Person ' || i, 'bench' || i || '@example.org',
       'https://example.org/' || i, 'NL', 'City ' || (i % 50),
       '{"email": "PUBLIC", "website": "PUBLIC"}'::jsonb,
       jsonb_build_object('directory_listing', i % 10 = 0), true, NULL, 0, now(), now()
FROM generate_series(1, $PROFILES) AS i;
ANALYZE profile;
SQL

run() {
  local name=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" >/tmp/bench-$$.txt
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' /tmp/bench-$$.txt)
  errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' /tmp/bench-$$.txt)
  p50=$(awk '$1 == "50%" {print $2}' /tmp/bench-$$.txt)
  p99=$(awk '$1 == "99%" {print $2}' /tmp/bench-$$.txt)
  echo "| $name | $rps | $p50 | $p99 | ${errors:-0} |"
}

BASE="http://127.0.0.1:$PORT"
curl -sf "$BASE/profiles/bench1" >/dev/null   # warm up the code paths once
wrk -t2 -c"$CONNECTIONS" -d10s -s bench/public-profiles.lua "$BASE" >/dev/null   # JIT warm-up

echo "| scenario ($CONNECTIONS connections, $DURATION) | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
run "GET /policy (no database)" "$BASE/policy"
run "GET /profiles/{handle}, $PROFILES profiles, random handles" -s bench/public-profiles.lua "$BASE"
run "GET /directory?country=NL&limit=20" "$BASE/directory?country=NL&limit=20"
run "GET /q/health/ready" "$BASE/q/health/ready"

# Owner paths, each request as one of OWNERS users with their own token (dev key, dev issuer).
java dev/DevToken.java --numbered "$OWNERS" bench- user >"$TOKENS"
for scenario in get-me patch-me put-consent; do
  BENCH_TOKENS=$TOKENS BENCH_SCENARIO=$scenario \
    wrk -t2 -c"$CONNECTIONS" -d5s -s bench/owner-paths.lua "$BASE" >/dev/null   # warm-up
done
BENCH_TOKENS=$TOKENS BENCH_SCENARIO=get-me \
  run "GET /me, $OWNERS owners" -s bench/owner-paths.lua "$BASE"
BENCH_TOKENS=$TOKENS BENCH_SCENARIO=patch-me \
  run "PATCH /me (name), $OWNERS owners" -s bench/owner-paths.lua "$BASE"
BENCH_TOKENS=$TOKENS BENCH_SCENARIO=put-consent \
  run "PUT /me/consents/news, $OWNERS owners" -s bench/owner-paths.lua "$BASE"
