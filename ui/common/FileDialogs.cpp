#include "ui/common/FileDialogs.h"

#include "core/DatabaseFiles.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QTreeView>

namespace ud {

namespace {

// Icons and type names from the file name alone. The default provider asks QMimeDatabase with
// content matching, which opens the file: see FileDialogs.h.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isRoot())
            return QFileIconProvider::icon(Drive);
        return QFileIconProvider::icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir() && !info.isRoot())
            return FileDialogs::tr("Folder");
        if (!info.isFile())
            return QFileIconProvider::type(info); // a drive: nothing is opened
        if (info.suffix().compare(QLatin1String("db"), Qt::CaseInsensitive) == 0)
            return FileDialogs::tr("UnionDesk database");
        const QMimeType mime = m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        if (mime.isDefault() && !info.suffix().isEmpty())
            return FileDialogs::tr("%1 file").arg(info.suffix().toUpper());
        return mime.comment();
    }

private:
    QMimeDatabase m_mime;
};

QFileIconProvider *nameOnlyIcons()
{
    static NameOnlyIconProvider provider; // shared by every dialog; it holds no state per dialog
    return &provider;
}

QFileDialog::Options options()
{
#ifdef Q_OS_WIN
    return {};
#else
    return QFileDialog::DontUseNativeDialog;
#endif
}

// Runs one dialog; returns the first selected file or "" when cancelled.
QString run(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
            QFileDialog::AcceptMode accept, QFileDialog::FileMode mode, QString *selectedFilter)
{
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setObjectName(QStringLiteral("fileDialog"));
    dialog.setOptions(options() | (mode == QFileDialog::Directory ? QFileDialog::ShowDirsOnly : QFileDialog::Options()));
    if (options() & QFileDialog::DontUseNativeDialog) {
        dialog.setIconProvider(nameOnlyIcons());
        // Room for the type names in words (工会工作台数据库) that replace Qt's "unknown".
        dialog.resize(760, 460);
        if (auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView")))
            details->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    }
    dialog.setAcceptMode(accept);
    dialog.setFileMode(mode);
    if (options() & QFileDialog::DontUseNativeDialog) {
        // Qt's own dialog says "Look in", "File name", "Folder" … in English where Qt ships no
        // catalogue of its own for the language (Qt 6.4 has none for Chinese): said in ours.
        dialog.setLabelText(QFileDialog::LookIn, FileDialogs::tr("Look in:"));
        dialog.setLabelText(QFileDialog::FileName, mode == QFileDialog::Directory ? FileDialogs::tr("Folder:")
                                                                                  : FileDialogs::tr("File name:"));
        dialog.setLabelText(QFileDialog::FileType, mode == QFileDialog::Directory ? FileDialogs::tr("Show:")
                                                                                  : FileDialogs::tr("Files of type:"));
        dialog.setLabelText(QFileDialog::Accept, mode == QFileDialog::Directory ? FileDialogs::tr("&Choose")
                                                 : accept == QFileDialog::AcceptSave ? FileDialogs::tr("&Save")
                                                                                     : FileDialogs::tr("&Open"));
        dialog.setLabelText(QFileDialog::Reject, FileDialogs::tr("Cancel"));
    }
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

QString refuseOurDatabase(QWidget *parent, const QString &caption, const QString &path)
{
    if (path.isEmpty())
        return path;
    if (const Status s = DatabaseFiles::refuseOpenDatabaseFile(path); !s) {
        QMessageBox::warning(parent, caption, s.error());
        return {};
    }
    return path;
}

} // namespace

QString FileDialogs::openFileToRead(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    return refuseOurDatabase(parent, caption,
                             run(parent, caption, dir, filter, QFileDialog::AcceptOpen, QFileDialog::ExistingFile, nullptr));
}

QString FileDialogs::openDatabaseFile(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    return run(parent, caption, dir, filter, QFileDialog::AcceptOpen, QFileDialog::ExistingFile, nullptr);
}

QString FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                              QString *selectedFilter)
{
    return refuseOurDatabase(parent, caption,
                             run(parent, caption, dir, filter, QFileDialog::AcceptSave, QFileDialog::AnyFile, selectedFilter));
}

QString FileDialogs::existingFolder(QWidget *parent, const QString &caption, const QString &dir)
{
    return run(parent, caption, dir, QString(), QFileDialog::AcceptOpen, QFileDialog::Directory, nullptr);
}

} // namespace ud
