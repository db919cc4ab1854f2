#include "richtext/safetextdocument.h"

namespace Credence::Core {

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

} // namespace Credence::Core
