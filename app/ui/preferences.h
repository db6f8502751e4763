// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QString>

namespace ecv {

/**
 * @brief The user's defaults, kept in QSettings under "preferences/" (the organisation and
 * application names set in main.cpp choose the file:
 * ~/.config/ecapture-viewer/ecapture-viewer.conf).
 *
 * Read by main.cpp before the window exists (language, theme, fonts) and by the window after the
 * Preferences dialog is accepted. Plain value type; any thread, but QSettings access belongs to
 * the GUI thread in practice.
 */
struct Preferences
{
    enum class Theme
    {
        System, ///< follow the desktop (freedesktop portal, GTK_THEME, the platform palette)
        Light,
        Dark
    };

    /** @brief Server URL offered when the address history is empty. */
    QString serverUrl = defaultServerUrl();
    /** @brief Reconnect with backoff after a lost or refused connection. */
    bool reconnect = true;
    /** @brief Folder for live captures until they are saved; empty = the system's temp folder. */
    QString captureFolder;
    /** @brief Largest WebSocket frame (and message) accepted, in MiB (1..256; 256 is the capture
        file's record limit, core/file/capture_file_format.h kMaxRecordSize). */
    int maxFrameMiB = 256;
    /** @brief Time column as seconds since the first event instead of the time of day. */
    bool relativeTime = false;
    /** @brief Font of the window; empty = the desktop's. QFont::toString() form. */
    QString applicationFont;
    /** @brief Font of packet bytes, text, bodies and streams; empty = the desktop's fixed font
        (QFontDatabase::systemFont(FixedFont)). QFont::toString() form. */
    QString monospaceFont;
    /** @brief "" = follow the system locale, else a catalogue name such as "en" or "zh_CN".
        Takes effect on the next start. */
    QString language;
    Theme theme = Theme::System;

    static QString defaultServerUrl() { return QStringLiteral("ws://127.0.0.1:28257/"); }
    static constexpr int kMinFrameMiB = 1;
    static constexpr int kMaxFrameMiB = 256;

    /** @brief The stored preferences (defaults for what was never set, clamped to range). */
    static Preferences load();
    /** @brief Store every field. */
    void save() const;

    /** @brief monospaceFont as a QFont (the system fixed font when unset). */
    QFont monospace() const;
    /** @brief applicationFont as a QFont; @p fallback when unset or unreadable. */
    QFont application(const QFont &fallback) const;
    /** @brief Largest accepted frame in bytes. */
    qint64 maxFrameBytes() const { return qint64(maxFrameMiB) * 1024 * 1024; }

    bool operator==(const Preferences &) const = default;
};

} // namespace ecv
