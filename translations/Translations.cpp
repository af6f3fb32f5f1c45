#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ud {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString resolveLanguage(const QString &language)
{
    if (language == QLatin1String("zh_CN") || language == QLatin1String("en"))
        return language;
    if (language.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    if (!language.isEmpty())
        return QStringLiteral("en");
    const QLocale system;
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    for (auto &t : installed())
        app->removeTranslator(t.get());
    installed().clear();

    const QString lang = resolveLanguage(language);
    if (lang == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return lang;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/uniondesk_%1.qm").arg(lang))) {
        app->installTranslator(own.get());
        installed().push_back(std::move(own));
    }
    // Qt's own strings (standard buttons, file dialogs) when the system ships them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return lang;
}

} // namespace ud
