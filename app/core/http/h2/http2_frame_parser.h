// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QPair>
#include <QStringList>
#include <QVector>

#include "core/http/http_message.h"

namespace ecv {

/**
 * @brief One HTTP/2 frame or a joined header block, reduced to what dissection needs.
 * Produced by Http2FrameParser (raw frames) and EcaptureHttp2TextParser (eCapture's text).
 */
struct Http2Event
{
    enum class Kind : quint8
    {
        Headers,
        Data,
        Priority,
        RstStream,
        Settings,
        PushPromise,
        Ping,
        GoAway,
        WindowUpdate,
        Unknown
    };
    Kind kind = Kind::Unknown;
    quint8 type = 0xff; ///< frame type octet
    quint8 flags = 0;
    quint32 streamId = 0;
    bool endStream = false;
    QByteArray payload;    ///< HEADERS: joined header block fragment; DATA: data (no padding)
    HttpHeaderList fields; ///< HEADERS from eCapture text: fields already decoded
    bool fieldsDecoded = false;
    bool ecaptureMerged = false;      ///< eCapture "Merged Data Frame": whole body, gunzipped
    bool ecapturePlaceholder = false; ///< eCapture "Partial entity body with gzip encoding ..."
    bool complete = true;             ///< false: frame or header block cut short by the capture
    QString error;                    ///< HEADERS: why the block could not be decoded (HPACK)
    HttpMessage::HeaderLoss loss = HttpMessage::HeaderLoss::None; ///< HEADERS: kind of @c error
    QString hpackError;           ///< HEADERS: nghttp2's error text when HPACK failed
    QString headerListNote;       ///< HEADERS: the decoded list was cut at the cap (HpackDecoder)
    quint32 errorCode = 0;        ///< RST_STREAM / GOAWAY
    quint32 lastStreamId = 0;     ///< GOAWAY: last stream id the sender processed
    bool hasErrorCode = false;    ///< errorCode/lastStreamId were read (raw frames only:
                                  ///< eCapture's text names the frame type alone)
    quint32 promisedStreamId = 0; ///< PUSH_PROMISE: the stream the server will push on
    QVector<QPair<quint16, quint32>> settings; ///< SETTINGS identifier/value pairs
    /** Byte ranges [begin, end) in the parsed input that this event came from. */
    QVector<QPair<qint64, qint64>> ranges;
};

/** @brief Name of a frame kind, e.g. "HEADERS". */
QString http2KindName(Http2Event::Kind kind);
/** @brief HTTP/2 error code name (RFC 9113 §7) as nghttp2 gives it: "NO_ERROR", "CANCEL", …;
 *  "0x%x" for a code it does not know. */
QString http2ErrorName(quint32 code);
/**
 * @brief Wireshark-style text of one frame: "SETTINGS[0]", "RST_STREAM[3] (CANCEL)",
 * "GOAWAY[0] (NO_ERROR, last stream 5)".
 */
QString http2FrameText(const Http2Event &event);

/**
 * @brief Parses HTTP/2 frames (RFC 9113 §4.1, §6) from one direction's byte stream.
 *
 * Strips the client connection preface (§3.4), removes padding (PADDED) and priority fields
 * (PRIORITY flag), joins HEADERS/PUSH_PROMISE + CONTINUATION fragments until END_HEADERS into one
 * Http2Event (the header block is decoded once, by the caller's HpackDecoder). A frame cut short
 * by the end of the input is returned with @c complete = false. Pure and thread-safe.
 */
class Http2FrameParser
{
public:
    static const QByteArray &preface();

    struct Result
    {
        QVector<Http2Event> events;
        bool hadPreface = false;
        qint64 consumed = 0; ///< bytes parsed as frames (or preface)
        QStringList notes;
    };

    /** @brief Frames of @p input from @p offset up to @p end (-1: the end of the input). */
    static Result parse(const QByteArray &input, qint64 offset = 0, qint64 end = -1);

    /** @brief Whether the input starts with the preface or a plausible frame header. */
    static bool looksLikeHttp2(const QByteArray &input, qint64 offset = 0);
};

} // namespace ecv
