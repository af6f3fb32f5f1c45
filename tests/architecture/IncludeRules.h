#pragma once

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// The module rules of docs/architecture.md, read from its ```rules block, and the check of one
// source file's #include lines against them. Kept apart from the test class so the test can
// feed it made-up files as well as the real tree.
//
// A rule line is "<module>: <what it may use>", a module being a folder under app/ ("storage")
// or ui/ ("ui/mediation"); what it may use is other modules, Qt modules ("Qt:Core Qt:Sql"), or
// "translations" (the i18n loader). A module may always include its own headers.
class IncludeRules
{
public:
    // Parses the rules block of `markdown`; false with `error` set when there is none or a line
    // cannot be read.
    bool parse(const QString &markdown, QString *error);

    // Which Qt module a header belongs to ("QWidget" -> "Widgets"), from Qt's include folder
    // (one subfolder per module: QtCore/, QtWidgets/, ...). Without it, Qt headers are not checked.
    void setQtHeaders(const QHash<QString, QString> &headerToModule) { m_qtHeaders = headerToModule; }
    static QHash<QString, QString> readQtHeaders(const QString &qtIncludeRoot);

    QStringList modules() const { return m_allowed.keys(); }
    bool knows(const QString &module) const { return m_allowed.contains(module); }

    // The module of a source path relative to the project root ("app/mediation/X.cpp" ->
    // "mediation", "ui/register/Y.h" -> "ui/register"); empty for files outside app/ and ui/.
    static QString moduleOf(const QString &path);

    // The module an include names: "mediation/X.h" -> "mediation", "ui/common/Y.h" ->
    // "ui/common", "Translations.h" -> "translations", <QWidget> -> "Qt:Widgets"; empty when it
    // is none of ours and not a Qt header (the standard library, libsodium, ...).
    QString moduleOfInclude(const QString &include, bool angled) const;

    // One line per forbidden include of `text` (the contents of `path`): "path:line: includes
    // X, but <module> may not use <other>".
    QStringList check(const QString &path, const QString &text) const;

private:
    QMap<QString, QSet<QString>> m_allowed;
    QHash<QString, QString> m_qtHeaders;
};
