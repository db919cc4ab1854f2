// Every user-visible string can be translated: lupdate finds each one under a context the code looks it up by at
// run time. A string filed under a context no code asks for (a hand-written tr() outside a class, a class without
// Q_OBJECT or Q_DECLARE_TR_FUNCTIONS) would stay in English in every language.
// And every string lupdate finds is translated: German completely, English in its plural forms, with the same
// placeholders. When a new string makes this fail, refresh the .ts files with the lupdate commands in README
// ("Translations") and translate what they mark unfinished.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             ///< "unfinished", "vanished", "obsolete" or empty
    QStringList translations; ///< one, or one per plural form

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString where() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                messages.append(message);
            }
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                              {},      {}};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations = {xml.readElementText()};
            }
        } else if (xml.name() == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = path + QStringLiteral(": ") + xml.errorString();
    }
    return messages;
}

/// The placeholders of @p text (%1, %L2, %n), sorted, each as often as it occurs.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto match = marker.globalMatch(text); match.hasNext();) {
        found.append(match.next().captured());
    }
    found.sort();
    return found;
}

/// Whether @p text has a keyboard accelerator ("&File"; "R&&D" is a literal ampersand).
bool hasMnemonic(QString text)
{
    text.remove(QStringLiteral("&&"));
    return text.contains(QLatin1Char('&'));
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lupdateFindsNoStrayTr();
    void everyContextIsOneTheCodeUses();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();

private:
    QList<Message> m_messages; ///< what lupdate finds in the sources now
    QString m_lupdateOutput;
    QStringList m_contexts;
    int m_strings = 0;
};

void TranslationsTest::initTestCase()
{
    static QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ts = dir.filePath(QStringLiteral("all.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(CREDENCE_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral(CREDENCE_SOURCE_DIR "/app"),
                   QStringLiteral(CREDENCE_SOURCE_DIR "/ui"), QStringLiteral("-ts"), ts});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());

    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    bool inContext = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("context")) {
            inContext = true;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("name") && inContext) {
            m_contexts.append(xml.readElementText());
            inContext = false;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            ++m_strings;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(m_strings > 100, qPrintable(QString::number(m_strings))); // it really read the tree
    QString error;
    m_messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_messages.size(), m_strings);
}

void TranslationsTest::lupdateFindsNoStrayTr()
{
    // lupdate says so when tr() is called where it cannot tell the context.
    QStringList problems;
    for (const QString &line : m_lupdateOutput.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("lacks Q_OBJECT")) || line.contains(QLatin1String("Cannot invoke"))) {
            problems.append(line);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::everyContextIsOneTheCodeUses()
{
    // The contexts the code looks strings up by: classes with Q_OBJECT (by their name), Q_DECLARE_TR_FUNCTIONS(X),
    // and QCoreApplication::translate("X", ...).
    QSet<QString> used{QStringLiteral("QObject")};
    QSet<QString> objectClasses;
    const QRegularExpression declared(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\(([\\w:]+)\\)"));
    const QRegularExpression translate(QStringLiteral("translate\\(\\s*\"([^\"]+)\""));
    const QRegularExpression klass(QStringLiteral("\\bclass\\s+(\\w+)[^;{]*\\{[^}]*?\\bQ_OBJECT\\b"));
    for (const char *folder : {"/app", "/ui"}) {
        QDirIterator it(QStringLiteral(CREDENCE_SOURCE_DIR) + QString::fromLatin1(folder),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile source(it.next());
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(source.readAll());
            for (const auto &re : {declared, translate}) {
                for (auto match = re.globalMatch(text); match.hasNext();) {
                    used.insert(match.next().captured(1));
                }
            }
            for (auto match = klass.globalMatch(text); match.hasNext();) {
                objectClasses.insert(match.next().captured(1));
            }
        }
    }
    QStringList stray;
    for (const QString &context : std::as_const(m_contexts)) {
        const QString last = context.section(QStringLiteral("::"), -1);
        if (!used.contains(context) && !objectClasses.contains(last)) {
            stray.append(context);
        }
    }
    QVERIFY2(stray.isEmpty(), qPrintable(QStringLiteral("strings filed under contexts no code uses: ") +
                                         stray.join(QStringLiteral(", "))));
}

void TranslationsTest::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralsOnly");
    QTest::newRow("de") << QStringLiteral(CREDENCE_SOURCE_DIR "/resources/translations/credence_de.ts") << false;
    QTest::newRow("en") << QStringLiteral(CREDENCE_SOURCE_DIR "/resources/translations/credence_en.ts") << true;
}

void TranslationsTest::everyStringIsTranslated()
{
    QFETCH(QString, file);
    QFETCH(bool, pluralsOnly);
    QString error;
    QHash<QString, Message> translated;
    for (const Message &message : readTs(file, &error)) {
        translated.insert(message.key(), message);
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList problems;
    int checked = 0;
    for (const Message &wanted : std::as_const(m_messages)) {
        if (pluralsOnly && !wanted.numerus) {
            continue;
        }
        ++checked;
        const auto it = translated.constFind(wanted.key());
        if (it == translated.constEnd()) {
            problems.append(QStringLiteral("missing: ") + wanted.where());
            continue;
        }
        if (!it->type.isEmpty()) { // unfinished, or vanished although the code still uses it
            problems.append(it->type + QStringLiteral(": ") + wanted.where());
            continue;
        }
        // German and English both have two plural forms: one, and everything else.
        if (it->translations.size() != (wanted.numerus ? 2 : 1)) {
            problems.append(QStringLiteral("%1 forms: ").arg(it->translations.size()) + wanted.where());
            continue;
        }
        for (const QString &translation : it->translations) {
            if (translation.trimmed().isEmpty()) {
                problems.append(QStringLiteral("empty: ") + wanted.where());
            } else if (placeholders(translation) != placeholders(wanted.source)) {
                problems.append(QStringLiteral("placeholders %1 instead of %2: ")
                                    .arg(placeholders(translation).join(u' '), placeholders(wanted.source).join(u' ')) +
                                wanted.where());
            } else if (hasMnemonic(translation) != hasMnemonic(wanted.source)) {
                problems.append(QStringLiteral("accelerator (&) lost or added: ") + wanted.where());
            }
        }
    }
    QVERIFY2(checked > 0, "nothing was checked");
    QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + QStringLiteral(" to do in ") + file +
                                            QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
