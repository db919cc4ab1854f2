#pragma once

#include <QTextDocument>

namespace Credence::Core {

/// A QTextDocument that never loads a resource: imported markup must not reach the network or local files.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace Credence::Core
