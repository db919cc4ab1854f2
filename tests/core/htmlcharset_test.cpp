// Character sets of HTML pages: the encoding detected from a byte order mark, a declaration or the bytes
// themselves, and the text decoded with it (import/charset/htmlcharset).

#include "htmltestpages.h"
#include "import/charset/htmlcharset.h"

#include <QStringEncoder>
#include <QTest>

using namespace Credence::Core;
using Credence::Test::page;

class HtmlCharsetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8PassedThrough_data();
    void utf8PassedThrough();
    void charsets_data();
    void charsets();
};

void HtmlCharsetTest::utf8PassedThrough_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("textual");
    const QByteArray start("<html><head><meta charset=\"utf-8\"></head><body><p>");
    QTest::newRow("plain") << start + "Z\xC3\xBCrich \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80</p>" << true;
    QTest::newRow("cut off in a character") << start + "Z\xC3\xBCrich \xE2\x80" << true;
    QTest::newRow("C1 controls") << start + QByteArray("\xC2\x80\xC2\x81\xC2\x9F").repeated(100) << false;
    QTest::newRow("controls after the sample") << start + QByteArray(70000, 'a') + QByteArray(4000, '\x01') << true;
    QTest::newRow("DEL between letters") << start + QByteArray("abcdefghijklm\x7F").repeated(300) << false;
    QTest::newRow("white space controls") << start + QByteArray("one\ttwo\fthree\r\nfour ").repeated(300) << true;
    QTest::newRow("non-characters") << start + QByteArray("\xEF\xB7\x90\xEF\xBF\xBE ").repeated(100) << false;
}

void HtmlCharsetTest::utf8PassedThrough()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, textual);
    bool decodedOk = !textual;
    const QString decoded = decodeHtml(bytes, &decodedOk);
    QCOMPARE(decodedOk, textual);
    bool ok = !textual;
    const QByteArray utf8 = decodeHtmlToUtf8(bytes, &ok);
    QCOMPARE(ok, textual);
    QCOMPARE(utf8, decoded.toUtf8());
    if (textual && bytes.isValidUtf8()) {
        QCOMPARE(utf8.constData(), bytes.constData()); // not copied
    }
}

void HtmlCharsetTest::charsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<int>("origin");
    QTest::addColumn<QString>("expected");

    using Origin = HtmlEncoding::Origin;
    const auto cp1252 = [](const QString &text) {
        QStringEncoder encoder("windows-1252");
        return QByteArray(encoder.encode(text));
    };
    const QString french = QStringLiteral(
        "<p>Le café du marché a rouvert jeudi après trois mois de travaux. La gérante, Hélène Bérard, a déclaré "
        "que la clientèle était revenue dès le premier matin, malgré la pluie et la fermeture de la rue voisine, "
        "où les ouvriers réparent toujours la chaussée. « C’est une fête », a-t-elle ajouté, en servant des crêpes "
        "à 3 € aux enfants de l’école élémentaire, qui étaient venus goûter après la classe.</p>");

    QTest::newRow("meta charset windows-1252")
        << (QByteArray("<html><head><meta charset=\"windows-1252\"></head><body>") +
            cp1252(QStringLiteral("<p>café “quoted” €5</p>")) + "</body></html>")
        << QByteArray("windows-1252") << int(Origin::Declared) << QStringLiteral("café “quoted” €5");
    QTest::newRow("http-equiv ISO-8859-1 read as windows-1252")
        << (QByteArray("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">"
                       "</head><body>") +
            cp1252(QStringLiteral("<p>naïve – dash</p>")) + "</body></html>")
        << QByteArray("windows-1252") << int(Origin::Declared) << QStringLiteral("naïve – dash");
    QTest::newRow("XML declaration")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><html><body><p>price \xA4 5</p></body></html>")
        << QByteArray("iso-8859-15") << int(Origin::Declared) << QStringLiteral("price € 5");
    QTest::newRow("KOI8-R declared") << (QByteArray("<html><head><meta charset='koi8-r'></head><body><p>") +
                                         QByteArray::fromHex("f0d2c9d7c5d4") + "</p></body></html>")
                                     << QByteArray("koi8-r") << int(Origin::Declared) << QStringLiteral("Привет");
    QTest::newRow("Shift_JIS declared")
        << (QByteArray("<html><head><meta http-equiv=content-type content='text/html;charset=Shift_JIS'></head>"
                       "<body><p>") +
            QByteArray::fromHex("93fa967b") + "</p></body></html>")
        << QByteArray("shift_jis") << int(Origin::Declared) << QStringLiteral("日本");
    QTest::newRow("UTF-8 byte order mark")
        << QByteArray("\xEF\xBB\xBF<html><body><p>Z\xC3\xBCrich</p></body></html>") << QByteArray("UTF-8")
        << int(Origin::ByteOrderMark) << QStringLiteral("Zürich");
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16LE byte order mark")
        << QByteArray(utf16.encode(QStringLiteral("<html><body><p>Łódź</p></body></html>"))) << QByteArray("UTF-16LE")
        << int(Origin::ByteOrderMark) << QStringLiteral("Łódź");
    QTest::newRow("UTF-8 undeclared")
        << page(QString(), QStringLiteral("<p>Kraków “naïve”</p>")).replace("<meta charset=\"utf-8\">", "")
        << QByteArray("UTF-8") << int(Origin::Detected) << QStringLiteral("Kraków “naïve”");
    QTest::newRow("windows-1252 undeclared (ICU)")
        << (QByteArray("<html><body>") + cp1252(french) + "</body></html>") << QByteArray("windows-1252")
        << int(Origin::Detected) << QStringLiteral("« C’est une fête », a-t-elle ajouté, en servant des crêpes à 3 €");
    QTest::newRow("declared UTF-8 but windows-1252")
        << (QByteArray("<html><head><meta charset=\"utf-8\"></head><body>") + cp1252(french) + "</body></html>")
        << QByteArray("windows-1252") << int(Origin::Detected) << QStringLiteral("La gérante, Hélène Bérard");
    // A few bytes that are not UTF-8 in a UTF-8 page: the page stays UTF-8, those bytes become U+FFFD.
    QTest::newRow("declared UTF-8 with one bad byte")
        << QByteArray("<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xC3\xA9 in Z\xC3\xBCrich \x96 open "
                      "again</p></body></html>")
        << QByteArray("UTF-8") << int(Origin::Declared) << QStringLiteral("Café in Zürich \uFFFD open again");
    QTest::newRow("declared UTF-8 with bad bytes among many letters")
        << (QByteArray("<html><head><meta charset=\"utf-8\"></head><body>") +
            french.toUtf8().replace("trois", "\x93trois\x94").replace(" 3 ", " \x80") + "</body></html>")
        << QByteArray("UTF-8") << int(Origin::Declared)
        << QStringLiteral("après \uFFFDtrois\uFFFD mois de travaux. La gérante, Hélène Bérard");
    // Not a UTF-8 page at all, whatever it says: no character of it is UTF-8, its one letter beyond ASCII is not.
    QTest::newRow("declared UTF-8, ASCII and one windows-1252 letter")
        << QByteArray("<html><head><meta charset=\"utf-8\"></head><body><p>The town's only caf\xE9 reopened on "
                      "Monday after the floods of last winter closed it for six months.</p></body></html>")
        << QByteArray("windows-1252") << int(Origin::Detected) << QStringLiteral("only café reopened");
    QTest::newRow("declaration inside a comment ignored")
        << QByteArray("<html><head><!-- <meta charset=\"koi8-r\"> --></head><body><p>Z\xC3\xBCrich</p></body></html>")
        << QByteArray("UTF-8") << int(Origin::Detected) << QStringLiteral("Zürich");
}

void HtmlCharsetTest::charsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(int, origin);
    QFETCH(QString, expected);

    const HtmlEncoding detected = detectHtmlEncoding(bytes);
    QCOMPARE(detected.name.toLower(), encoding.toLower());
    QCOMPARE(int(detected.origin), origin);
    bool ok = false;
    const QString text = decodeHtml(bytes, &ok);
    QVERIFY(ok);
    QVERIFY2(text.contains(expected), qPrintable(text));
    // What the parser is given: the same text in UTF-8, whether it was re-encoded or passed through.
    ok = false;
    QCOMPARE(decodeHtmlToUtf8(bytes, &ok), text.toUtf8());
    QVERIFY(ok);
}

QTEST_MAIN(HtmlCharsetTest)

#include "htmlcharset_test.moc"
