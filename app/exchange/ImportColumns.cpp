#include "exchange/ImportColumns.h"

namespace ud {

namespace {

QStringList split(const char *names)
{
    return QString::fromUtf8(names).split(QLatin1Char('|'));
}

} // namespace

ImportColumns::ImportColumns(const QList<ColumnSpec> &specs) : m_specs(specs)
{
    for (const ColumnSpec &spec : specs) {
        const QString key = QString::fromLatin1(spec.key);
        for (const QString &name : split(spec.names))
            if (!m_keyOfName.contains(name))
                m_keyOfName.insert(name, key);
    }
}

ImportColumns &ImportColumns::requireOneOf(const QStringList &keys)
{
    m_oneOf << keys;
    return *this;
}

QStringList ImportColumns::templateHeaders() const
{
    QStringList out;
    for (const ColumnSpec &spec : m_specs)
        out << split(spec.names).first();
    return out;
}

QString ImportColumns::templateHeader(const QString &key) const
{
    for (const ColumnSpec &spec : m_specs)
        if (key == QLatin1String(spec.key))
            return split(spec.names).first();
    return key;
}

bool ImportColumns::isIgnored(const QString &normalHeader)
{
    // Row numbers that forms carry.
    static const QStringList ignored = split("序号|编号|no|no.|#");
    return ignored.contains(normalHeader);
}

} // namespace ud
