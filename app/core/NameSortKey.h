#pragma once

#include <QByteArray>
#include <QString>

namespace ud {

// A name's place in the order a Chinese reader looks for names: by pinyin (丁 付 任 于), not by
// code point (丁 于 付 任). The key's bytes compare (memcmp, as SQLite compares BLOBs) as the
// names do, so a list of any length can be paged in this order from an index on the stored key
// (schema 16: workers.name_key, employers.name_key).
//
// It is ICU's sort key for the Chinese collation with the settings Qt's QCollator uses for
// QLocale(Chinese, China) and Qt::CaseInsensitive (what NameOrder sorts with in memory):
// canonical normalisation on, secondary strength (case ignored), punctuation not ignored. A key
// depends on the ICU version and its collation data, so the database stores version() beside
// its keys and makes them anew when it differs.
class NameSortKey
{
public:
    // The key of `name` (without ICU's trailing zero byte). Leading and trailing white space
    // does not count. Thread-safe (one collator per thread).
    static QByteArray of(const QString &name);
    // What the keys depend on: the ICU and collator versions and the settings, e.g.
    // "icu 72.1; zh; collator 153.112.32.45; secondary". Equal versions give equal keys.
    static QString version();
};

} // namespace ud
