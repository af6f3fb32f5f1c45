#pragma once

#include <QString>
#include <QStringList>

namespace ud {

// Chooses and installs the UI language. `language` is "zh_CN", "en" or "" for the system
// locale (Chinese on a Chinese locale, English otherwise). Returns the language installed.
// Calling it again replaces the previous translators (live language switch).
QString installTranslations(const QString &language);
QStringList availableLanguages(); // {"zh_CN", "en"}
QString resolveLanguage(const QString &language);

} // namespace ud
