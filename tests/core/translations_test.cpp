// Every user-visible string can be translated: lupdate finds each one under a context the code looks it up by at
// run time. A string filed under a context no code asks for (a hand-written tr() outside a class, a class without
// Q_OBJECT or Q_DECLARE_TR_FUNCTIONS) would stay in English in every language.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lupdateFindsNoStrayTr();
    void everyContextIsOneTheCodeUses();

private:
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

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translations_test.moc"
