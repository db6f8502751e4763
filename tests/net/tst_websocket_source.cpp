// SPDX-License-Identifier: Apache-2.0
// WebSocketSource against an in-process ReplayServer (eCapture-like, loopback only): Origin
// sent, frames in order with their opcodes, reconnect after a server restart, backoff, close,
// failure reasons in words, and what users type as an address.
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

#include "core/file/frame_log_reader.h"
#include "net/replay_server.h"
#include "net/websocket_source.h"

using namespace ecv;

namespace {

QVector<RawFrame> readFixture(const QString &name)
{
    FrameLogReader reader;
    reader.readFile(QStringLiteral(ECV_TEST_DATA "/") + name, 0);
    return reader.takeFrames();
}

/** A loopback port with nothing listening on it. */
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

using State = WebSocketSource::State;

} // namespace

class TestWebSocketSource : public QObject
{
    Q_OBJECT
private slots:
    void normalizeUrl_data();
    void normalizeUrl();
    void sendsOriginAndReceivesFramesInOrder_data();
    void sendsOriginAndReceivesFramesInOrder();
    void textFramesKeepTheirBytes();
    void connectsOverIpv6();
    void clientWithoutOriginGets403();
    void http403ReasonInWords();
    void reconnectsAfterServerRestart();
    void backoffDoublesAndCaps();
    void closeByUser();
    void refusedPortFailsWithReason();
    void connectTimeout();
    void invalidUtf8TextFrameEndsConnection();
    void tlsFailureInWords();
    void hostNotFoundInWords();
};

void TestWebSocketSource::normalizeUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: must be rejected with a message
    QTest::newRow("ipv4:port") << "127.0.0.1:28257"
                               << "ws://127.0.0.1:28257/";
    QTest::newRow("localhost:port") << "localhost:28257"
                                    << "ws://localhost:28257/";
    QTest::newRow("ipv6 brackets") << "[::1]:28257"
                                   << "ws://[::1]:28257/";
    QTest::newRow("ws kept") << "ws://127.0.0.1:28257/"
                             << "ws://127.0.0.1:28257/";
    QTest::newRow("ws no slash") << "ws://10.0.0.5:28257"
                                 << "ws://10.0.0.5:28257/";
    QTest::newRow("ws path kept") << "ws://host.example:9000/ecapture"
                                  << "ws://host.example:9000/ecapture";
    QTest::newRow("wss kept") << "wss://example.com:8443/"
                              << "wss://example.com:8443/";
    QTest::newRow("http to ws") << "http://127.0.0.1:28257"
                                << "ws://127.0.0.1:28257/";
    QTest::newRow("https to wss") << "https://example.com/x"
                                  << "wss://example.com/x";
    QTest::newRow("upper-case scheme") << "WS://127.0.0.1:28257/"
                                       << "ws://127.0.0.1:28257/";
    QTest::newRow("surrounding blanks") << "  127.0.0.1:28257 \n"
                                        << "ws://127.0.0.1:28257/";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("blank") << "   "
                           << "";
    QTest::newRow("inner space") << "127.0.0.1 :28257"
                                 << "";
    QTest::newRow("port too big") << "127.0.0.1:99999"
                                  << "";
    QTest::newRow("port zero") << "127.0.0.1:0"
                               << "";
    QTest::newRow("port not a number") << "localhost:abc"
                                       << "";
    QTest::newRow("empty port") << "localhost:"
                                << "";
    QTest::newRow("unknown scheme") << "ftp://127.0.0.1:28257"
                                    << "";
    QTest::newRow("no host") << "ws://:28257"
                             << "";
    QTest::newRow("scheme only") << "ws://"
                                 << "";
}

void TestWebSocketSource::normalizeUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error = QStringLiteral("stale");
    const QUrl url = WebSocketSource::normalizeUrl(input, &error);
    if (expected.isEmpty()) {
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
        QVERIFY(!error.isEmpty());
        QVERIFY(error != QLatin1String("stale"));
    } else {
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
    }
}

void TestWebSocketSource::sendsOriginAndReceivesFramesInOrder_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("v2.5 binary") << "v25-composite.jsonl";
    QTest::newRow("v1.5.2 binary") << "v152-mixed.jsonl";
    QTest::newRow("v1.4.0 text") << "v140-json-text.jsonl";
    QTest::newRow("connect-out text") << "v25-connect-out.jsonl";
}

void TestWebSocketSource::sendsOriginAndReceivesFramesInOrder()
{
    QFETCH(QString, fixture);
    const QVector<RawFrame> expected = readFixture(fixture);
    QVERIFY(!expected.isEmpty());
    ReplayServer server; // answers 403 without Origin, so connecting proves Origin is sent
    server.setRecording(expected);
    server.setFast(true);
    QVERIFY(server.listen());

    WebSocketSource source;
    QVector<RawFrame> got;
    connect(&source, &WebSocketSource::frameReceived, [&got](const RawFrame &f) { got.append(f); });
    const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1000000;
    source.open(server.url());
    QCOMPARE(source.state(), State::Connecting);
    QTRY_COMPARE(source.state(), State::Connected);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), expected.size(), 10000);
    const qint64 after = QDateTime::currentMSecsSinceEpoch() * 1000000 + 1000000;
    qint64 previous = 0;
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(got.at(i).opcode, expected.at(i).opcode);
        QCOMPARE(got.at(i).data, expected.at(i).data);
        QCOMPARE(got.at(i).connection, 0u);
        QVERIFY(got.at(i).arrivalNs >= before && got.at(i).arrivalNs <= after);
        QVERIFY(got.at(i).arrivalNs >= previous);
        previous = got.at(i).arrivalNs;
    }
    source.close();
}

void TestWebSocketSource::textFramesKeepTheirBytes()
{
    // Text frames reach the capture as the UTF-8 bytes that were sent: non-ASCII text, NUL and
    // an empty frame included. (Known limit: Qt 6.4's receiving UTF-8 decoder drops a leading
    // byte-order mark, so "\xEF\xBB\xBF{...}" would arrive as "{...}"; eCapture's text frames,
    // JSON in v1.4.0-1.4.2 and base64 in connect-out mode, never start with one.)
    const QVector<QByteArray> texts = {
        QByteArray(R"x({"level":"info","AppName":"eCapture(旁观者)"})x"),
        QByteArray("{\"log_type\":1,\"payload\":\"caf\xC3\xA9 \xF0\x9F\x98\x80\"}"),
        QByteArray("a\0b", 3),
        QByteArray(),
    };
    QVector<RawFrame> frames;
    for (const QByteArray &t : texts)
        frames.append(RawFrame{0, RawFrame::Opcode::Text, 0, t});
    ReplayServer server;
    QVERIFY(server.setRecording(frames).isEmpty());
    server.setFast(true);
    QVERIFY(server.listen());
    WebSocketSource source;
    QVector<RawFrame> got;
    connect(&source, &WebSocketSource::frameReceived, [&got](const RawFrame &f) { got.append(f); });
    source.open(server.url());
    QTRY_COMPARE(got.size(), texts.size());
    for (int i = 0; i < texts.size(); ++i) {
        QCOMPARE(got.at(i).opcode, RawFrame::Opcode::Text);
        QCOMPARE(got.at(i).data, texts.at(i));
    }
}

void TestWebSocketSource::connectsOverIpv6()
{
    ReplayServer server;
    server.setRecording(readFixture(QStringLiteral("v25-composite.jsonl")));
    server.setFast(true);
    if (!server.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("no IPv6 loopback on this machine");
    QCOMPARE(server.url().toString(), QStringLiteral("ws://[::1]:%1/").arg(server.port()));
    // What a user types, as eCapture's docs write it.
    const QUrl url = WebSocketSource::normalizeUrl(QStringLiteral("[::1]:%1").arg(server.port()));
    QCOMPARE(url, server.url());
    WebSocketSource source;
    int frames = 0;
    connect(&source, &WebSocketSource::frameReceived, [&frames](const RawFrame &) { ++frames; });
    source.open(url);
    QTRY_COMPARE(source.state(), State::Connected);
    QTRY_COMPARE(frames, 62);
}

void TestWebSocketSource::clientWithoutOriginGets403()
{
    ReplayServer server;
    server.setRecording(readFixture(QStringLiteral("v25-composite.jsonl")));
    QVERIFY(server.listen());
    QWebSocket bare; // no origin: Qt then sends no Origin header
    QSignalSpy errors(&bare, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    QSignalSpy connected(&bare, &QWebSocket::connected);
    bare.open(server.url());
    QTRY_VERIFY(errors.size() >= 1);
    QCOMPARE(connected.size(), 0);
    QVERIFY2(bare.errorString().contains(QLatin1String("403")), qPrintable(bare.errorString()));
}

void TestWebSocketSource::http403ReasonInWords()
{
    // A server that rejects every origin: WebSocketSource reports the HTTP status in words.
    QWebSocketServer strict(QStringLiteral("strict"), QWebSocketServer::NonSecureMode);
    connect(&strict, &QWebSocketServer::originAuthenticationRequired,
            [](QWebSocketCorsAuthenticator *auth) { auth->setAllowed(false); });
    QVERIFY(strict.listen(QHostAddress::LocalHost, 0));
    WebSocketSource source;
    source.setReconnectEnabled(false);
    QSignalSpy states(&source, &WebSocketSource::stateChanged);
    source.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(strict.serverPort())));
    QTRY_COMPARE(source.state(), State::Failed);
    QVERIFY2(source.lastError().startsWith(QLatin1String("HTTP 403 Forbidden")),
             qPrintable(source.lastError()));
    QVERIFY(states.last().at(1).toString().contains(QLatin1String("HTTP 403")));
}

void TestWebSocketSource::reconnectsAfterServerRestart()
{
    const QVector<RawFrame> frames = readFixture(QStringLiteral("v152-http1-curl.jsonl"));
    auto server = std::make_unique<ReplayServer>();
    server->setRecording(frames);
    server->setFast(true);
    QVERIFY(server->listen());
    const quint16 port = server->port();

    WebSocketSource source;
    source.setBackoff(50, 400);
    QList<State> seen;
    connect(&source, &WebSocketSource::stateChanged,
            [&seen](WebSocketSource::State s, const QString &) { seen.append(s); });
    QVector<RawFrame> got;
    connect(&source, &WebSocketSource::frameReceived, [&got](const RawFrame &f) { got.append(f); });
    source.open(server->url());
    QTRY_COMPARE(source.state(), State::Connected);
    QTRY_COMPARE(got.size(), frames.size());
    QCOMPARE(source.connectionNumber(), 0u);

    server.reset(); // server gone: the client starts reconnecting
    QTRY_COMPARE(source.state(), State::Reconnecting);
    QVERIFY(!source.lastError().isEmpty());
    QTest::qWait(200); // a few refused attempts while nothing listens
    QVERIFY(source.state() == State::Reconnecting || source.state() == State::Connecting);

    server = std::make_unique<ReplayServer>();
    server->setRecording(frames);
    server->setFast(true);
    QVERIFY(server->listen(QHostAddress::LocalHost, port));
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), State::Connected, 5000);
    QCOMPARE(source.connectionNumber(), 1u);
    QTRY_COMPARE(got.size(), 2 * frames.size());
    QCOMPARE(got.last().connection, 1u);
    QCOMPARE(got.first().connection, 0u);
    QVERIFY(source.lastError().isEmpty());
    // Connected, then Reconnecting, later Connected again.
    const int firstConnected = int(seen.indexOf(State::Connected));
    const int reconnecting = int(seen.indexOf(State::Reconnecting));
    QVERIFY(firstConnected >= 0 && reconnecting > firstConnected);
    QCOMPARE(seen.last(), State::Connected);
}

void TestWebSocketSource::backoffDoublesAndCaps()
{
    WebSocketSource source;
    source.setBackoff(40, 200);
    QList<int> delays;
    connect(&source, &WebSocketSource::stateChanged,
            [&](WebSocketSource::State s, const QString &) {
                if (s == State::Reconnecting)
                    delays.append(source.reconnectDelayMs());
            });
    source.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(closedPort())));
    QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 6, 5000);
    source.close();
    QCOMPARE(delays.mid(0, 6), (QList<int>{40, 80, 160, 200, 200, 200}));
    QCOMPARE(source.lastError(), QStringLiteral("connection refused"));

    // Reset on success: after a connection, the first retry waits the initial delay again.
    const QVector<RawFrame> frames = readFixture(QStringLiteral("v25-composite.jsonl"));
    auto server = std::make_unique<ReplayServer>();
    server->setRecording(frames);
    QVERIFY(server->listen());
    WebSocketSource again;
    again.setBackoff(40, 200);
    again.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(closedPort())));
    QTRY_VERIFY(again.state() == State::Reconnecting && again.reconnectDelayMs() >= 80);
    again.open(server->url());
    QTRY_COMPARE(again.state(), State::Connected);
    server.reset();
    QTRY_COMPARE(again.state(), State::Reconnecting);
    QCOMPARE(again.reconnectDelayMs(), 40);
}

void TestWebSocketSource::closeByUser()
{
    ReplayServer server;
    server.setRecording(readFixture(QStringLiteral("v25-composite.jsonl")));
    QVERIFY(server.listen());
    WebSocketSource source;
    source.setBackoff(20, 40);
    source.open(server.url());
    QTRY_COMPARE(source.state(), State::Connected);
    QSignalSpy states(&source, &WebSocketSource::stateChanged);
    source.close();
    QCOMPARE(source.state(), State::ClosedByUser);
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.at(0).at(0).value<WebSocketSource::State>(), State::ClosedByUser);
    QTRY_COMPARE(server.clientCount(), 0);
    QTest::qWait(150); // no reconnect attempt follows
    QCOMPARE(source.state(), State::ClosedByUser);
    QCOMPARE(states.size(), 1);

    // Closing while reconnecting stops the retries too.
    source.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(closedPort())));
    QTRY_COMPARE(source.state(), State::Reconnecting);
    source.close();
    QTest::qWait(150);
    QCOMPARE(source.state(), State::ClosedByUser);
}

void TestWebSocketSource::refusedPortFailsWithReason()
{
    WebSocketSource source;
    source.setReconnectEnabled(false);
    QSignalSpy states(&source, &WebSocketSource::stateChanged);
    source.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(closedPort())));
    QTRY_COMPARE(source.state(), State::Failed);
    QCOMPARE(source.lastError(), QStringLiteral("connection refused"));
    QCOMPARE(states.last().at(1).toString(), QStringLiteral("failed: connection refused"));
}

void TestWebSocketSource::connectTimeout()
{
    // Accepts TCP but never answers the upgrade request.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    WebSocketSource source;
    source.setReconnectEnabled(false);
    source.setConnectTimeout(300);
    source.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), State::Failed, 3000);
    QVERIFY2(source.lastError().startsWith(QLatin1String("timeout")),
             qPrintable(source.lastError()));

    WebSocketSource retrying;
    retrying.setBackoff(1000, 1000);
    retrying.setConnectTimeout(200);
    retrying.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(retrying.state(), State::Reconnecting, 3000);
    QVERIFY(retrying.lastError().startsWith(QLatin1String("timeout")));
    retrying.close();
}

void TestWebSocketSource::invalidUtf8TextFrameEndsConnection()
{
    // A hand-made server (x/net lets a server send this; QWebSocketServer cannot): a binary
    // frame, then a text frame that is not valid UTF-8 (bad-input-a frame 10). The client
    // keeps the first, closes with 1007 and says why.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost, 0));
    connect(&raw, &QTcpServer::newConnection, [&raw] {
        QTcpSocket *s = raw.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            const QByteArray request = s->peek(8192);
            if (!request.contains("\r\n\r\n"))
                return;
            s->readAll();
            const int at = int(request.indexOf("Sec-WebSocket-Key: ")) + 19;
            const QByteArray key = request.mid(at, request.indexOf("\r\n", at) - at);
            const QByteArray accept =
                QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                         QCryptographicHash::Sha1)
                    .toBase64();
            s->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                     accept + "\r\n\r\n");
            s->write(QByteArray("\x82\x03\x01\x02\x03", 5));
            const QByteArray bad("{\"log_type\":1,\"payload\":\"caf\xE9 \xFF\xFE broken\"}");
            s->write(QByteArray("\x81") + char(bad.size()) + bad);
        });
    });
    WebSocketSource source;
    source.setReconnectEnabled(false);
    QVector<RawFrame> got;
    connect(&source, &WebSocketSource::frameReceived, [&got](const RawFrame &f) { got.append(f); });
    source.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(raw.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), State::Failed, 5000);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().data, QByteArray("\x01\x02\x03"));
    QVERIFY2(source.lastError().contains(QLatin1String("UTF-8")), qPrintable(source.lastError()));
}

void TestWebSocketSource::tlsFailureInWords()
{
    // wss:// to a server that is not TLS (it hangs up on the ClientHello).
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, [&plain] {
        QTcpSocket *s = plain.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            s->write("HTTP/1.1 400 Bad Request\r\n\r\n");
            s->disconnectFromHost();
        });
    });
    WebSocketSource source;
    source.setReconnectEnabled(false);
    source.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(plain.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), State::Failed, 5000);
    QVERIFY2(source.lastError().startsWith(QLatin1String("TLS error")),
             qPrintable(source.lastError()));
}

void TestWebSocketSource::hostNotFoundInWords()
{
    // RFC 2606: ".invalid" never resolves.
    WebSocketSource source;
    source.setReconnectEnabled(false);
    source.setConnectTimeout(4000);
    source.open(QUrl(QStringLiteral("ws://no-such-host.invalid:28257/")));
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), State::Failed, 6000);
    if (source.lastError().startsWith(QLatin1String("timeout")))
        QSKIP("the resolver did not answer in time");
    QCOMPARE(source.lastError(), QStringLiteral("host not found"));
}

QTEST_MAIN(TestWebSocketSource)
#include "tst_websocket_source.moc"
