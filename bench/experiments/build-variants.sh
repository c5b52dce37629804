#!/usr/bin/env bash
# Builds the emulator with pom changes that bench/ cannot make at run time, to measure what they would bring before
# anyone changes the real pom. Each variant is a copy of the working tree (without target/ and bench/) under
# ${VARIANTS_DIR:-/tmp/cce-variants}/NAME with its pom patched, built with ./mvnw package -DskipTests.
#   base    the pom as it is
#   jetty   Jetty instead of Tomcat (Tomcat closes the connection after every 400, Jetty keeps it)
#   aot     Spring AOT on the JVM: spring-boot-maven-plugin's process-aot goal (run with -Dspring.aot.enabled=true)
#   lean    no actuator/micrometer-prometheus and no tomcat-embed-websocket
#   all     jetty + aot + lean
# aot and lean are in the real pom since (2026-11-25); a patch already applied is skipped, so they build as base.
# usage: [SOURCE=tree] bench/experiments/build-variants.sh [NAME...]   (default: all five). Prints NAME=JAR lines.
set -euo pipefail
REPO="${SOURCE:-$(cd "$(dirname "$0")/../.." && pwd)}"
OUT="${VARIANTS_DIR:-/tmp/cce-variants}"
names=("$@")
[[ ${#names[@]} -gt 0 ]] || names=(base jetty aot lean all)
for name in "${names[@]}"; do
	dir="$OUT/$name"
	rm -rf "$dir" && mkdir -p "$dir"
	tar -C "$REPO" --exclude=./target --exclude=./bench -cf - . | tar -C "$dir" -xf -
	python3 - "$dir/pom.xml" "$name" <<'PY'
import re, sys
path, name = sys.argv[1], sys.argv[2]
pom = open(path).read()
def sub(old, new):
    global pom
    if old not in pom:
        sys.exit("pom patch for %s: cannot find %r" % (name, old))
    pom = pom.replace(old, new, 1)
def jetty():
    sub("<artifactId>spring-boot-starter-webmvc</artifactId>\n\t\t</dependency>",
        "<artifactId>spring-boot-starter-webmvc</artifactId>\n\t\t\t<exclusions><exclusion><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-tomcat</artifactId></exclusion></exclusions>\n\t\t</dependency>\n"
        "\t\t<dependency>\n\t\t\t<groupId>org.springframework.boot</groupId>\n\t\t\t<artifactId>spring-boot-starter-jetty</artifactId>\n\t\t</dependency>")
def aot():
    if "<id>process-aot</id>" in pom:
        return
    sub("<artifactId>spring-boot-maven-plugin</artifactId>\n\t\t\t</plugin>",
        "<artifactId>spring-boot-maven-plugin</artifactId>\n\t\t\t\t<executions><execution><id>process-aot</id>"
        "<goals><goal>process-aot</goal></goals></execution></executions>\n\t\t\t</plugin>")
def lean():
    global pom
    pom = re.sub(r"\s*<dependency>\s*<groupId>org.springframework.boot</groupId>\s*<artifactId>spring-boot-starter-actuator</artifactId>\s*</dependency>", "", pom)
    pom = re.sub(r"\s*<dependency>\s*<groupId>io.micrometer</groupId>\s*<artifactId>micrometer-registry-prometheus</artifactId>\s*</dependency>", "", pom)
    if "spring-boot-starter-jetty" not in pom and "tomcat-embed-websocket" not in pom:
        sub("<artifactId>spring-boot-starter-webmvc</artifactId>\n\t\t</dependency>",
            "<artifactId>spring-boot-starter-webmvc</artifactId>\n\t\t\t<exclusions><exclusion><groupId>org.apache.tomcat.embed</groupId>"
            "<artifactId>tomcat-embed-websocket</artifactId></exclusion></exclusions>\n\t\t</dependency>")
{"base": lambda: None, "jetty": jetty, "aot": aot, "lean": lean,
 "all": lambda: (jetty(), aot(), lean())}[name]()
open(path, "w").write(pom)
PY
	(cd "$dir" && ./mvnw -B -q package -DskipTests) >"$dir/build.log" 2>&1 || { tail -30 "$dir/build.log" >&2; echo "build of $name failed" >&2; exit 1; }
	echo "$name=$(ls "$dir"/target/cce-emulator-*.jar | grep -v '\.original$' | head -1)"
done
