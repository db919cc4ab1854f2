#pragma once

#include <QString>

namespace Credence::Ui {

/// @p text as a tooltip that shows it exactly as written: Qt would read a tooltip that looks like markup as rich
/// text, so text from an imported page ("<b>", "&amp;") is escaped inside a paragraph that keeps its line breaks.
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace Credence::Ui
