#include "cli/CliOptions.h"

namespace ud {

bool CliOptions::take(QStringList &args, const QString &name, QString *value, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == name) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--"))) {
                *error = tr("The option %1 needs a value.").arg(name);
                return false;
            }
            *value = args.at(i + 1);
            args.remove(i, 2);
            return true;
        }
        if (a.startsWith(name + QLatin1Char('='))) {
            *value = a.mid(name.size() + 1);
            args.remove(i);
            return true;
        }
    }
    return false;
}

QString CliOptions::firstUnknown(const QStringList &args)
{
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--")))
            return a;
    return {};
}

} // namespace ud
