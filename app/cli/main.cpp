#include "cli/CliApp.h"
#include "core/AppIdentity.h"
#include "core/PrivateFiles.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Databases, backups, exports and documents hold personal data: every file made from here on
    // is the user's alone (0600, folders 0700).
    ud::PrivateFiles::restrictNewFiles();
    QCoreApplication app(argc, argv);
    ud::setupApplicationIdentity();
    QStringList args = QCoreApplication::arguments().mid(1);
    // Progress chatter of the libraries stays out of scripted output unless asked for.
    if (!args.removeAll(QStringLiteral("--verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("uniondesk.*.info=false"));
    // --lang must be known before any message is printed.
    QString lang = qEnvironmentVariable("UNIONDESK_LANG");
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            lang = args.at(i).mid(7);
            args.remove(i);
            break;
        }
    }
    ud::installTranslations(lang);
    QTextStream out(stdout);
    QTextStream err(stderr);
    ud::CliApp cli(out, err);
    const int code = static_cast<int>(cli.run(args));
    out.flush();
    err.flush();
    return code;
}
