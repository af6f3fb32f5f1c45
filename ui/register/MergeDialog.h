#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace ud {

class Database;
class CommandFacade;
class CodeListCache;

// Merges two register records that turned out to be the same person or employer: both are
// shown side by side, the user picks the one to keep and gives a reason; RegisterService then
// fills the kept record's empty fields from the other, moves references, and tombstones the
// other with merged_into. Both histories stay in the audit log. It goes through the command
// facade (RegisterCommands::merge) but is not undoable: the Edit menu says so afterwards.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // `table` is "workers" or "employers".
    MergeDialog(Database &db, CommandFacade &commands, const CodeListCache &lookups, const QString &table,
                const QString &firstId, const QString &secondId, QWidget *parent = nullptr);

    QString keptId() const;
    QString droppedId() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString summary(const QString &id) const;

    Database &m_db;
    CommandFacade &m_commands;
    const CodeListCache &m_lookups;
    QString m_table;
    QString m_first;
    QString m_second;
    QLabel *m_intro;
    QRadioButton *m_keepFirst;
    QRadioButton *m_keepSecond;
    QLabel *m_firstSummary;
    QLabel *m_secondSummary;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QLabel *m_error;
};

} // namespace ud
