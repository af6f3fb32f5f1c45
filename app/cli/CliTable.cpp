#include "cli/CliTable.h"

#include <algorithm>

namespace ud {

int CliTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const uint c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                          || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                          || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

void CliTable::print(QTextStream &out, const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return;
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &r : rows)
        for (int c = 0; c < r.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths.at(c), displayWidth(r.at(c)));
    for (const QStringList &r : rows) {
        QString line;
        for (int c = 0; c < r.size(); ++c) {
            line += r.at(c);
            if (c + 1 < r.size())
                line += QString(std::max(0, widths.at(c) + 2 - displayWidth(r.at(c))), QLatin1Char(' '));
        }
        out << line << '\n';
    }
}

} // namespace ud
