# Debian package (cpack -G DEB in the build directory): the three programs, the desktop file,
# AppStream metainfo, MIME type, icons and man pages (resources/CMakeLists.txt,
# packaging/CMakeLists.txt). Library dependencies come from dpkg-shlibdeps; what it cannot see
# (Qt's plugins and catalogues, loaded at run time) is listed by hand.
set(CPACK_PACKAGE_NAME ecapture-viewer)
set(CPACK_PACKAGE_VENDOR "eCapture Viewer developers")
set(CPACK_PACKAGE_CONTACT "eCapture Viewer developers <dev@ecapture-viewer.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Viewer for eCapture's TLS plaintext event stream")
set(CPACK_PACKAGE_DESCRIPTION
    "eCapture Viewer shows, live, the events eCapture captures with eBPF and streams over its\n"
    "--ecaptureq WebSocket server (TLS plaintext, bash, MySQL and PostgreSQL), the way\n"
    "Wireshark shows packets: an event list, HTTP/1.x and HTTP/2 dissection, packet bytes and\n"
    "Follow Stream. Every frame is kept in a capture file. ecapture-dump is its command-line\n"
    "reader, ecapture-replay a server that replays recordings like eCapture's.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# The X11/Wayland platform plugins (libqxcb.so) are not linked, so shlibdeps cannot find them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Qt's own dialogs in Chinese, WebP/TIFF bodies in the HTTP tab, a CJK font for the Chinese UI.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, qt6-image-formats-plugins, fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "wireshark | tshark")
include(CPack)
