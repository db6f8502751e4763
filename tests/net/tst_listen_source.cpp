// SPDX-License-Identifier: Apache-2.0
// ListenSource (eCapture's connect-out mode): agents dial in with Origin http://localhost and send
// base64 text frames; every frame arrives untouched with its connection number.
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include "core/file/frame_log_reader.h"
#include "net/listen_source.h"

using namespace ecv;

class TestListenSource : public QObject
{
    Q_OBJECT
private slots:
    void receivesBase64TextFrames();
    void severalAgentsAtOnce();
    void closeDisconnectsAgents();
};

void TestListenSource::receivesBase64TextFrames()
{
    // The recorded connect-out stream: what eCapture v2.5.1 sends to --logaddr/--eventaddr.
    FrameLogReader reader;
    QVERIFY(reader.readFile(QStringLiteral(ECV_TEST_DATA "/v25-connect-out.jsonl"), 0));
    const QVector<RawFrame> recorded = reader.frames();
    QVERIFY(recorded.size() > 10);

    ListenSource listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QVERIFY(listener.port() > 0);
    QSignalSpy connected(&listener, &ListenSource::clientConnected);
    QVector<RawFrame> got;
    connect(&listener, &ListenSource::frameReceived, [&got](const RawFrame &f) { got.append(f); });

    QWebSocket agent(QStringLiteral("http://localhost"));
    QUrl url = listener.url();
    url.setPath(QStringLiteral("/ecapture/log"));
    agent.open(url);
    QTRY_COMPARE(connected.size(), 1);
    QCOMPARE(connected.at(0).at(0).toUInt(), 0u);
    QVERIFY(connected.at(0).at(1).toString().startsWith(QLatin1String("127.0.0.1:")));
    QCOMPARE(connected.at(0).at(2).toString(), QStringLiteral("/ecapture/log"));
    QTRY_COMPARE(agent.state(), QAbstractSocket::ConnectedState);

    const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1000000;
    for (const RawFrame &f : recorded) {
        QCOMPARE(f.opcode, RawFrame::Opcode::Text);
        agent.sendTextMessage(QString::fromUtf8(f.data));
    }
    QTRY_COMPARE(got.size(), recorded.size());
    for (int i = 0; i < recorded.size(); ++i) {
        QCOMPARE(got.at(i).opcode, RawFrame::Opcode::Text);
        QCOMPARE(got.at(i).data, recorded.at(i).data); // base64 text kept as-is
        QCOMPARE(got.at(i).connection, 0u);
        QVERIFY(got.at(i).arrivalNs >= before);
        // It really is base64 of a zerolog line or an event's text.
        QVERIFY(!QByteArray::fromBase64(got.at(i).data).isEmpty());
    }

    // A binary frame is handed on too (decoding decides what it is).
    agent.sendBinaryMessage(QByteArray("\x00\x01\x02", 3));
    QTRY_COMPARE(got.size(), recorded.size() + 1);
    QCOMPARE(got.last().opcode, RawFrame::Opcode::Binary);
    QCOMPARE(got.last().data, QByteArray("\x00\x01\x02", 3));
}

void TestListenSource::severalAgentsAtOnce()
{
    ListenSource listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QSignalSpy connected(&listener, &ListenSource::clientConnected);
    QSignalSpy disconnected(&listener, &ListenSource::clientDisconnected);
    QVector<RawFrame> got;
    connect(&listener, &ListenSource::frameReceived, [&got](const RawFrame &f) { got.append(f); });

    QWebSocket log(QStringLiteral("http://localhost"));
    QWebSocket events(QStringLiteral("http://localhost"));
    QWebSocket other(QStringLiteral("http://localhost"));
    QUrl base = listener.url();
    log.open(base.resolved(QUrl(QStringLiteral("ecapture/log"))));
    QTRY_COMPARE(connected.size(), 1);
    events.open(base.resolved(QUrl(QStringLiteral("ecapture/event"))));
    QTRY_COMPARE(connected.size(), 2);
    other.open(base);
    QTRY_COMPARE(connected.size(), 3);
    QTRY_COMPARE(listener.clientCount(), 3);
    QCOMPARE(connected.at(1).at(2).toString(), QStringLiteral("/ecapture/event"));

    const QByteArray logLine = QByteArray(R"({"level":"info","message":"hello"})").toBase64();
    const QByteArray eventText = QByteArray("PID:1, Comm:curl, TID:1, FD:5\n").toBase64();
    QTRY_COMPARE(events.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(other.state(), QAbstractSocket::ConnectedState);
    log.sendTextMessage(QString::fromLatin1(logLine));
    events.sendTextMessage(QString::fromLatin1(eventText));
    other.sendTextMessage(QString::fromLatin1(eventText));
    QTRY_COMPARE(got.size(), 3);
    QSet<quint32> connections;
    for (const RawFrame &f : got) {
        connections.insert(f.connection);
        QCOMPARE(f.data, f.connection == 0 ? logLine : eventText);
    }
    QCOMPARE(connections, (QSet<quint32>{0, 1, 2}));

    events.close();
    QTRY_COMPARE(disconnected.size(), 1);
    QCOMPARE(disconnected.at(0).at(0).toUInt(), 1u);
    QTRY_COMPARE(listener.clientCount(), 2);
}

void TestListenSource::closeDisconnectsAgents()
{
    ListenSource listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QWebSocket agent(QStringLiteral("http://localhost"));
    QSignalSpy agentGone(&agent, &QWebSocket::disconnected);
    agent.open(listener.url());
    QTRY_COMPARE(agent.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(listener.clientCount(), 1);
    listener.close();
    QVERIFY(!listener.isListening());
    QCOMPARE(listener.clientCount(), 0);
    QTRY_COMPARE(agentGone.size(), 1);

    // Listening twice on one port fails with a message.
    ListenSource a, b;
    QVERIFY(a.listen(QHostAddress::LocalHost, 0));
    QString error;
    QVERIFY(!b.listen(QHostAddress::LocalHost, a.port(), &error));
    QVERIFY(error.contains(QString::number(a.port())));
}

QTEST_MAIN(TestListenSource)
#include "tst_listen_source.moc"
