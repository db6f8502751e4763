// SPDX-License-Identifier: Apache-2.0
// Payloads come from arbitrary programs: wherever the UI shows them, markup must stay text.
// Tooltips are the trap: QToolTip renders any string that Qt::mightBeRichText() as HTML, so a
// command line "<img src=…>" or "<h1>" in an event's Info or a run log line would be drawn.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include "core/capture/capture_store.h"
#include "ui/connection_bar.h"
#include "ui/event_list_model.h"
#include "ui/log_model.h"

using namespace ecv;

namespace {

/** What QToolTip draws for @p tip (rich text when Qt::mightBeRichText, else as is). */
QString shownAsToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        char byte = char(v & 0x7f);
        v >>= 7;
        if (v)
            byte = char(byte | 0x80);
        out.append(byte);
    } while (v);
    return out;
}

QByteArray field(int number, const QByteArray &bytes)
{
    return varint(quint64(number) << 3 | 2) + varint(quint64(bytes.size())) + bytes;
}

/** LogEntry{EVENT, Event{length, payload}}: an eCapture v2 text-only event. */
QByteArray v2Event(const QByteArray &text)
{
    return varint(1 << 3) + varint(2) +
           field(2, varint(10 << 3) + varint(quint64(text.size())) + field(11, text));
}

} // namespace

class TstBadInputUi : public QObject
{
    Q_OBJECT

private slots:
    void markup_data();
    void logToolTipIsText();
    void logToolTipIsText_data() { markup_data(); }
    void eventInfoToolTipIsText();
    void eventInfoToolTipIsText_data() { markup_data(); }
    void connectionDetailToolTipIsText();
    void connectionDetailToolTipIsText_data() { markup_data(); }
};

void TstBadInputUi::markup_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bold") << QStringLiteral("<b>bold</b> & more");
    QTest::newRow("image") << QStringLiteral("<img src=\"file:///etc/passwd\">x");
    QTest::newRow("heading") << QStringLiteral("<h1>big</h1>");
    QTest::newRow("entity") << QStringLiteral("<i>&lt;not a tag&gt;</i>");
}

void TstBadInputUi::logToolTipIsText()
{
    QFETCH(QString, text);
    LogModel model;
    QAbstractItemModelTester tester(&model);
    model.addViewerMessage(LogModel::Severity::Info, text);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex message = model.index(0, LogModel::Message);
    QCOMPARE(model.data(message, Qt::DisplayRole).toString(), text);
    QCOMPARE(shownAsToolTip(model.data(message, Qt::ToolTipRole).toString()), text);
}

void TstBadInputUi::eventInfoToolTipIsText()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("markup.jsonl"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray event =
            v2Event("PID:20811, UID:1000, Comm:bash, Retvalue:0, Line:\n" + text.toUtf8() + "\n");
        file.write(R"({"format": "ecaptureq-framelog", "version": 1, "ecapture": "x"})"
                   "\n");
        file.write(R"({"t": 0, "op": "binary", "data": ")" + event.toBase64() + "\"}\n");
    }
    CaptureStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model);
    QTRY_COMPARE(model.rowCount(), 1);
    const QModelIndex info = model.index(0, EventListModel::Info);
    const QString shown = model.data(info, Qt::DisplayRole).toString();
    QVERIFY2(shown.contains(text), qPrintable(shown));
    QCOMPARE(shownAsToolTip(model.data(info, Qt::ToolTipRole).toString()), shown);
}

// The server's WebSocket close reason (any 123 bytes it likes) ends up in the state tooltip.
void TstBadInputUi::connectionDetailToolTipIsText()
{
    QFETCH(QString, text);
    ConnectionBar bar;
    const QString detail = QStringLiteral("closed by the server: ") + text;
    bar.setState(WebSocketSource::State::Failed, detail);
    int found = 0;
    for (const QLabel *label : bar.findChildren<QLabel *>()) {
        if (label->toolTip().isEmpty())
            continue;
        ++found;
        QCOMPARE(shownAsToolTip(label->toolTip()), detail);
    }
    QCOMPARE(found, 1);
}

QTEST_MAIN(TstBadInputUi)
#include "tst_bad_input_ui.moc"
