# cce-emulator: a local emulator of Huawei Cloud's CCE API.
#
# Build the jar, then the image (the Dockerfile packages the prebuilt jar; it does not run Maven):
#   ./mvnw -B package -DskipTests
#   docker build -t cce-emulator .
# Run:
#   docker run --rm -p 8080:8080 cce-emulator
#   docker run --rm -p 8080:8080 -v cce-state:/state -e EMULATOR_PERSISTENCE_ENABLED=true cce-emulator
#   docker run --rm -p 8080:8080 -v "$PWD/my-data.json:/data/cce.json:ro" \
#              -e EMULATOR_DATA_LOCATION=/data/cce.json cce-emulator
#
# No registry at hand? docker/base-image.sh assembles a Debian bookworm + OpenJDK 17 base locally;
# docker/smoke.sh builds and tests this Dockerfile with buildah, no Docker engine needed:
#   buildah bud --format docker --build-arg BASE_IMAGE=localhost/cce-emulator-base:bookworm-jre17 -t cce-emulator .
#
# Any Debian/Ubuntu-based image with a Java 17+ runtime, bash, useradd and groupadd works as BASE_IMAGE.
ARG BASE_IMAGE=eclipse-temurin:17-jre

# --- Stage 1: split the Spring Boot jar into its layers, with the runtime image's own java ----------
FROM ${BASE_IMAGE} AS layers
WORKDIR /layers
ARG JAR_FILE=target/cce-emulator-*.jar
COPY ${JAR_FILE} application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# --- Stage 2: runtime --------------------------------------------------------------------------------
FROM ${BASE_IMAGE}

LABEL org.opencontainers.image.title="cce-emulator" \
      org.opencontainers.image.description="Local emulator of Huawei Cloud's CCE (Cloud Container Engine) API"

# Fixed, non-root UID/GID (10001: clear of Ubuntu's default uid 1000 user), so volume ownership is predictable.
ARG APP_UID=10001
COPY docker/entrypoint.sh docker/healthcheck.sh /usr/local/bin/
RUN set -eux; \
    groupadd --system --gid "${APP_UID}" cce; \
    useradd --system --uid "${APP_UID}" --gid cce --home-dir /app --no-create-home \
            --shell /usr/sbin/nologin cce; \
    mkdir -p /app /data /state; \
    chown cce:cce /data /state; \
    chmod 0755 /usr/local/bin/entrypoint.sh /usr/local/bin/healthcheck.sh

WORKDIR /app
# Least to most often changed, so a rebuild after a code change reuses the dependency layer.
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./

# Class data sharing, Spring Boot's documented recipe: a training start, stopped once the context has refreshed,
# records the classes it loaded (the jar's Spring AOT code included), with the compiler and collector of JAVA_OPTS
# below; every start then maps them from this archive instead of loading and verifying them from the jars (the
# biggest start-up lever on Java 17). Made by the image's own java, so the two match; JAVA_OPTS below uses it, and a
# java that cannot falls back to a plain start (-Xshare:auto). docker/smoke.sh checks that the image's java accepts it.
RUN java -XX:ArchiveClassesAtExit=application.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss256k \
        -Dspring.context.exit=onRefresh -Dspring.aot.enabled=true \
        -jar application.jar --server.port=0 --logging.level.root=warn

# Configuration, read by Spring Boot's relaxed binding (SERVER_PORT -> server.port, and so on).
# Also honoured when set (unset = the application's default):
#   EMULATOR_DATA_LOCATION   JSON data file, e.g. /data/cce.json (unset or empty: the embedded default)
#   EMULATOR_AUTH_MODE       strict | lenient | off
#   EMULATOR_CLOCK_MODE      clock used for timestamps and job progress
#   EMULATOR_JOBS_INSTANT    true: asynchronous jobs complete immediately
#   EMULATOR_ADMIN_TOKEN, EMULATOR_ADMIN_ALLOW_REMOTE
#                            admin API; requests through a published port do not come from loopback
# JAVA_OPTS holds the JVM options given to the emulator (replace it whole to change them); the
# heap follows the container's memory limit. JAVA_TOOL_OPTIONS also works, for additions.
# spring.aot.enabled starts from the bean definitions worked out at build time (the pom's process-aot): a
# faster start and less memory. Spring Boot's own conditions are then fixed at build time; the emulator's
# settings (EMULATOR_*, SERVER_PORT, ...) are read at start as always. SharedArchiveFile: the archive above.
# TieredStopAtLevel=1, SerialGC, a 16 MB initial heap and 256 KB thread stacks, as the test library's launcher runs
# it: C1 alone and the serial collector leave the CPU to the tests (a 100-case test session took 0.65 x WireMock's
# time with them, 0.99 x without: bench/session.sh), the small start sizes keep an idle emulator
# small (idle RSS 143 MB without them). For a long load test, set JAVA_OPTS without the first two: C2 reaches a
# higher peak after its warm-up.
ENV SERVER_PORT=8080 \
    EMULATOR_PERSISTENCE_ENABLED=false \
    EMULATOR_PERSISTENCE_DIRECTORY=/state \
    JAVA_OPTS="-XX:MaxRAMPercentage=75.0 -XX:+ExitOnOutOfMemoryError -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xss256k -Dspring.aot.enabled=true -XX:SharedArchiveFile=/app/application.jsa -Xshare:auto"

EXPOSE 8080
VOLUME ["/data", "/state"]
USER ${APP_UID}:${APP_UID}

# No curl or wget needed: the check speaks HTTP through bash's /dev/tcp.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
    CMD ["/usr/local/bin/healthcheck.sh"]

# The entrypoint execs java, so the JVM is PID 1 and gets SIGTERM for a graceful shutdown.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
