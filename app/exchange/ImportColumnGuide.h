#pragma once

#include "exchange/ImportColumns.h"
#include "exchange/TabularFile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ud {

// One column of an import sheet as the import dialog explains it: the template's header, the
// other headers accepted for it, what it holds and whether a file must have it.
struct ImportColumnGuide
{
    enum class Need { Required, OneOf, Optional };

    QString key;
    QString header;
    QStringList alsoAccepted;
    QString meaning;
    Need need = Need::Optional;
};

// The guide of an importer's columns, made from its own ImportColumns (so the dialog and the
// template follow the importer), and the template file.
class ImportColumnGuides
{
public:
    // `headers`: the template headers in the order of columns.specs() (an importer may add a
    // unit, 请求金额(元)); `meaning`: what a column holds, by key.
    static QList<ImportColumnGuide> from(const ImportColumns &columns, const QStringList &headers,
                                         const std::function<QString(const QString &key)> &meaning);
    // A template: the headers and no rows. Written as CSV (TabularFile) it is UTF-8 with a BOM
    // and CRLF, so Excel opens it with the Chinese intact.
    static Table templateTable(const QList<ImportColumnGuide> &guide);
};

} // namespace ud
