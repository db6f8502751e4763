// SPDX-License-Identifier: Apache-2.0
// Colouring rules: the default set compiles and colours the fixture's rows as its expected facts
// say; rules are saved and loaded; the dialog edits them and refuses an invalid filter.
#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QtTest>

#include "core/capture/capture_store.h"
#include "ui/coloring_rules.h"
#include "ui/coloring_rules_dialog.h"
#include "ui/event_list_model.h"

using namespace ecv;

class TestColoringRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultsCompile();
    void colorsFixtureRows();
    void saveAndLoad();
    void dialogEditsRules();
};

void TestColoringRules::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ecapture-viewer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_coloring_rules"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestColoringRules::defaultsCompile()
{
    const QVector<ColoringRule> rules = ColoringRules::defaults();
    QCOMPARE(rules.size(), 6);
    for (const ColoringRule &rule : rules) {
        const DisplayFilter filter = DisplayFilter::compile(rule.filter);
        QVERIFY2(filter.severity() == DisplayFilter::Severity::Valid,
                 qPrintable(rule.filter + QLatin1String(": ") + filter.errorMessage() +
                            filter.warnings().join(u' ')));
        QVERIFY(rule.background.isValid() && rule.foreground.isValid());
    }
    // With nothing saved, load() gives the defaults.
    QCOMPARE(ColoringRules::load(), rules);
}

void TestColoringRules::colorsFixtureRows()
{
    // v25-composite: connect notices, socket-destroy ("close") events, bash/zsh shell events.
    CaptureStore store;
    QVERIFY(store.open(QStringLiteral(ECV_TEST_DATA "/v25-composite.jsonl")));
    EventListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RowColorizer colorizer(&store, nullptr);
    colorizer.setRules(ColoringRules::defaults());
    model.setColorizer(&colorizer);
    model.catchUp();
    const QVector<ColoringRule> &rules = colorizer.rules();
    int connects = 0;
    int shells = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString protocol = model.cellText(row, EventListModel::Protocol);
        const QVariant background = model.data(model.index(row, 0), Qt::BackgroundRole);
        if (protocol == QLatin1String("connect") || protocol == QLatin1String("close")) {
            QCOMPARE(background.value<QBrush>().color(), rules.at(3).background);
            ++connects;
        } else if (protocol == QLatin1String("bash") || protocol == QLatin1String("zsh")) {
            QCOMPARE(background.value<QBrush>().color(), rules.at(4).background);
            ++shells;
        } else if (protocol == QLatin1String("HTTP")) {
            QVERIFY(!background.isValid()); // HTTP/1 200s: no rule
        }
    }
    QVERIFY(connects > 0);
    QVERIFY(shells > 0);
    // Switched off: no colours.
    colorizer.setEnabled(false);
    QVERIFY(!model.data(model.index(0, 0), Qt::BackgroundRole).isValid() ||
            model.cellText(0, EventListModel::Protocol) == QLatin1String("HTTP"));
}

void TestColoringRules::saveAndLoad()
{
    QVector<ColoringRule> rules = ColoringRules::defaults();
    rules.removeFirst();
    rules.first().enabled = false;
    rules.append({QStringLiteral("big"), QStringLiteral("frame.len > 1000"), QColor(Qt::black),
                  QColor(0xff, 0xee, 0xdd), true});
    ColoringRules::save(rules);
    QCOMPARE(ColoringRules::load(), rules);
    QSettings().clear();
}

void TestColoringRules::dialogEditsRules()
{
    ColoringRulesDialog dialog(ColoringRules::defaults());
    QCOMPARE(dialog.rules(), ColoringRules::defaults());
    QVERIFY(dialog.allValid());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    // An invalid filter turns the cell red and disables OK until it is fixed.
    dialog.table()->item(0, 1)->setText(QStringLiteral("http.response.code >="));
    QVERIFY(!dialog.allValid());
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.table()->item(0, 1)->background().color(), QColor(0xff, 0xaf, 0xaf));
    dialog.table()->item(0, 1)->setText(QStringLiteral("http.response.code >= 501"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.rules().first().filter, QStringLiteral("http.response.code >= 501"));
    // Add and move down.
    dialog.findChild<QPushButton *>(QStringLiteral("coloringAdd"))->click();
    QCOMPARE(dialog.rules().size(), 7);
    dialog.table()->setCurrentCell(0, 0);
    dialog.findChild<QPushButton *>(QStringLiteral("coloringDown"))->click();
    QCOMPARE(dialog.rules().at(1).filter, QStringLiteral("http.response.code >= 501"));
    dialog.findChild<QPushButton *>(QStringLiteral("coloringDefaults"))->click();
    QCOMPARE(dialog.rules(), ColoringRules::defaults());
}

QTEST_MAIN(TestColoringRules)
#include "tst_coloring_rules.moc"
