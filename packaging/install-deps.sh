#!/usr/bin/env bash
# Install the Debian 12 packages eCapture Viewer needs to build, test and run; only what is missing.
set -euo pipefail
packages=(
  cmake g++ make pkg-config git clang-format file dpkg-dev
  qt6-base-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  qt6-image-formats-plugins libgl-dev
  protobuf-compiler libprotobuf-dev
  zlib1g-dev libbrotli-dev libzstd-dev libnghttp2-dev libpcap-dev qt6-charts-dev libqt6opengl6-dev
  xvfb xauth fonts-dejavu-core fonts-wqy-microhei
  # tests: tshark/capinfos judge exported pcapng, desktop-file-validate/appstreamcli the desktop
  # files, clang's sanitizer and libFuzzer runtimes build the fuzz targets
  tshark desktop-file-utils appstream clang libclang-rt-14-dev
  # packaging: icons rendered at build time, man pages checked with man -l, Qt's Chinese catalogue
  librsvg2-bin man-db shared-mime-info libxml2-utils qt6-translations-l10n
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  # tshark's package asks whether to make dumpcap setuid: no (tests read files only).
  echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo_cmd debconf-set-selections
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
