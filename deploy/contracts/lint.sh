#!/usr/bin/env bash
# The published contracts' gate, run by CI after the build (.ci/run): the five OpenAPI documents as the
# build wrote them (target/openapi) must pass Redocly's lint with no error and no warning, and the three AsyncAPI
# documents (event-contract) must validate, their schema references resolved.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v npx > /dev/null; then
  echo "==> Installing Debian's nodejs and npm for the contract lint ..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm > /dev/null
fi

REDOCLY="@redocly/cli@2.77.0"
documents=()
for service in indicator-service initiative-service roadmap-service reporting-service webhook-service; do
  document="$service/target/openapi/openapi.yaml"
  [ -f "$document" ] || { echo "lint.sh: $document is missing; build first (./mvnw verify)" >&2; exit 1; }
  documents+=("$document")
done

echo "==> redocly lint: ${documents[*]}"
npx --yes "$REDOCLY" lint --config deploy/contracts/redocly.yaml --max-problems 200 --format stylish "${documents[@]}"

# The AsyncAPI documents of the three writing services, with the JSON Schemas they refer to.
ASYNCAPI="@asyncapi/cli@6.2.0"
export SUPPRESS_NO_CONFIG_WARNING=1
for topic in indicator-events initiative-events roadmap-events; do
  echo "==> asyncapi validate $topic"
  npx --yes "$ASYNCAPI" validate --fail-severity warn "event-contract/src/main/resources/asyncapi/$topic.asyncapi.yaml"
done
