#pragma once

#include "core/Result.h"
#include "exchange/ImportColumnGuide.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ud {

// Before an import: the columns the importer reads, what each holds and whether a file must have
// it (from the importer's own ImportColumnGuide), a template to fill in (保存模板…: the headers as
// CSV, UTF-8 with a BOM so Excel opens it), and the choice of the file to import. exec() returns
// Accepted with file() set when a file was chosen.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const QString &title, const QList<ImportColumnGuide> &columns, const QString &templateName,
                 QWidget *parent = nullptr);

    QString file() const { return m_file; }
    // Writes the template to `path` (a .csv name; the suffix is added when missing).
    Status saveTemplate(const QString &path);

    // The importer's report (ImportReport::toText()) in a window of its own.
    static void showReport(QWidget *parent, const QString &title, const QString &text);
    // "Required", "One of …", "" as the dialog shows it.
    static QString needText(const ImportColumnGuide &column, const QList<ImportColumnGuide> &all);

private:
    void chooseAndSaveTemplate();
    void chooseFile();

    QList<ImportColumnGuide> m_columns;
    QString m_templateName;
    QString m_file;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveTemplate = nullptr;
    QPushButton *m_choose = nullptr;
};

} // namespace ud
