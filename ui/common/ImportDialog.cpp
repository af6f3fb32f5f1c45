#include "ui/common/ImportDialog.h"

#include "ui/common/DocumentsFolder.h"
#include "ui/common/FileDialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud {

namespace {

enum Column { HeaderColumn, NeedColumn, MeaningColumn, AcceptedColumn, ColumnCount };

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

ImportDialog::ImportDialog(const QString &title, const QList<ImportColumnGuide> &columns, const QString &templateName,
                           QWidget *parent)
    : QDialog(parent),
      m_columns(columns),
      m_templateName(templateName),
      m_table(new QTableWidget(this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(title);
    auto *intro = new QLabel(tr("The file (Excel .xlsx or CSV) needs a row of headers and one row per record. The "
                                "columns below are read; other columns are ignored. Save the template, fill it in "
                                "and choose it to import: either every row is imported or none, with a report by row."),
                             this);
    intro->setObjectName(QStringLiteral("importIntro"));
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("importColumnsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Required"), tr("Meaning"), tr("Also accepted")});
    m_table->setRowCount(static_cast<int>(m_columns.size()));
    for (int r = 0; r < m_columns.size(); ++r) {
        const ImportColumnGuide &c = m_columns.at(r);
        m_table->setItem(r, HeaderColumn, readOnly(c.header));
        m_table->setItem(r, NeedColumn, readOnly(needText(c, m_columns)));
        m_table->setItem(r, MeaningColumn, readOnly(c.meaning));
        m_table->setItem(r, AcceptedColumn, readOnly(c.alsoAccepted.join(QStringLiteral(", "))));
    }
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table
    m_table->resizeColumnToContents(HeaderColumn);
    m_table->resizeColumnToContents(NeedColumn);
    m_table->horizontalHeader()->setSectionResizeMode(MeaningColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(AcceptedColumn, 200);

    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_saveTemplate = new QPushButton(tr("Save &template…"), this);
    m_saveTemplate->setObjectName(QStringLiteral("importSaveTemplate"));
    m_saveTemplate->setAutoDefault(false);
    m_choose = new QPushButton(tr("&Choose file to import…"), this);
    m_choose->setObjectName(QStringLiteral("importChooseFile"));
    m_choose->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_saveTemplate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_choose, QDialogButtonBox::ActionRole);
    connect(m_saveTemplate, &QPushButton::clicked, this, &ImportDialog::chooseAndSaveTemplate);
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setSizeGripEnabled(true);
    resize(860, 520); // fits a 1366×768 screen
    m_choose->setFocus();
}

QString ImportDialog::needText(const ImportColumnGuide &column, const QList<ImportColumnGuide> &all)
{
    switch (column.need) {
    case ImportColumnGuide::Need::Required:
        return tr("Required");
    case ImportColumnGuide::Need::OneOf: {
        QStringList others;
        for (const ImportColumnGuide &c : all)
            if (c.need == ImportColumnGuide::Need::OneOf && c.key != column.key)
                others << c.header;
        return tr("This or %1").arg(others.join(QStringLiteral(", ")));
    }
    case ImportColumnGuide::Need::Optional:
        break;
    }
    return {};
}

Status ImportDialog::saveTemplate(const QString &path)
{
    QString file = path;
    if (QFileInfo(file).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        file += QStringLiteral(".csv");
    if (Status s = TabularFile::write(file, ImportColumnGuides::templateTable(m_columns)); !s)
        return s;
    DocumentsFolder::remember(file);
    m_message->setText(tr("Template saved as %1.").arg(QDir::toNativeSeparators(file)));
    m_message->show();
    return Status::success();
}

void ImportDialog::chooseAndSaveTemplate()
{
    const QString path = FileDialogs::saveFile(this, tr("Save the template"),
                                               QDir(DocumentsFolder::folder()).filePath(m_templateName),
                                               tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = saveTemplate(path); !s) {
        m_message->setText(s.error());
        m_message->show();
    }
}

void ImportDialog::showReport(QWidget *parent, const QString &title, const QString &text)
{
    QDialog report(parent);
    report.setObjectName(QStringLiteral("importReportDialog"));
    report.setWindowTitle(title);
    auto *view = new QPlainTextEdit(text, &report);
    view->setObjectName(QStringLiteral("importReportText"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &report);
    connect(buttons, &QDialogButtonBox::rejected, &report, &QDialog::reject);
    auto *layout = new QVBoxLayout(&report);
    layout->addWidget(view);
    layout->addWidget(buttons);
    report.setSizeGripEnabled(true);
    report.resize(720, 420);
    report.exec();
}

void ImportDialog::chooseFile()
{
    const QString path = FileDialogs::openFileToRead(this, windowTitle(), DocumentsFolder::folder(),
                                                     TabularFile::nameFilters().join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    m_file = path;
    accept();
}

} // namespace ud
