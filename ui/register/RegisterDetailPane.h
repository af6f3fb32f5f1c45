#pragma once

#include "ui/register/RegisterPermissions.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace ud {

class CommandFacade;
class Database;
class CodeListCache;

// The selected register record in full: a worker's fields (ID number masked; with the right to
// see it, one click reveals it and writes an access-log entry), or an employer's fields and its
// workers. Names of linked records are links that open them. Other workspaces add sections of
// their own below the fields (a person's dispute cases): the register knows no workspace, the
// shell wires them in (addSection).
class RegisterDetailPane : public QWidget
{
    Q_OBJECT

public:
    RegisterDetailPane(Database &db, CommandFacade &commands, const CodeListCache &lookups,
                       const RegisterPermissions &permissions, QWidget *parent = nullptr);

    // HTML for the record `id` of `table` ("workers" / "employers"); "" shows nothing.
    using Section = std::function<QString(const QString &table, const QString &id)>;
    void addSection(Section section) { m_sections.append(std::move(section)); }

    void showRecord(const QString &table, const QString &id); // "workers" / "employers"; empty id clears
    void reload(); // the same record again (after it changed)
    const QString &table() const { return m_table; }
    const QString &recordId() const { return m_id; }

    void retranslate();

Q_SIGNALS:
    void openRecordRequested(const QString &table, const QString &id);

private:
    void render();
    QString workerHtml();
    QString employerHtml();
    QString sectionsHtml() const;
    void reveal();
    void linkClicked(const QUrl &url);

    Database &m_db;
    CommandFacade &m_commands;
    const CodeListCache &m_lookups;
    RegisterPermissions m_permissions;
    QList<Section> m_sections;
    QString m_table;
    QString m_id;
    bool m_revealed = false;
    bool m_hasIdNumber = false;
    QTextBrowser *m_browser;
    QPushButton *m_reveal;
    QLabel *m_note;
};

} // namespace ud
