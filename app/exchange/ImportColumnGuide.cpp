#include "exchange/ImportColumnGuide.h"

namespace ud {

QList<ImportColumnGuide> ImportColumnGuides::from(const ImportColumns &columns, const QStringList &headers,
                                                 const std::function<QString(const QString &key)> &meaning)
{
    QList<ImportColumnGuide> out;
    const QList<ColumnSpec> &specs = columns.specs();
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const ColumnSpec &spec = specs.at(i);
        ImportColumnGuide g;
        g.key = QLatin1String(spec.key);
        QStringList names = QString::fromUtf8(spec.names).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        g.header = i < headers.size() ? headers.at(i) : names.value(0);
        if (!names.isEmpty())
            names.removeFirst();
        g.alsoAccepted = names;
        g.meaning = meaning ? meaning(g.key) : QString();
        g.need = spec.required ? ImportColumnGuide::Need::Required : ImportColumnGuide::Need::Optional;
        for (const QStringList &group : columns.oneOfGroups())
            if (group.contains(g.key) && !spec.required)
                g.need = ImportColumnGuide::Need::OneOf;
        out.append(g);
    }
    return out;
}

Table ImportColumnGuides::templateTable(const QList<ImportColumnGuide> &guide)
{
    Table t;
    for (const ImportColumnGuide &g : guide)
        t.headers.append(g.header);
    return t;
}

} // namespace ud
