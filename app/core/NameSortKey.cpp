#include "core/NameSortKey.h"

#include <unicode/ucol.h>
#include <unicode/uversion.h>

#include <memory>

namespace ud {

namespace {

struct CollatorClose
{
    void operator()(UCollator *c) const { ucol_close(c); }
};
using Collator = std::unique_ptr<UCollator, CollatorClose>;

// The Chinese collator with QCollator's settings for case-insensitive comparison (see
// qcollator_icu.cpp: normalisation on, secondary strength, no numeric collation, punctuation
// not ignorable). Null when ICU has no data for it.
Collator openCollator()
{
    UErrorCode status = U_ZERO_ERROR;
    Collator c(ucol_open("zh_CN", &status));
    if (U_FAILURE(status) || !c)
        return nullptr;
    ucol_setAttribute(c.get(), UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
    ucol_setAttribute(c.get(), UCOL_STRENGTH, UCOL_SECONDARY, &status);
    ucol_setAttribute(c.get(), UCOL_NUMERIC_COLLATION, UCOL_OFF, &status);
    ucol_setAttribute(c.get(), UCOL_ALTERNATE_HANDLING, UCOL_NON_IGNORABLE, &status);
    return U_FAILURE(status) ? nullptr : std::move(c);
}

UCollator *collator()
{
    thread_local const Collator c = openCollator();
    return c.get();
}

} // namespace

QByteArray NameSortKey::of(const QString &name)
{
    const QString text = name.trimmed();
    UCollator *c = collator();
    if (!c)
        return text.toUtf8(); // no collation data: code point order, still a consistent key
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = static_cast<int32_t>(text.size());
    QByteArray key(qMax<qsizetype>(32, text.size() * 4 + 8), Qt::Uninitialized);
    auto *out = reinterpret_cast<uint8_t *>(key.data());
    int32_t needed = ucol_getSortKey(c, chars, length, out, static_cast<int32_t>(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        out = reinterpret_cast<uint8_t *>(key.data());
        needed = ucol_getSortKey(c, chars, length, out, needed);
    }
    if (needed <= 0)
        return text.toUtf8();
    key.resize(needed - 1); // the count includes the terminating zero byte
    return key;
}

QString NameSortKey::version()
{
    UCollator *c = collator();
    if (!c)
        return QStringLiteral("code points");
    UVersionInfo collatorVersion;
    ucol_getVersion(c, collatorVersion);
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(collatorVersion, text);
    return QStringLiteral("icu %1; zh; collator %2; secondary")
        .arg(QLatin1String(U_ICU_VERSION), QLatin1String(text));
}

} // namespace ud
