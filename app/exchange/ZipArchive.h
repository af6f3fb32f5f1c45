#pragma once

#include "core/Result.h"

#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QString>

#include <memory>

namespace ud {

// The members of a ZIP archive (an .xlsx file), stored or deflated, read with zlib. Not QuaZip:
// libquazip exports the whole minizip API (zipOpen, unzOpen64, ...) with its own QIODevice
// semantics, and libxlsxwriter calls the system libminizip through those same names, so a
// process that loads both crashes in workbook_close().
//
// The file is mapped, not read; a member is inflated as it is read (openEntry() gives a
// sequential QIODevice for QXmlStreamReader), so a part is never wholly in memory. The limits of
// ImportLimits are enforced on the archive (file size, number of members) and on every member
// as it inflates (declared and actual size, compression ratio, CRC), since a crafted file can
// declare anything. Messages are in TabularFile's translation context.
class ZipArchive
{
public:
    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Failure with an empty message: not a ZIP archive at all (the caller explains).
    Status open(const QString &path);

    bool contains(const QString &name) const;
    // The member's inflating device, open for reading; nullptr if it is missing or unreadable
    // (then `error` says why, or stays empty if it is missing). When reading it stops early,
    // errorString() of the device says why (a limit, damage); check it before blaming the XML.
    std::unique_ptr<QIODevice> openEntry(const QString &name, QString *error) const;

    // Whether a device from openEntry() stopped on its own error (not the end of the part).
    static bool failed(const QIODevice *device);

private:
    struct Entry
    {
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 packed = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    quint16 u16(qint64 p) const;
    quint32 u32(qint64 p) const;

    QFile m_file;
    QByteArray m_copy;             // the file's bytes when it cannot be mapped
    const uchar *m_data = nullptr; // mapped file or m_copy
    qint64 m_size = 0;
    QHash<QString, Entry> m_entries; // by lower-case name
};

} // namespace ud
