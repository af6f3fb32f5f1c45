#pragma once

#include <QString>

namespace ud {

// The folder documents (PDFs) are saved to, remembered between runs (QSettings
// "documents/folder"): the folder of the last document saved; the first time the user's
// Documents folder, else the home folder — never the program's own folder.
class DocumentsFolder
{
public:
    static QString folder();
    // Remembers the folder of a file just saved.
    static void remember(const QString &savedFile);
};

} // namespace ud
