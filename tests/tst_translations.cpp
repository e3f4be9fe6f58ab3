// SPDX-License-Identifier: GPL-3.0-or-later
// Languages (#2): every user-visible string of the sources is in the French
// (and Dutch and English) translation, finished, with the same placeholders. lupdate is run on the
// sources here, so a new tr() string without its French fails the test.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation; // numerus forms joined with '\n'
    bool finished = true;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                current = Message{};
                current.context = context;
                current.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.finished = type != QLatin1String("unfinished") &&
                                   type != QLatin1String("vanished") &&
                                   type != QLatin1String("obsolete");
                if (current.numerus) {
                    QStringList forms;
                    while (xml.readNextStartElement())
                        forms.append(xml.readElementText());
                    current.translation = forms.join(QLatin1Char('\n'));
                } else {
                    current.translation = xml.readElementText();
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QList<Message> mFromSources;

private slots:
    void initTestCase()
    {
        // What the sources ask to translate today, straight from lupdate.
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("current.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(WATTELIER_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral(WATTELIER_SOURCE_DIR "/models"),
                       QStringLiteral(WATTELIER_SOURCE_DIR "/ui"),
                       QStringLiteral(WATTELIER_SOURCE_DIR "/app"), QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        mFromSources = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(mFromSources.size() > 100);
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        // French is what most users see; Brussels is bilingual, so Dutch too;
        // English carries the plural forms.
        QTest::newRow("French") << QStringLiteral("fr");
        QTest::newRow("Dutch") << QStringLiteral("nl");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const auto french = readTs(
            QStringLiteral(WATTELIER_SOURCE_DIR "/translations/wattelier_%1.ts").arg(language),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, Message> byKey;
        for (const Message &m : french)
            byKey.insert(m.context + QLatin1Char('\x1f') + m.source, m);

        QStringList problems;
        for (const Message &m : std::as_const(mFromSources)) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            const auto it = byKey.constFind(m.context + QLatin1Char('\x1f') + m.source);
            if (it == byKey.cend()) {
                problems.append(QStringLiteral("missing (run the update_translations target): ") +
                                where);
                continue;
            }
            if (!it->finished || it->translation.trimmed().isEmpty()) {
                problems.append(QStringLiteral("unfinished: ") + where);
                continue;
            }
            const QStringList wanted = placeholders(m.source);
            const QStringList forms = it->numerus ? it->translation.split(QLatin1Char('\n'))
                                                  : QStringList{it->translation};
            for (qsizetype f = 0; f < forms.size(); ++f) {
                QStringList got = placeholders(forms.at(f));
                // Dutch and English use their first form for exactly one: it may
                // spell out "één" or "one" instead of %n. French uses it for 0
                // and 1 alike, so there it must keep %n ("0 appareil").
                const bool exactlyOne = f == 0 && language != QLatin1String("fr");
                if (it->numerus && exactlyOne && !got.contains(QStringLiteral("%n")))
                    got.append(QStringLiteral("%n")), got.sort();
                if (got != wanted)
                    problems.append(QStringLiteral("placeholders differ: ") + where);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) +
                            problems.join(QLatin1Char('\n'))));
    }

    void detectsAnUnfinishedEntry()
    {
        // The reader must see an unfinished entry, or the test above proves nothing.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("x.ts")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "<?xml version=\"1.0\"?><TS version=\"2.1\" language=\"fr\"><context><name>C</name>"
            "<message><source>Hello</source><translation type=\"unfinished\"></translation>"
            "</message></context></TS>");
        file.close();
        QString error;
        const auto messages = readTs(file.fileName(), &error);
        QCOMPARE(messages.size(), 1);
        QVERIFY(!messages.first().finished);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
