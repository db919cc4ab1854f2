#!/usr/bin/env bash
# Credence developer entry point.
#   packaging/dev.sh run    install what is missing, build into build/, launch the app
#   packaging/dev.sh test   install what is missing, build, run the whole suite through ctest
#   packaging/dev.sh build  install what is missing and build
#   packaging/dev.sh deps   only install what is missing
# Safe to run twice; apt is skipped entirely when every package is already installed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${CREDENCE_BUILD_DIR:-$here/build}

# Build and test packages, named as in Debian 13 (trixie).
packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qt6-svg-plugins
    libkf6syntaxhighlighting-dev extra-cmake-modules
    libicu-dev libsqlite3-dev libgumbo-dev librapidfuzz-cpp-dev libboost-dev libqpdf-dev sqlite3
    poppler-utils fonts-dejavu-core clang-format-19
    desktop-file-utils appstream shared-mime-info libxml2-utils
)

log() { printf 'dev.sh: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -n "$@" || { log "need root to install packages: run 'sudo $*' or run dev.sh as root"; exit 1; }
    else
        log "need root to install packages and sudo is not available"
        exit 1
    fi
}

missing_packages() {
    local p status
    for p in "${packages[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
        [ "$status" = installed ] || printf '%s\n' "$p"
    done
}

debian_codename() {
    # shellcheck disable=SC1091
    (. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")
}

# On Debian 12 (bookworm) Qt 6 is too old and KF6 is absent: take them from Debian 13 (trixie),
# pinned low so nothing else on the system moves to trixie unless asked for.
add_trixie_source() {
    local list=/etc/apt/sources.list.d/credence-trixie.sources
    local pin=/etc/apt/preferences.d/credence-trixie.pref
    local mirror
    mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
    if [ ! -f "$list" ]; then
        log "adding Debian 13 (trixie) apt source, pinned at priority 100"
        printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
            "$mirror" | as_root tee "$list" >/dev/null
    fi
    if [ ! -f "$pin" ]; then
        printf 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n' | as_root tee "$pin" >/dev/null
    fi
}

install_deps() {
    local missing
    mapfile -t missing < <(missing_packages)
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing: ${missing[*]}"
    local codename target=()
    codename=$(debian_codename)
    # Taking packages from trixie can bring trixie's base-files, which then reports trixie in os-release: our pinned
    # source is the sign of a Debian 12 system, and new packages must come from trixie too.
    [ -f /etc/apt/sources.list.d/credence-trixie.sources ] && codename=bookworm
    case "$codename" in
        bookworm)
            add_trixie_source
            target=(-t trixie)
            # Once anything comes from trixie the whole toolchain must, so the C++ runtime matches.
            missing=("${packages[@]}")
            ;;
        trixie | forky | sid | "") ;;
        *) log "untested distribution '$codename': trying its own packages" ;;
    esac
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -q
    as_root apt-get install -y -q --no-install-recommends "${target[@]}" "${missing[@]}"
}

configure_and_build() {
    if [ ! -f "$build_dir/build.ninja" ]; then
        # CREDENCE_PRESET=release or sanitize picks another preset of CMakePresets.json; -B keeps CREDENCE_BUILD_DIR.
        (cd "$here" && cmake --preset "${CREDENCE_PRESET:-dev}" -B "$build_dir")
    fi
    cmake --build "$build_dir" --parallel "$(nproc)"
}

cmd=${1:-run}
shift || true
case "$cmd" in
    deps) install_deps ;;
    build) install_deps && configure_and_build ;;
    run)
        install_deps
        configure_and_build
        exec "$build_dir/bin/credence" "$@"
        ;;
    test)
        install_deps
        configure_and_build
        cd "$build_dir"
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300 -j "$(nproc)" "$@"
        ;;
    *)
        echo "usage: packaging/dev.sh run|test|build|deps" >&2
        exit 2
        ;;
esac
