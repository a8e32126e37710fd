#!/usr/bin/env bash
# Builds what is needed and runs the whole of Agora Academy on this machine, without Docker:
# Kafka (KRaft), a MongoDB-wire server, the identity provider, the three services and the web
# application, whose URL it prints first (http://localhost:8080).
# Data lives in .data/ (git-ignored); Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests -pl deploy/local-stack -am install
exec java -jar deploy/local-stack/target/local-stack-0.1.0-SNAPSHOT-exec.jar
