#!/usr/bin/env bash
# Runs every test. Installs what the tests need first (Debian's Chromium for the browser tests, PostgreSQL for the
# integration tests' second store, the multi-node tests and the benchmark's side-by-side engine, nginx in front of the
# multi-node tests' nodes, axe-core from npm for the accessibility checks, Java and vnu-jar from npm for the HTML validity
# checks), so it works on a fresh machine;
# it needs root or sudo for apt the first time.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql postgresql-contrib)
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/sbin/nginx ] || need+=(nginx)
command -v java >/dev/null || need+=(default-jre-headless)
/usr/bin/python3 -c 'import xapian' 2>/dev/null || need+=(python3-xapian)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

# axe-core for the accessibility checks, pinned by the browser tests' package-lock.json.
if [ ! -f tests/PolicyArchive.Browser.Tests/node_modules/axe-core/axe.min.js ]; then
  npm ci --prefix tests/PolicyArchive.Browser.Tests --no-audit --no-fund >/dev/null
fi
# The Nu HTML Checker (vnu.jar, run with Debian's Java) for the security suite's HTML validity test, pinned by the web tests' package-lock.json.
if [ ! -f tests/PolicyArchive.Web.Tests/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  npm ci --prefix tests/PolicyArchive.Web.Tests --no-audit --no-fund >/dev/null
fi

log=$(mktemp)
# A private PostgreSQL server (Debian's packages, 127.0.0.1, a free port) for the integration tests' second store.
pgdir=$(mktemp -d)
trap 'scripts/cluster.sh postgres-down "$pgdir" >/dev/null 2>&1 || true; rm -f "$log"' EXIT
ARCHIVE_TEST_POSTGRES="$(scripts/cluster.sh postgres-up "$pgdir" | tail -1)"
export ARCHIVE_TEST_POSTGRES
# Build once, then run the test projects one after another: the browser tests and the benchmark's smoke run each
# start servers, and sharing two cores with each other makes timings and time-outs noisy.
dotnet build PolicyArchive.sln --nologo -v q
status=0
set +e
# Detailed: each test's name and what it writes (measured figures such as the cross-node lag) go into the log.
for project in tests/*/*.csproj; do
  dotnet test "$project" --no-build --nologo --logger "console;verbosity=detailed" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done
# The integration suite again with PostgreSQL as the store (the multi-node tests already ran, on a server of their own;
# tests of a SQLite file's lock and disk and of the single process's index read against that file stay out).
ARCHIVE_TEST_STORE=PostgreSQL dotnet test tests/PolicyArchive.Web.Tests --no-build --nologo --filter "Category!=Nodes&Category!=SqliteOnly" 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
set -e

# One plain closing line for the whole suite, summed over the test projects.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
