#include "hub/HubMain.h"

#include "core/AppIdentity.h"
#include "core/PrivateFiles.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // The hub's database holds personal data: every file it makes is the service user's alone.
    ud::PrivateFiles::restrictNewFiles();
    QCoreApplication app(argc, argv);
    ud::setupApplicationIdentity();
    ud::installTranslations(qEnvironmentVariable("UNIONDESK_LANG"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ud::HubMain hub(out, err);
    const int code = hub.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
