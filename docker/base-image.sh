#!/usr/bin/env bash
# Assemble a local Java 17 runtime base image without pulling from any registry.
#
# Debootstraps a minimal Debian bookworm (variant minbase) from the apt mirror this
# machine already uses, installs openjdk-17-jre-headless, and imports the root
# filesystem into buildah's storage as $BASE_IMAGE_TAG. Use it as the Dockerfile's
# base with:  buildah bud --build-arg BASE_IMAGE=<tag> ...
#
# Cached twice: if the image is already in buildah's storage nothing happens; if only
# the rootfs tarball is cached (under $CACHE_DIR) it is re-imported without
# debootstrapping. Installs debootstrap and buildah with apt-get if they are missing.
# Prints the image tag as the last line of stdout.
#
# Environment:
#   BASE_IMAGE_TAG  image to produce   (default localhost/cce-emulator-base:bookworm-jre17)
#   CACHE_DIR       rootfs tarball dir (default /var/cache/cce-emulator)
#   DEBIAN_MIRROR   mirror URL         (default: the one in /etc/apt/sources*, else deb.debian.org)
#   SECURITY_MIRROR security mirror    (default: likewise; empty string disables)
#   FORCE=1         rebuild from scratch even if cached
set -euo pipefail

BASE_IMAGE_TAG="${BASE_IMAGE_TAG:-localhost/cce-emulator-base:bookworm-jre17}"
CACHE_DIR="${CACHE_DIR:-/var/cache/cce-emulator}"
SUITE=bookworm
PACKAGES="openjdk-17-jre-headless"
ROOTFS_TAR="$CACHE_DIR/rootfs-$SUITE-jre17.tar.gz"

log() { echo "[base-image] $*" >&2; }
die() { echo "[base-image] ERROR: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap and buildah storage)"

ensure_tools() {
  local missing=()
  command -v buildah >/dev/null 2>&1 || missing+=(buildah)
  command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq && apt-get install -y -qq "${missing[@]}"; } \
        >/tmp/cce-apt-install.log 2>&1; then
      tail -n 20 /tmp/cce-apt-install.log >&2
      die "apt-get install ${missing[*]} failed"
    fi
  fi
}

# First mirror URI this host's apt uses for bookworm ($1=0) or bookworm-security ($1=1).
host_mirror() {
  local sec="$1" f
  shopt -s nullglob
  for f in /etc/apt/sources.list.d/*.sources; do
    awk -v sec="$sec" 'BEGIN { RS = "" }
      {
        n = split($0, L, "\n"); uri = ""; suites = ""; types = ""
        for (i = 1; i <= n; i++) {
          if (L[i] ~ /^URIs:/)   { uri = L[i]; sub(/^URIs:[ \t]*/, "", uri); sub(/[ \t].*$/, "", uri) }
          if (L[i] ~ /^Suites:/) { suites = " " L[i] " " }
          if (L[i] ~ /^Types:/)  { types = " " L[i] " " }
        }
        if (uri == "" || types !~ / deb /) next
        if (sec == 1 && suites ~ / bookworm-security /) { print uri; exit }
        if (sec == 0 && suites ~ / bookworm /)          { print uri; exit }
      }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk -v sec="$sec" '$1 == "deb" {
        i = 2; if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
        if (sec == 1 && $(i + 1) == "bookworm-security") { print $i; exit }
        if (sec == 0 && $(i + 1) == "bookworm")          { print $i; exit }
      }' "$f"
  done
  shopt -u nullglob
}

image_exists() { buildah images --quiet "$BASE_IMAGE_TAG" >/dev/null 2>&1; }

build_rootfs() {
  local mirror security work rootfs start
  mirror="${DEBIAN_MIRROR:-$(host_mirror 0 | head -n1)}"
  mirror="${mirror:-http://deb.debian.org/debian}"
  if [ -z "${SECURITY_MIRROR+set}" ]; then
    security="$(host_mirror 1 | head -n1)"
    security="${security:-http://deb.debian.org/debian-security}"
  else
    security="$SECURITY_MIRROR"
  fi
  work="$(mktemp -d /var/tmp/cce-base.XXXXXX)"
  rootfs="$work/rootfs"
  # shellcheck disable=SC2064
  trap "umount -l '$rootfs/proc' 2>/dev/null || true; rm -rf --one-file-system '$work'" EXIT

  start=$SECONDS
  log "debootstrap $SUITE (minbase) from $mirror ..."
  if ! debootstrap --variant=minbase --components=main "$SUITE" "$rootfs" "$mirror" \
      >"$work/debootstrap.log" 2>&1; then
    tail -n 30 "$work/debootstrap.log" >&2
    die "debootstrap failed"
  fi
  log "debootstrap done in $((SECONDS - start))s"

  {
    echo "deb $mirror $SUITE main"
    echo "deb $mirror $SUITE-updates main"
    [ -z "$security" ] || echo "deb $security $SUITE-security main"
  } >"$rootfs/etc/apt/sources.list"
  # No daemons may start inside the chroot; keep the image lean.
  printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d"
  chmod 755 "$rootfs/usr/sbin/policy-rc.d"
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
    >"$rootfs/etc/apt/apt.conf.d/90-no-recommends"

  start=$SECONDS
  log "installing $PACKAGES (plus pending updates) ..."
  mount -t proc proc "$rootfs/proc"
  if ! chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
      DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 /bin/bash -euo pipefail -c "
        apt-get update -qq
        apt-get -y -qq -o Dpkg::Options::=--force-confold dist-upgrade
        apt-get install -y -qq $PACKAGES
        java -version
        apt-get clean
        rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/debconf/*-old \
               /var/log/apt/* /var/log/dpkg.log /var/log/alternatives.log /var/log/bootstrap.log \
               /usr/share/man/* /usr/share/info/* /tmp/* /var/tmp/*
        rm -f /usr/sbin/policy-rc.d
      " >"$work/install.log" 2>&1; then
    tail -n 30 "$work/install.log" >&2
    die "package installation failed"
  fi
  umount "$rootfs/proc"
  grep -E 'openjdk version|Runtime Environment' "$work/install.log" | sed 's/^/[base-image]   /' >&2 || true
  log "packages installed in $((SECONDS - start))s"

  # Container runtimes provide these (and /dev, /proc, /sys, left empty below).
  : >"$rootfs/etc/machine-id"
  : >"$rootfs/etc/hostname"
  rm -f "$rootfs/etc/resolv.conf"
  : >"$rootfs/etc/resolv.conf"

  mkdir -p "$CACHE_DIR"
  log "packing rootfs to $ROOTFS_TAR ..."
  tar --numeric-owner --one-file-system --exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' \
    -C "$rootfs" -cf - . | gzip -1 >"$ROOTFS_TAR.partial"
  mv "$ROOTFS_TAR.partial" "$ROOTFS_TAR"
  rm -rf --one-file-system "$work"
  trap - EXIT
}

import_rootfs() {
  local ctr java_home
  log "importing $ROOTFS_TAR as $BASE_IMAGE_TAG ..."
  ctr="$(buildah from --quiet scratch)"
  # shellcheck disable=SC2064
  trap "buildah rm '$ctr' >/dev/null 2>&1 || true" EXIT
  buildah add --quiet "$ctr" "$ROOTFS_TAR" / >/dev/null
  # debootstrap built the rootfs for this machine's dpkg architecture.
  java_home="/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)"
  buildah config \
    --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env LANG=C.UTF-8 \
    --env JAVA_HOME="$java_home" \
    --cmd /bin/bash \
    --label org.opencontainers.image.title="cce-emulator base: Debian $SUITE minbase + $PACKAGES" \
    --label org.opencontainers.image.base.name="debian:$SUITE (debootstrap --variant=minbase)" \
    "$ctr"
  buildah commit --quiet --rm "$ctr" "$BASE_IMAGE_TAG" >/dev/null
  trap - EXIT
}

main() {
  ensure_tools
  if [ "${FORCE:-0}" = 1 ]; then
    log "FORCE=1: discarding cached image and rootfs"
    buildah rmi "$BASE_IMAGE_TAG" >/dev/null 2>&1 || true
    rm -f "$ROOTFS_TAR"
  fi
  if image_exists; then
    log "$BASE_IMAGE_TAG already present, nothing to do"
  else
    if [ -s "$ROOTFS_TAR" ]; then
      log "using cached rootfs $ROOTFS_TAR"
    else
      build_rootfs
    fi
    import_rootfs
    log "built $BASE_IMAGE_TAG"
  fi
  echo "$BASE_IMAGE_TAG"
}

main "$@"
