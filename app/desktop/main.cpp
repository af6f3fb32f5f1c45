#include "ui/accounts/SetupWizard.h"
#include "core/AppIdentity.h"
#include "core/PrivateFiles.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"
#include "ui/common/UiConventions.h"
#include "storage/Database.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    // Databases, backups, exports and documents hold personal data: every file made from here on
    // is the user's alone (0600, folders 0700).
    ud::PrivateFiles::restrictNewFiles();
    QApplication app(argc, argv);
    ud::setupApplicationIdentity();
    // Return never presses a button from a text field, Tab leaves tables, windows and columns
    // come back as they were left, nothing opens larger than the screen (issue 12).
    ud::UiConventions::install(app);

    // The saved language first, so --help is in it; --lang below may still override it.
    ud::installTranslations(ud::AppSettings::language());
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("UnionDesk 工会工作台"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Open this node database."),
                                      QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QCoreApplication::translate("main", "Language: zh_CN or en."),
                                        QStringLiteral("lang"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    if (parser.isSet(langOption))
        ud::installTranslations(parser.value(langOption));

    ud::MainWindow window;
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = ud::AppSettings::lastDatabase();
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = parser.isSet(dbOption) ? parser.value(dbOption) : ud::defaultDatabasePath();
    window.show();
    if (!parser.isSet(dbOption) && !QFileInfo::exists(path)) {
        // First run: set the node up (org unit, tier, name, administrator), then log in.
        ud::SetupWizard wizard(path, &window);
        if (wizard.exec() == QDialog::Accepted)
            path = wizard.databasePath();
    }
    if (QFileInfo::exists(path) || parser.isSet(dbOption)) {
        if (ud::Status s = window.openDatabase(path); !s)
            QMessageBox::warning(&window, ud::MainWindow::tr("Cannot open the database"), s.error());
    }
    return app.exec();
}
