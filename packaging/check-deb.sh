#!/usr/bin/env bash
# Builds the Debian package, checks it with lintian, installs it with apt into a fresh Debian root as a user would,
# and runs it there.
#   packaging/check-deb.sh [trixie|bookworm]
# trixie (the default) is Debian 13. bookworm is Debian 12 with trixie added as an apt source pinned at priority 100,
# as packaging/dev.sh does, and the package installed with `apt install -t trixie`.
# Needs root (debootstrap, chroot) and the network to the Debian mirror of /etc/apt/sources.list.d/debian.sources.
# The fresh root is made once by debootstrap and kept as a tarball in $CHECK_DEB_CACHE (default
# /tmp/credence-check-deb); every run unpacks a clean copy. The build directory is $CREDENCE_BUILD_DIR (default build/).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
suite=${1:-trixie}
build_dir=${CREDENCE_BUILD_DIR:-$here/build}
cache=${CHECK_DEB_CACHE:-/tmp/credence-check-deb}
mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian

log() { printf 'check-deb: %s\n' "$*" >&2; }

case "$suite" in
    trixie | bookworm) ;;
    *) log "usage: packaging/check-deb.sh [trixie|bookworm]"; exit 2 ;;
esac
[ "$(id -u)" -eq 0 ] || { log "needs root for debootstrap and chroot"; exit 1; }

# The package.
mkdir -p "$cache"
{
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build_dir"
    rm -f "$build_dir"/credence_*.deb
    (cd "$build_dir" && cpack -G DEB)
} >"$cache/build.log" 2>&1 || { tail -n 30 "$cache/build.log"; log "build failed: see $cache/build.log"; exit 1; }
deb=$(ls "$build_dir"/credence_*.deb)
log "built $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Depends Recommends

if command -v lintian >/dev/null; then
    log "lintian:"
    lintian --display-level '>=warning' "$deb" || { log "lintian found errors"; exit 1; }
else
    log "lintian is not installed (apt-get install lintian): skipped"
fi

# A fresh root, made once.
base=$cache/$suite-minbase.tar
if [ ! -f "$base" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
    log "debootstrap $suite from $mirror (once; kept in $base)"
    rm -rf "$cache/$suite-minbase"
    debootstrap --variant=minbase "$suite" "$cache/$suite-minbase" "$mirror" >"$cache/debootstrap-$suite.log" 2>&1 ||
        { log "debootstrap failed: see $cache/debootstrap-$suite.log"; exit 2; }
    tar -C "$cache/$suite-minbase" -cf "$base" . && rm -rf "$cache/$suite-minbase"
fi
root=$(mktemp -d "$cache/root-$suite.XXXXXX")
cleanup() {
    umount "$root/dev" "$root/proc" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"

target=()
if [ "$suite" = bookworm ]; then
    printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$mirror" >"$root/etc/apt/sources.list.d/credence-trixie.sources"
    printf 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n' >"$root/etc/apt/preferences.d/credence-trixie.pref"
    target=(-t trixie)
fi

log "installing with apt in a fresh Debian $suite"
chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    bash -euo pipefail -c '
        apt-get update -q >/dev/null
        apt-get install -y -q --no-install-recommends "$@" /tmp/credence_*.deb >/tmp/apt.log 2>&1 ||
            { tail -n 30 /tmp/apt.log; exit 1; }
        echo "apt set up $(grep -c "^Setting up" /tmp/apt.log) packages, credence among them:"
        grep "^Setting up credence" /tmp/apt.log
        echo "$ credence --version"
        credence --version
        printf "Bridge reopens\nBy Ana Lima\nSource: Harbour Post\n\nThe bridge reopened on Monday. Officials said repairs cost 2.5 million.\n" >/tmp/article.txt
        echo "$ credence import --db /tmp/smoke.credence /tmp/article.txt"
        credence import --db /tmp/smoke.credence /tmp/article.txt
        echo "$ credence summary --db /tmp/smoke.credence"
        credence summary --db /tmp/smoke.credence
        echo "$ ls /usr/share/{applications,metainfo,mime/packages,icons/hicolor/scalable/apps}"
        ls /usr/share/applications /usr/share/metainfo /usr/share/mime/packages /usr/share/icons/hicolor/scalable/apps
        if command -v update-mime-database >/dev/null; then
            # Made by the shared-mime-info trigger from our package file.
            echo "$ ls /usr/share/mime/application/x-credence-project.xml"
            ls /usr/share/mime/application/x-credence-project.xml
        fi
    ' check-deb "${target[@]}"
log "OK: $(basename "$deb") installs with apt on a fresh Debian $suite and runs"
