// The text document that shows imported rich text (richtext/safetextdocument) loads no resource, local or remote.

#include "richtext/safetextdocument.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Credence::Core;

class SafeTextDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeDocumentLoadsNothing();
};

void SafeTextDocumentTest::safeDocumentLoadsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pixel.png"));
    QImage pixel(4, 4, QImage::Format_RGB32);
    pixel.fill(Qt::red);
    QVERIFY(pixel.save(path));
    const QUrl url = QUrl::fromLocalFile(path);

    // A plain QTextDocument reads local files: the check below could fail.
    QTextDocument plain;
    QVERIFY(plain.resource(QTextDocument::ImageResource, url).isValid());

    SafeTextDocument safe;
    safe.setHtml(QStringLiteral("<p>Text <img src='%1'></p>").arg(url.toString()));
    QVERIFY(!safe.resource(QTextDocument::ImageResource, url).isValid());
    QVERIFY(!safe.resource(QTextDocument::StyleSheetResource, url).isValid());
    QCOMPARE(safe.toPlainText().trimmed().left(4), QStringLiteral("Text"));
}

QTEST_MAIN(SafeTextDocumentTest)

#include "safetextdocument_test.moc"
