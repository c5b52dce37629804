#!/bin/bash
# Container entrypoint: start the emulator with $JAVA_OPTS, replacing this shell (exec) so that
# the JVM receives the container's stop signal directly.
#   docker run IMAGE                          -> java $JAVA_OPTS -jar /app/application.jar
#   docker run IMAGE --emulator.auth-mode=off -> the same, with Spring Boot arguments appended
#   docker run IMAGE bash                     -> runs that command instead
set -euo pipefail

if [ "$#" -gt 0 ] && [ "${1#-}" = "$1" ]; then
  exec "$@"
fi

set -f  # JAVA_OPTS is split into words, never glob-expanded
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar /app/application.jar "$@"
