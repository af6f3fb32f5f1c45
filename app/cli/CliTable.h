#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace ud {

// A plain-text table for a terminal: columns padded to their widest cell (CJK characters take
// two cells), two spaces apart, the first row as the header.
class CliTable
{
public:
    static void print(QTextStream &out, const QList<QStringList> &rows);
    static int displayWidth(const QString &text);
};

} // namespace ud
