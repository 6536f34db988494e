# Shared by scripts/run, scripts/test and scripts/package: installs what is missing from
# Debian's (or Ubuntu's) packages, then configures and builds one CMake preset.

MELODYHUE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# What building MelodyHue needs.
BUILD_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-svg-dev
    qt6-webengine-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev qcoro-qt6-dev libqt6sql6-sqlite qt6-image-formats-plugins
    libgl-dev libtag1-dev
)
# What the test suite runs against: an X server with a system tray, a D-Bus session with a
# real keychain, Chromium (headless) as the browser OBS embeds, for the overlay pages, and the
# distribution's own OBS (which has obs-websocket, and no Browser source); the accessibility
# bus and pyatspi drive the window as a screen reader does.
TEST_PACKAGES=(xvfb xauth x11-utils xdotool dbus dbus-bin gnome-keyring libsecret-tools trayer clang-format chromium obs-studio
    at-spi2-core python3-pyatspi)
# What packaging and its checks need.
PACKAGE_PACKAGES=(dpkg-dev file appstream desktop-file-utils lintian)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "Installing packages needs root: run as root or install sudo." >&2
        return 1
    fi
}

ensure_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Missing packages (${missing[*]}) and no apt-get: install them by hand." >&2
        return 1
    fi
    log "Installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_preset() {
    local preset=$1
    log "Building MelodyHue ($preset)"
    cmake --preset "$preset" -S "$MELODYHUE_ROOT" >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc)"
}
