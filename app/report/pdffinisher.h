#pragma once

#include "pagecomposer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace Credence::Core {

/// What QPdfWriter cannot do, done to the PDF it wrote (with qpdf): pages moved into place (a contents page is drawn
/// last, when the pages it lists are known, and moved to the front), the outline (bookmarks) a PDF viewer shows beside
/// the pages, links from the contents' lines to their pages, and the author in the document's information.
struct PdfFinish
{
    QString title;
    QString author;
    QList<ReportAnchor> anchors; ///< pages as drawn
    QList<ReportLink> links;     ///< pages as drawn
    /// Pages [moveFrom, moveFrom + moveCount) as drawn go before page moveTo as drawn; nothing moves when moveCount
    /// is 0.
    int moveFrom = 0;
    int moveCount = 0;
    int moveTo = 0;

    /// Where page @p drawn (as drawn) ends up.
    int finalPage(int drawn) const;
};

class PdfFinisher
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::PdfFinisher)

public:
    /// Reads the PDF at @p input, applies @p finish and writes the result to @p output. Returns an error message, or
    /// an empty string on success.
    static QString finish(const QString &input, QIODevice *output, const PdfFinish &finish);
};

} // namespace Credence::Core
