// SPDX-License-Identifier: Apache-2.0
// The connection bar's words and the heartbeat monitor's interval rules.
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "ui/connection_bar.h"
#include "ui/heartbeat_monitor.h"

using namespace ecv;

class TestConnectionStatus : public QObject
{
    Q_OBJECT
private slots:
    void stateWords_data();
    void stateWords();
    void connectButtonTogglesAndHistory();
    void intervalFromVersion_data();
    void intervalFromVersion();
    void intervalLearnedFromStream();
    void lateAfterTwoIntervals();
};

void TestConnectionStatus::stateWords_data()
{
    using S = WebSocketSource::State;
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("button");
    QTest::newRow("idle") << int(S::Idle) << QString() << 0 << "not connected"
                          << "Connect";
    QTest::newRow("connecting") << int(S::Connecting) << QString() << 0 << "connecting…"
                                << "Disconnect";
    QTest::newRow("live") << int(S::Connected) << QString() << 0 << "live"
                          << "Disconnect";
    QTest::newRow("reconnecting") << int(S::Reconnecting) << QString() << 2500
                                  << "reconnecting in 3 s"
                                  << "Disconnect";
    QTest::newRow("failed") << int(S::Failed) << QStringLiteral("connection refused") << 0
                            << "failed: connection refused"
                            << "Connect";
    QTest::newRow("failed sentence")
        << int(S::Failed) << QStringLiteral("failed: HTTP 403") << 0 << "failed: HTTP 403"
        << "Connect";
    QTest::newRow("closed") << int(S::ClosedByUser) << QString() << 0 << "disconnected"
                            << "Connect";
}

void TestConnectionStatus::stateWords()
{
    QFETCH(int, state);
    QFETCH(QString, detail);
    QFETCH(int, delayMs);
    QFETCH(QString, words);
    QFETCH(QString, button);
    ConnectionBar bar;
    bar.setState(WebSocketSource::State(state), detail, delayMs);
    QCOMPARE(bar.stateText(), words);
    QCOMPARE(bar.connectButton()->text(), button);
}

void TestConnectionStatus::connectButtonTogglesAndHistory()
{
    ConnectionBar bar;
    QSignalSpy connectSpy(&bar, &ConnectionBar::connectRequested);
    QSignalSpy disconnectSpy(&bar, &ConnectionBar::disconnectRequested);
    bar.setUrlText(QStringLiteral("127.0.0.1:28257"));
    bar.connectButton()->click();
    QCOMPARE(connectSpy.count(), 1);
    QCOMPARE(connectSpy.first().at(0).toString(), QStringLiteral("127.0.0.1:28257"));
    bar.setState(WebSocketSource::State::Connected, QString());
    bar.connectButton()->click();
    QCOMPARE(disconnectSpy.count(), 1);
    bar.addToHistory(QStringLiteral("ws://a:1/"));
    bar.addToHistory(QStringLiteral("ws://b:2/"));
    bar.addToHistory(QStringLiteral("ws://a:1/"));
    QCOMPARE(bar.history(),
             (QStringList{QStringLiteral("ws://a:1/"), QStringLiteral("ws://b:2/")}));
    for (int i = 0; i < 30; ++i)
        bar.addToHistory(QStringLiteral("ws://h%1:1/").arg(i));
    QCOMPARE(bar.history().size(), ConnectionBar::maxHistory());
    QCOMPARE(bar.history().first(), QStringLiteral("ws://h29:1/"));
}

void TestConnectionStatus::intervalFromVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("intervalMs");
    QTest::newRow("unknown") << QString() << 15000;
    QTest::newRow("v1.4.2") << QStringLiteral("v1.4.2") << 60000;
    QTest::newRow("v1.4.0") << QStringLiteral("1.4.0") << 60000;
    QTest::newRow("v1.5.2") << QStringLiteral("v1.5.2") << 15000;
    QTest::newRow("v2.5.1") << QStringLiteral("v2.5.1") << 15000;
}

void TestConnectionStatus::intervalFromVersion()
{
    QFETCH(QString, version);
    QFETCH(int, intervalMs);
    HeartbeatMonitor monitor;
    monitor.setEcaptureVersion(version);
    QCOMPARE(monitor.intervalMs(), intervalMs);
}

void TestConnectionStatus::intervalLearnedFromStream()
{
    HeartbeatMonitor monitor;
    monitor.setLive(true);
    HeartbeatRecord hb;
    hb.count = 0;
    monitor.heartbeat(hb);
    QTest::qWait(1100);
    hb.count = 1;
    monitor.heartbeat(hb);
    // ~1.1 s between #0 and #1, rounded to whole seconds as eCapture's ticker runs.
    QCOMPARE(monitor.intervalMs(), 1000);
    QCOMPARE(monitor.lastCount(), qint64(1));
    QVERIFY(monitor.statusText().startsWith(QStringLiteral("heartbeat #1 · 0 s ago")));
    // Not consecutive (a new connection restarts at 0): nothing learned from it.
    hb.count = 0;
    monitor.heartbeat(hb);
    QCOMPARE(monitor.intervalMs(), 1000);
}

void TestConnectionStatus::lateAfterTwoIntervals()
{
    HeartbeatMonitor monitor;
    monitor.setIntervalOverride(300);
    QSignalSpy late(&monitor, &HeartbeatMonitor::lateChanged);
    monitor.setLive(true);
    HeartbeatRecord hb;
    hb.count = 4;
    monitor.heartbeat(hb);
    QTest::qWait(150);
    QVERIFY(!monitor.isLate()); // half an interval is not late
    QTRY_VERIFY(monitor.isLate());
    QVERIFY(monitor.statusText().contains(QStringLiteral("⚠")));
    hb.count = 5;
    monitor.heartbeat(hb);
    QVERIFY(!monitor.isLate());
    QCOMPARE(late.count(), 2);
    // Not live: never late.
    monitor.setLive(false);
    QTest::qWait(700);
    QVERIFY(!monitor.isLate());
}

QTEST_MAIN(TestConnectionStatus)
#include "tst_connection_status.moc"
