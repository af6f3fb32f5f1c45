#include "IncludeRules.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>

bool IncludeRules::parse(const QString &markdown, QString *error)
{
    m_allowed.clear();
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inBlock = false;
    bool seen = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (!inBlock) {
            if (line == QLatin1String("```rules")) {
                inBlock = true;
                seen = true;
            }
            continue;
        }
        if (line.startsWith(QLatin1String("```"))) {
            inBlock = false;
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString module = colon > 0 ? line.left(colon).trimmed() : QString();
        if (module.isEmpty() || module.contains(QLatin1Char(' '))) {
            *error = QStringLiteral("rules line %1 is not \"module: uses ...\": %2").arg(i + 1).arg(line);
            return false;
        }
        if (m_allowed.contains(module)) {
            *error = QStringLiteral("module %1 has two rules lines").arg(module);
            return false;
        }
        QSet<QString> uses;
        const QStringList words = line.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words)
            uses.insert(w);
        uses.insert(module);
        m_allowed.insert(module, uses);
    }
    if (!seen || m_allowed.isEmpty()) {
        *error = QStringLiteral("no ```rules block");
        return false;
    }
    // Every module a rule names must have a line of its own (a typo would allow nothing).
    for (auto it = m_allowed.cbegin(); it != m_allowed.cend(); ++it) {
        for (const QString &use : it.value()) {
            if (!use.startsWith(QLatin1String("Qt:")) && use != QLatin1String("translations")
                && !m_allowed.contains(use)) {
                *error = QStringLiteral("module %1 may use %2, which has no rules line").arg(it.key(), use);
                return false;
            }
        }
    }
    return true;
}

QHash<QString, QString> IncludeRules::readQtHeaders(const QString &qtIncludeRoot)
{
    QHash<QString, QString> map;
    const QDir root(qtIncludeRoot);
    const QStringList dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &dir : dirs) {
        if (!dir.startsWith(QLatin1String("Qt")))
            continue;
        const QString module = dir.mid(2); // QtWidgets -> Widgets
        const QStringList headers = QDir(root.filePath(dir)).entryList(QDir::Files);
        for (const QString &h : headers) {
            map.insert(h, module);
            map.insert(dir + QLatin1Char('/') + h, module);
        }
    }
    return map;
}

QString IncludeRules::moduleOf(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() < 3)
        return {};
    if (parts.at(0) == QLatin1String("app"))
        return parts.at(1);
    if (parts.at(0) == QLatin1String("ui"))
        return QStringLiteral("ui/") + parts.at(1);
    return {};
}

QString IncludeRules::moduleOfInclude(const QString &include, bool angled) const
{
    if (angled) {
        const auto it = m_qtHeaders.constFind(include);
        return it == m_qtHeaders.cend() ? QString() : QStringLiteral("Qt:") + it.value();
    }
    if (include == QLatin1String("Translations.h"))
        return QStringLiteral("translations");
    const QStringList parts = include.split(QLatin1Char('/'));
    if (parts.size() >= 3 && parts.at(0) == QLatin1String("ui"))
        return QStringLiteral("ui/") + parts.at(1);
    if (parts.size() >= 2)
        return parts.at(0);
    return {}; // a header beside the file, or generated (ui_*.h, *.moc)
}

QStringList IncludeRules::check(const QString &path, const QString &text) const
{
    static const QRegularExpression includeLine(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    QStringList problems;
    const QString module = moduleOf(path);
    if (module.isEmpty())
        return problems;
    if (!m_allowed.contains(module)) {
        problems << QStringLiteral("%1: module %2 has no line in the rules of docs/architecture.md").arg(path, module);
        return problems;
    }
    const QSet<QString> &allowed = m_allowed[module];
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = includeLine.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        const bool angled = m.captured(1) == QLatin1String("<");
        const QString include = m.captured(2).trimmed();
        const QString target = moduleOfInclude(include, angled);
        if (target.isEmpty() || allowed.contains(target))
            continue;
        if (!target.startsWith(QLatin1String("Qt:")) && target != QLatin1String("translations")
            && !m_allowed.contains(target))
            continue; // not one of our modules ("sodium.h" style paths, a tests/ header)
        problems << QStringLiteral("%1:%2: includes %3, but %4 may not use %5")
                        .arg(path)
                        .arg(i + 1)
                        .arg(angled ? QLatin1Char('<') + include + QLatin1Char('>')
                                    : QLatin1Char('"') + include + QLatin1Char('"'),
                             module, target);
    }
    return problems;
}
