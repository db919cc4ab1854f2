#include "pdffinisher.h"

#include <QFile>
#include <QIODevice>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <exception>
#include <vector>

namespace Credence::Core {

int PdfFinish::finalPage(int drawn) const
{
    if (moveCount <= 0) {
        return drawn;
    }
    if (drawn >= moveFrom && drawn < moveFrom + moveCount) {
        return moveTo + (drawn - moveFrom);
    }
    if (drawn >= moveTo && drawn < moveFrom) {
        return drawn + moveCount;
    }
    return drawn;
}

namespace {

QByteArray bytes(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

QByteArray reference(const QPDFObjGen &id)
{
    return QByteArray::number(id.getObj()) + ' ' + QByteArray::number(id.getGen()) + " R";
}

QByteArray reference(int id)
{
    return QByteArray::number(id) + " 0 R";
}

QByteArray text(const QString &value)
{
    return bytes(QPDFObjectHandle::newUnicodeString(value.toStdString()).unparse());
}

/// @p dict as PDF syntax without @p drop and with @p add (keys with their values already written as PDF).
QByteArray dictionaryWith(QPDFObjectHandle dict, const QList<QByteArray> &drop,
                          const QList<std::pair<QByteArray, QByteArray>> &add)
{
    QPDFObjectHandle copy = dict.shallowCopy();
    for (const QByteArray &key : drop) {
        copy.removeKey(key.toStdString());
    }
    for (const auto &[key, value] : add) {
        copy.removeKey(key.toStdString());
    }
    QByteArray out = bytes(copy.unparseResolved()).trimmed();
    out.chop(2); // ">>"
    for (const auto &[key, value] : add) {
        out += ' ' + key + ' ' + value;
    }
    return out + " >>";
}

/// The objects appended to a PDF as an incremental update (ISO 32000-1, 7.5.6): new objects and new versions of old
/// ones after the original bytes, with their own cross-reference section pointing back to the original's. The
/// original is copied as it is, so nothing of it is parsed beyond the few objects changed.
class Update
{
public:
    Update(qint64 base, int firstFreeId)
        : m_base(base)
        , m_next(firstFreeId)
    {}

    int allocate() { return m_next++; }
    void write(int id, int generation, const QByteArray &object)
    {
        m_offsets.insert(id, {m_base + m_body.size(), generation});
        m_body += QByteArray::number(id) + ' ' + QByteArray::number(generation) + " obj\n" + object + "\nendobj\n";
    }
    void writeStream(int id, int generation, const QByteArray &data)
    {
        write(id, generation, "<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream");
    }
    int size() const { return m_next; }

    /// The update's bytes: objects, cross-reference section, trailer.
    QByteArray finish(const QByteArray &trailerEntries, qint64 previousXref)
    {
        const qint64 xref = m_base + m_body.size();
        QByteArray out = m_body + "xref\n";
        // Subsections of consecutive object numbers.
        for (auto it = m_offsets.cbegin(); it != m_offsets.cend();) {
            auto end = it;
            int count = 0;
            while (end != m_offsets.cend() && end.key() == it.key() + count) {
                ++end;
                ++count;
            }
            out += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
            for (; it != end; ++it) {
                out += QByteArray::number(it->first).rightJustified(10, '0') + ' ' +
                       QByteArray::number(it->second).rightJustified(5, '0') + " n \n";
            }
        }
        out += "trailer\n<< /Size " + QByteArray::number(m_next) + ' ' + trailerEntries + " /Prev " +
               QByteArray::number(previousXref) + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return out;
    }

private:
    qint64 m_base = 0;
    int m_next = 0;
    QByteArray m_body;
    QMap<int, std::pair<qint64, int>> m_offsets;
};

/// @p cmap (a ToUnicode CMap as Qt writes it) with every destination that is a presentation form (Arabic contextual
/// forms, Latin ligatures) replaced by the letters it stands for (NFKC). Qt maps each glyph back to a code point
/// through the font's cmap, and the glyph HarfBuzz picks for an Arabic letter inside a word is only listed there under
/// its presentation form: without this, "صحيفة" is extracted, searched and copied as "ﺻﺤﻴﻔﺔ".
QByteArray withLogicalLetters(const QByteArray &cmap, bool *changed)
{
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    static const QRegularExpression array(QStringLiteral("\\[[^\\]]*\\]"));
    static const QRegularExpression pair(QStringLiteral("^(\\s*<[0-9A-Fa-f]+>\\s*)<([0-9A-Fa-f]{4})>"),
                                         QRegularExpression::MultilineOption);
    const auto logical = [changed](const QString &hex) -> QString {
        const char16_t code = char16_t(hex.toUInt(nullptr, 16));
        const bool presentation = (code >= 0xFB00 && code <= 0xFDFF) || (code >= 0xFE70 && code <= 0xFEFF);
        if (!presentation) {
            return QStringLiteral("<") + hex + u'>';
        }
        const QString letters = QString(QChar(code)).normalized(QString::NormalizationForm_KC);
        QString out = QStringLiteral("<");
        for (const QChar c : letters) {
            out += QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        }
        *changed = true;
        return out + u'>';
    };
    const auto replaceTokens = [&](const QString &in) -> QString {
        QString out;
        qsizetype at = 0;
        for (QRegularExpressionMatchIterator it = token.globalMatch(in); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += in.mid(at, m.capturedStart() - at) + logical(m.captured(1));
            at = m.capturedEnd();
        }
        return out + in.mid(at);
    };
    const QString in = QString::fromLatin1(cmap);
    QString out;
    // Destinations stand in arrays ("<first> <last> [<dst> ...]") and, in bfchar sections, second on a line.
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = array.globalMatch(in); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += in.mid(at, m.capturedStart() - at) + replaceTokens(m.captured());
        at = m.capturedEnd();
    }
    out += in.mid(at);
    const qsizetype charsAt = out.indexOf(QStringLiteral("beginbfchar"));
    if (charsAt >= 0) {
        const QString tail = out.mid(charsAt);
        QString replaced;
        qsizetype from = 0;
        for (QRegularExpressionMatchIterator it = pair.globalMatch(tail); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            replaced += tail.mid(from, m.capturedStart() - from) + m.captured(1) + logical(m.captured(2));
            from = m.capturedEnd();
        }
        out = out.left(charsAt) + replaced + tail.mid(from);
    }
    return out.toLatin1();
}

/// New versions of the ToUnicode maps of the fonts the pages use (see withLogicalLetters()).
void mapGlyphsToLetters(std::vector<QPDFObjectHandle> &pages, Update &update)
{
    QSet<std::pair<int, int>> done;
    QSet<std::pair<int, int>> resourcesSeen;
    for (QPDFObjectHandle &page : pages) {
        QPDFObjectHandle resources = page.getKey("/Resources");
        if (resources.isIndirect()) {
            const QPDFObjGen id = resources.getObjGen();
            if (resourcesSeen.contains({id.getObj(), id.getGen()})) {
                continue;
            }
            resourcesSeen.insert({id.getObj(), id.getGen()});
        }
        QPDFObjectHandle fonts = resources.getKeyIfDict("/Font");
        if (!fonts.isDictionary()) {
            continue;
        }
        for (const std::string &key : fonts.getKeys()) {
            QPDFObjectHandle map = fonts.getKey(key).getKeyIfDict("/ToUnicode");
            if (!map.isStream() || !map.isIndirect()) {
                continue;
            }
            const QPDFObjGen id = map.getObjGen();
            if (done.contains({id.getObj(), id.getGen()})) {
                continue;
            }
            done.insert({id.getObj(), id.getGen()});
            const std::shared_ptr<Buffer> data = map.getStreamData(qpdf_dl_generalized);
            bool changed = false;
            const QByteArray rewritten = withLogicalLetters(
                QByteArray(reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize())), &changed);
            if (changed) {
                update.writeStream(id.getObj(), id.getGen(), rewritten);
            }
        }
    }
}

/// The offset of the cross-reference section the file's last "startxref" names.
qint64 lastXref(const QByteArray &tail)
{
    const qsizetype at = tail.lastIndexOf("startxref");
    if (at < 0) {
        return -1;
    }
    bool ok = false;
    const qint64 offset = tail.mid(at + 9).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    return ok ? offset : -1;
}

} // namespace

QString PdfFinisher::finish(const QString &input, QIODevice *output, const PdfFinish &finish)
{
    // Mapped rather than read through a FILE: qpdf seeks before every object it reads, a system call each time.
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        return PdfFinisher::tr("Cannot read %1: %2").arg(input, file.errorString());
    }
    const qint64 size = file.size();
    const uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    if (!mapped) {
        return PdfFinisher::tr("Cannot read %1: %2").arg(input, file.errorString());
    }
    const QByteArray original = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size);
    const qint64 previousXref = lastXref(original.right(1024));
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile(QFile::encodeName(input).constData(), original.constData(), size_t(size));
        if (previousXref < 0) {
            return PdfFinisher::tr("The PDF could not be finished: it has no cross-reference table.");
        }
        QPDFObjectHandle trailer = pdf.getTrailer();
        // The update starts after the original's last line (a line break is added when it has none).
        const bool endsWithLine = original.endsWith('\n') || original.endsWith('\r');
        Update update(size + (endsWithLine ? 0 : 1), int(trailer.getKey("/Size").getIntValue()));

        std::vector<QPDFObjectHandle> drawn = pdf.getAllPages();
        const int pageCount = int(drawn.size());
        QPDFObjectHandle root = pdf.getRoot();
        QPDFObjectHandle pagesNode = root.getKey("/Pages");

        // The pages in reading order: Qt writes them as one list under the root of the page tree.
        if (finish.moveCount > 0 && finish.moveFrom + finish.moveCount <= pageCount && finish.moveTo < pageCount) {
            QPDFObjectHandle kids = pagesNode.getKey("/Kids");
            if (!kids.isArray() || kids.getArrayNItems() != pageCount || !pagesNode.isIndirect()) {
                return PdfFinisher::tr("The PDF could not be finished: its pages are not laid out as expected.");
            }
            QList<int> order(pageCount);
            for (int drawnPage = 0; drawnPage < pageCount; ++drawnPage) {
                order[finish.finalPage(drawnPage)] = drawnPage;
            }
            QByteArray list = "[";
            for (const int drawnPage : std::as_const(order)) {
                list += ' ' + reference(drawn[size_t(drawnPage)].getObjGen());
            }
            list += " ]";
            const QPDFObjGen id = pagesNode.getObjGen();
            update.write(id.getObj(), id.getGen(), dictionaryWith(pagesNode, {}, {{"/Kids", list}}));
        }

        mapGlyphsToLetters(drawn, update);

        const auto destination = [&drawn](int page, qreal topFromTop) {
            const QPDFObjectHandle::Rectangle box =
                QPDFPageObjectHelper(drawn[size_t(page)]).getMediaBox().getArrayAsRectangle();
            return "[ " + reference(drawn[size_t(page)].getObjGen()) + " /XYZ null " +
                   QByteArray::number(box.ury - topFromTop, 'f', 2) + " null ]";
        };

        // The outline: chapters at the top, the sources under the chapter before them.
        struct Item
        {
            int id = 0;
            const ReportAnchor *anchor = nullptr;
            QList<Item> children;
        };
        QList<Item> top;
        for (const ReportAnchor &anchor : finish.anchors) {
            if (anchor.page < 0 || anchor.page >= pageCount) {
                continue;
            }
            Item item{update.allocate(), &anchor, {}};
            if (anchor.level > 0 && !top.isEmpty()) {
                top.last().children.append(item);
            } else {
                top.append(item);
            }
        }
        QByteArray catalogAdditions;
        if (!top.isEmpty()) {
            const int outlines = update.allocate();
            int visible = int(top.size());
            const std::function<void(const QList<Item> &, int)> writeLevel = [&](const QList<Item> &items, int parent) {
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const Item &item = items.at(i);
                    QByteArray dict = "<< /Title " + text(item.anchor->title) + " /Parent " + reference(parent) +
                                      " /Dest " + destination(item.anchor->page, item.anchor->top);
                    if (i > 0) {
                        dict += " /Prev " + reference(items.at(i - 1).id);
                    }
                    if (i + 1 < items.size()) {
                        dict += " /Next " + reference(items.at(i + 1).id);
                    }
                    if (!item.children.isEmpty()) {
                        // Open: the sources show under "Sources" without a click.
                        dict += " /First " + reference(item.children.first().id) + " /Last " +
                                reference(item.children.last().id) + " /Count " +
                                QByteArray::number(item.children.size());
                        visible += int(item.children.size());
                        writeLevel(item.children, item.id);
                    }
                    update.write(item.id, 0, dict + " >>");
                }
            };
            writeLevel(top, outlines);
            update.write(outlines, 0,
                         "<< /Type /Outlines /First " + reference(top.first().id) + " /Last " +
                             reference(top.last().id) + " /Count " + QByteArray::number(visible) + " >>");
            catalogAdditions = reference(outlines);
        }
        if (root.isIndirect()) {
            QList<std::pair<QByteArray, QByteArray>> add;
            if (!catalogAdditions.isEmpty()) {
                add = {{"/Outlines", catalogAdditions}, {"/PageMode", "/UseOutlines"}};
            }
            const QPDFObjGen id = root.getObjGen();
            update.write(id.getObj(), id.getGen(), dictionaryWith(root, {}, add));
        }

        // Links from the contents' lines to their places.
        QMap<int, QList<int>> annotationsOfPage;
        for (const ReportLink &link : finish.links) {
            if (link.page < 0 || link.page >= pageCount || link.anchor < 0 || link.anchor >= finish.anchors.size()) {
                continue;
            }
            const ReportAnchor &target = finish.anchors.at(link.anchor);
            if (target.page < 0 || target.page >= pageCount) {
                continue;
            }
            const qreal height = QPDFObjectHandle(QPDFPageObjectHelper(drawn[size_t(link.page)]).getMediaBox())
                                     .getArrayAsRectangle()
                                     .ury;
            const int id = update.allocate();
            update.write(id, 0,
                         "<< /Type /Annot /Subtype /Link /Rect [ " + QByteArray::number(link.rect.left(), 'f', 2) +
                             ' ' + QByteArray::number(height - link.rect.bottom(), 'f', 2) + ' ' +
                             QByteArray::number(link.rect.right(), 'f', 2) + ' ' +
                             QByteArray::number(height - link.rect.top(), 'f', 2) + " ] /Border [ 0 0 0 ] /Dest " +
                             destination(target.page, target.top) + " >>");
            annotationsOfPage[link.page].append(id);
        }
        for (auto it = annotationsOfPage.cbegin(); it != annotationsOfPage.cend(); ++it) {
            QPDFObjectHandle page = drawn[size_t(it.key())];
            QByteArray list = "[";
            const QPDFObjectHandle existing = page.getKey("/Annots");
            if (existing.isArray()) {
                for (int i = 0; i < existing.getArrayNItems(); ++i) {
                    list += ' ' + bytes(existing.getArrayItem(i).unparse());
                }
            }
            for (const int id : it.value()) {
                list += ' ' + reference(id);
            }
            list += " ]";
            const QPDFObjGen id = page.getObjGen();
            update.write(id.getObj(), id.getGen(), dictionaryWith(page, {}, {{"/Annots", list}}));
        }

        // Title and author in the document's information.
        QByteArray trailerEntries = "/Root " + reference(root.getObjGen());
        QList<std::pair<QByteArray, QByteArray>> info;
        if (!finish.title.isEmpty()) {
            info.append({"/Title", text(finish.title)});
        }
        if (!finish.author.isEmpty()) {
            info.append({"/Author", text(finish.author)});
        }
        QPDFObjectHandle infoDict = trailer.getKey("/Info");
        if (infoDict.isDictionary() && infoDict.isIndirect()) {
            const QPDFObjGen id = infoDict.getObjGen();
            update.write(id.getObj(), id.getGen(), dictionaryWith(infoDict, {}, info));
            trailerEntries += " /Info " + reference(id);
        } else if (!info.isEmpty()) {
            const int id = update.allocate();
            update.write(id, 0, dictionaryWith(QPDFObjectHandle::newDictionary(), {}, info));
            trailerEntries += " /Info " + reference(id);
        }
        const QPDFObjectHandle documentId = trailer.getKey("/ID");
        if (documentId.isArray()) {
            trailerEntries += " /ID " + bytes(documentId.unparse());
        }

        const QByteArray tail = update.finish(trailerEntries, previousXref);
        // The original as it is, then the update.
        constexpr qint64 Chunk = qint64(1) << 20;
        for (qint64 at = 0; at < size; at += Chunk) {
            const qint64 length = std::min(Chunk, size - at);
            if (output->write(original.constData() + at, length) != length) {
                return output->errorString();
            }
        }
        if (!endsWithLine && output->write("\n", 1) != 1) {
            return output->errorString();
        }
        if (output->write(tail) != tail.size()) {
            return output->errorString();
        }
        return {};
    } catch (const std::exception &error) {
        return PdfFinisher::tr("The PDF could not be finished: %1").arg(QString::fromLocal8Bit(error.what()));
    }
}

} // namespace Credence::Core
