// SPDX-License-Identifier: Apache-2.0
// The translation catalogues against the strings the sources use now. lupdate reads the same
// project the update_translations target reads (the sources given to qt_add_translations in
// app/CMakeLists.txt) into a fresh catalogue in a temporary folder; every message found there
// must be translated in translations/ecapture-viewer_zh_CN.ts (present, not unfinished, not
// obsolete or vanished, not empty, the same %1…%n placeholders), and every plural message in
// ecapture-viewer_en.ts must have its English forms. The committed files are never written.
#include <QtTest>

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

const QString kTranslations = QStringLiteral(ECV_SOURCE_DIR "/translations");
const QString kFixHint = QStringLiteral(
    "Fix: cmake --build build --target update_translations, then translate the messages listed "
    "above in translations/ecapture-viewer_zh_CN.ts (Qt Linguist, or an editor: write the "
    "<translation> and remove type=\"unfinished\"); plural (%n) messages also need their "
    "English forms in ecapture-viewer_en.ts. See README, Translations.");

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             ///< translation type: "", "unfinished", "obsolete", "vanished"
    QStringList translations; ///< one, or one per plural form
};

QString keyOf(const Message &m)
{
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
}

/** Every message of the .ts file at @p path, keyed by context, source and comment. */
QHash<QString, Message> readCatalogue(const QString &path, QString *error)
{
    QHash<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            messages.insert(keyOf(message), message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

/** The %1…%99 and %n placeholders of @p text, sorted and unique. */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

QString describe(const Message &m)
{
    return QStringLiteral("  %1: \"%2\"").arg(m.context, m.source.left(90));
}

/** What is wrong with @p have as the translation of @p used (empty when nothing). */
QString problemWith(const Message &used, const Message *have)
{
    if (!have)
        return QStringLiteral("missing");
    if (have->type == QLatin1String("unfinished"))
        return QStringLiteral("unfinished");
    if (have->type == QLatin1String("obsolete") || have->type == QLatin1String("vanished"))
        return QStringLiteral("marked %1 but used").arg(have->type);
    if (have->translations.isEmpty())
        return QStringLiteral("no translation");
    for (const QString &t : have->translations) {
        if (t.isEmpty())
            return QStringLiteral("empty translation");
        // A plural form may leave %n out ("one file"); every other placeholder must stay.
        QStringList want = placeholders(used.source);
        QStringList got = placeholders(t);
        if (used.numerus) {
            want.removeAll(QStringLiteral("%n"));
            got.removeAll(QStringLiteral("%n"));
        }
        if (want != got)
            return QStringLiteral("placeholders %1 in the source, %2 in \"%3\"")
                .arg(want.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')), t);
    }
    return {};
}

} // namespace

class TestTranslationCatalogue final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QHash<QString, Message> m_used; ///< every message the sources use now

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The project description update_translations uses, converted the way it converts it.
        const QString project = m_dir.filePath(QStringLiteral("project.json"));
        QProcess cmake;
        cmake.start(QStringLiteral(ECV_CMAKE_COMMAND),
                    {QStringLiteral("-DIN_FILE=" ECV_LUPDATE_PROJECT),
                     QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
                     QStringLiteral(ECV_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(cmake.waitForFinished(60000));
        QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());

        const QString fresh = m_dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(ECV_LUPDATE),
                      {QStringLiteral("-project"), project, QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-silent"), QStringLiteral("-ts"),
                       fresh});
        QVERIFY2(lupdate.waitForStarted(), ECV_LUPDATE " (Debian package qt6-l10n-tools)");
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        m_used = readCatalogue(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A broken project (no sources found) must not pass as "nothing to translate".
        QVERIFY2(m_used.size() > 100, qPrintable(QString::number(m_used.size())));
    }

    void chineseIsComplete()
    {
        QString error;
        const auto zh =
            readCatalogue(kTranslations + QStringLiteral("/ecapture-viewer_zh_CN.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message &used : std::as_const(m_used)) {
            const auto it = zh.constFind(keyOf(used));
            const QString problem = problemWith(used, it == zh.constEnd() ? nullptr : &*it);
            if (!problem.isEmpty())
                problems << describe(used) + QStringLiteral(" — ") + problem;
        }
        problems.sort();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) not translated in zh_CN:\n%2\n%3")
                                .arg(problems.size())
                                .arg(problems.join(QLatin1Char('\n')), kFixHint)));
    }

    void englishPluralsAreComplete()
    {
        QString error;
        const auto en =
            readCatalogue(kTranslations + QStringLiteral("/ecapture-viewer_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message &used : std::as_const(m_used)) {
            if (!used.numerus)
                continue; // English singular messages are the source text itself
            const auto it = en.constFind(keyOf(used));
            const QString problem = problemWith(used, it == en.constEnd() ? nullptr : &*it);
            if (!problem.isEmpty())
                problems << describe(used) + QStringLiteral(" — ") + problem;
            else if (it->translations.size() != 2)
                problems << describe(used) + QStringLiteral(" — want 2 English forms");
        }
        problems.sort();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 plural message(s) without English forms:\n%2\n%3")
                                .arg(problems.size())
                                .arg(problems.join(QLatin1Char('\n')), kFixHint)));
    }

    void checkerSeesProblems()
    {
        // The checks above only mean something if they can fail.
        Message used{QStringLiteral("ecv::X"), QStringLiteral("Saved %1 of %2"), {}, false, {}, {}};
        QCOMPARE(problemWith(used, nullptr), QStringLiteral("missing"));
        Message have = used;
        have.type = QStringLiteral("unfinished");
        have.translations = {QString()};
        QCOMPARE(problemWith(used, &have), QStringLiteral("unfinished"));
        have.type = QStringLiteral("vanished");
        QCOMPARE(problemWith(used, &have), QStringLiteral("marked vanished but used"));
        have.type.clear();
        QCOMPARE(problemWith(used, &have), QStringLiteral("empty translation"));
        have.translations = {QStringLiteral("已保存 %1")};
        QVERIFY(problemWith(used, &have).startsWith(QLatin1String("placeholders")));
        have.translations = {QStringLiteral("已保存 %1，共 %2")};
        QCOMPARE(problemWith(used, &have), QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslationCatalogue)
#include "tst_translation_catalogue.moc"
