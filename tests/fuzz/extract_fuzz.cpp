// libFuzzer target for article extraction: arbitrary bytes go through extractBytes() once as an HTML page and once
// as a text dump, and whatever body comes out is cut into claims, as an import would. Built and run by run_fuzz.sh
// with clang, AddressSanitizer and UndefinedBehaviorSanitizer; never part of the normal build or of ctest.

#include "import/importer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A deep copy, NUL-terminated like the QByteArray QFile::readAll() gives the importer.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &name : {QStringLiteral("x.html"), QStringLiteral("x.txt")}) {
        const Credence::Core::ExtractResult result = Credence::Core::extractBytes(bytes, name);
        if (result.article) {
            const QList<Credence::Core::Claim> claims =
                Credence::Core::claimsForBody(result.article->body, result.article->language);
            for (const Credence::Core::Claim &claim : claims) {
                // Claims must point into the body: the article view highlights them by these offsets.
                if (claim.start < 0 || claim.end > result.article->body.size() || claim.start > claim.end) {
                    __builtin_trap();
                }
            }
        }
    }
    return 0;
}
