#!/usr/bin/env bash
# The local run of the whole suite, on one machine and without Docker.
#
#   deploy/local/suite.sh up [--fresh] [--no-data] [--examples]
#                                        build, start PostgreSQL, Kafka, Keycloak and the five services,
#                                        load the national strategy's data (deploy/dataset) through the
#                                        services' APIs; Ctrl-C stops everything. --fresh starts empty;
#                                        --examples adds INVENTED status reports for a demonstration.
#   deploy/local/suite.sh down           stop a suite started from another terminal
#   deploy/local/suite.sh token CLIENT   print an access token for a client of the local realm (private_key_jwt)
#   deploy/local/suite.sh dashboard      print the dashboard's address and the local person accounts
#
# External servers instead of the embedded ones: see "Configuration" in README.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
run_dir="${FOLLOWUP_RUN_DIR:-$root/deploy/.run}"
keycloak_port="${FOLLOWUP_KEYCLOAK_PORT:-8090}"

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

case "${1:-}" in
  up)
    shift
    echo "==> Building the suite (./mvnw package -DskipTests; the first build downloads dependencies) ..."
    # AppCDS: each service's class-data archive (target/quarkus-app/app-cds.jsa), made by starting it once at
    # build time; ServiceProcess maps it, so the JVM loads no class from the jars at start-up.
    (cd "$root" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true)
    classpath="$root/deploy/infrastructure/target/classes:$(cat "$root/deploy/infrastructure/target/launcher.classpath")"
    exec java -Xmx256m -cp "$classpath" -Dfollowup.root="$root" \
      no.ehelse.followup.infrastructure.LocalSuite "$@"
    ;;
  down)
    pid_file="$run_dir/suite.pid"
    if [[ ! -f "$pid_file" ]]; then
      echo "No suite is running (no $pid_file)."
      exit 0
    fi
    pid="$(cat "$pid_file")"
    echo "==> Stopping the suite (pid $pid) ..."
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do
      kill -0 "$pid" 2>/dev/null || { echo "    Stopped."; exit 0; }
      sleep 1
    done
    echo "The suite did not stop within 2 minutes; killing it." >&2
    kill -KILL "$pid" 2>/dev/null || true
    ;;
  token)
    # The client credentials grant with a private_key_jwt assertion signed by the client's key, generated
    # under the run directory at the suite's first start (FOLLOWUP_CLIENT_KEY names another private JWK).
    client="${2:?usage: suite.sh token CLIENT (for example helse-vest or strategioppfolging-admin)}"
    classpath_file="$root/deploy/infrastructure/target/launcher.classpath"
    [[ -f "$classpath_file" ]] || { echo "Build the suite first: deploy/local/suite.sh up" >&2; exit 1; }
    FOLLOWUP_RUN_DIR="$run_dir" FOLLOWUP_KEYCLOAK_PORT="$keycloak_port" \
      java -cp "$root/deploy/infrastructure/target/classes:$(cat "$classpath_file")" -Dfollowup.root="$root" \
      no.ehelse.followup.infrastructure.ClientToken "$client"
    ;;
  dashboard)
    # People sign in at Keycloak; no token is ever put in the address.
    cat <<'ACCOUNTS'
http://localhost:8084/
  analytiker     / analytiker-local-only      Helsedirektoratet, may freeze council snapshots
  radsmedlem     / radsmedlem-local-only      council member, reads everything
  rapportor-vest / rapportor-vest-local-only  Helse Vest RHF, reads, sees its own organisation first
(local-only passwords; see README, "Dashboard")
ACCOUNTS
    ;;
  *)
    usage
    exit 2
    ;;
esac
