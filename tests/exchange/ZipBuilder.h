#pragma once

// Builds ZIP archives byte by byte for tests of the XLSX reader, including damaged and crafted
// ones (a member that declares a size other than its real one). zlib only: not QuaZip, which must
// not share a process with libxlsxwriter (see app/exchange/ZipArchive.h).

#include <zlib.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <optional>

namespace ZipBuilder {

struct Member
{
    QString name;
    QByteArray data;
    bool deflated = true;
    std::optional<quint32> declaredSize; // the uncompressed size written in the headers
};

inline QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

inline QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

inline QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    QByteArray out(static_cast<qsizetype>(compressBound(static_cast<uLong>(data.size()))) + 64, '\0');
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(static_cast<qsizetype>(z.total_out));
    deflateEnd(&z);
    return out;
}

// `entryCount`: the number of members the end record claims (default: the real number).
inline QByteArray archive(const QList<Member> &members, std::optional<quint16> entryCount = std::nullopt)
{
    QByteArray body;
    QByteArray directory;
    for (const Member &m : members) {
        const QByteArray name = m.name.toUtf8();
        const QByteArray packed = m.deflated ? rawDeflate(m.data) : m.data;
        const quint32 crc = static_cast<quint32>(
            crc32(0, reinterpret_cast<const Bytef *>(m.data.constData()), static_cast<uInt>(m.data.size())));
        const quint32 size = m.declaredSize.value_or(static_cast<quint32>(m.data.size()));
        const QByteArray common = le16(20) + le16(0) + le16(m.deflated ? 8 : 0) + le16(0) + le16(0) + le32(crc)
            + le32(static_cast<quint32>(packed.size())) + le32(size) + le16(static_cast<quint16>(name.size())) + le16(0);
        const quint32 offset = static_cast<quint32>(body.size());
        body += le32(0x04034b50) + common + name + packed;
        directory += le32(0x02014b50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name;
    }
    const quint16 count = entryCount.value_or(static_cast<quint16>(members.size()));
    const QByteArray end = le32(0x06054b50) + le16(0) + le16(0) + le16(count) + le16(count)
        + le32(static_cast<quint32>(directory.size())) + le32(static_cast<quint32>(body.size())) + le16(0);
    return body + directory + end;
}

inline QByteArray xmlHead()
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
}

inline QByteArray workbookXml()
{
    return xmlHead()
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
}

inline QByteArray relsXml()
{
    return xmlHead()
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
          "Target=\"worksheets/sheet1.xml\"/>"
          "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
          "Target=\"sharedStrings.xml\"/></Relationships>";
}

// A workbook of one sheet whose <sheetData> holds `rows`, and (if given) a shared-strings part.
inline QList<Member> workbook(const QByteArray &rows, const QByteArray &sharedStrings = QByteArray())
{
    QList<Member> members = {
        {QStringLiteral("xl/workbook.xml"), workbookXml(), true, {}},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), relsXml(), false, {}},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         xmlHead() + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
             + "</sheetData></worksheet>",
         true, {}},
    };
    if (!sharedStrings.isEmpty())
        members.append({QStringLiteral("xl/sharedStrings.xml"),
                        xmlHead() + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + sharedStrings + "</sst>",
                        true, {}});
    return members;
}

} // namespace ZipBuilder
