#include "exchange/ZipArchive.h"

#include "exchange/ImportLimits.h"
#include "exchange/TabularFile.h"

#include <zlib.h>

#include <QtEndian>

#include <cstring>

namespace ud {

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

// XML tokens longer than this (text between two tags, or one tag with its attributes) are more
// than any cell can hold: kMaxCellChars characters of up to 4 UTF-8 bytes, or written as
// entities (&#x4E2D; is 8 bytes). Cutting them off here keeps QXmlStreamReader, which holds a
// whole token in memory, from swallowing a gigabyte-long "string".
constexpr qint64 kMaxTokenBytes = qint64(ImportLimits::kMaxCellChars) * 8 + 4096;

// A member of the archive, inflated as it is read.
class EntryDevice : public QIODevice
{
public:
    EntryDevice(QString name, const uchar *packed, quint32 packedSize, quint16 method, quint32 size, quint32 crc)
        : m_name(std::move(name)), m_packed(packed), m_packedSize(packedSize), m_method(method), m_size(size),
          m_expectedCrc(crc)
    {
        if (m_method == 8) {
            m_z.next_in = const_cast<Bytef *>(m_packed);
            m_z.avail_in = m_packedSize;
            m_zOpen = inflateInit2(&m_z, -MAX_WBITS) == Z_OK;
        }
    }
    ~EntryDevice() override
    {
        if (m_zOpen)
            inflateEnd(&m_z);
    }

    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }

protected:
    qint64 writeData(const char *, qint64) override { return -1; }

    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        if (m_done || maxSize <= 0)
            return 0;
        const uInt want = static_cast<uInt>(qMin<qint64>(maxSize, 1 << 20));
        qint64 got = 0;
        if (m_method == 0) {
            got = qMin<qint64>(want, qint64(m_packedSize) - m_out);
            std::memcpy(data, m_packed + m_out, static_cast<size_t>(got));
            if (m_out + got == m_packedSize)
                m_done = true;
        } else {
            if (!m_zOpen)
                return fail(TabularFile::tr("The workbook part %1 is damaged.").arg(m_name));
            m_z.next_out = reinterpret_cast<Bytef *>(data);
            m_z.avail_out = want;
            const int r = inflate(&m_z, Z_NO_FLUSH);
            got = want - m_z.avail_out;
            if (r == Z_STREAM_END)
                m_done = true;
            else if (r != Z_OK || (got == 0 && m_z.avail_in == 0))
                return fail(TabularFile::tr("The workbook part %1 is damaged.").arg(m_name));
        }
        m_out += got;
        if (m_out > ImportLimits::kMaxPartBytes)
            return fail(tooLarge());
        if (m_out > m_size)
            return fail(TabularFile::tr("The workbook part %1 is damaged.").arg(m_name));
        const qint64 consumed = m_method == 0 ? m_out : qint64(m_z.total_in);
        if (m_out > ImportLimits::kRatioFloorBytes && m_out > consumed * ImportLimits::kMaxCompressionRatio)
            return fail(tooDense(m_name));
        for (qint64 i = 0; i < got; ++i) {
            const char c = data[i];
            if (c == '<' || c == '>')
                m_run = 0;
            else if (++m_run > kMaxTokenBytes)
                return fail(TabularFile::tr("The workbook part %1 holds a value longer than Excel allows in a cell "
                                            "(%2 characters); it cannot be imported.")
                                .arg(m_name)
                                .arg(ImportLimits::kMaxCellChars));
        }
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(data), static_cast<uInt>(got));
        if (m_done && (m_out != m_size || m_crc != m_expectedCrc))
            return fail(TabularFile::tr("The workbook part %1 is damaged.").arg(m_name));
        return got;
    }

private:
    QString tooLarge() const
    {
        return TabularFile::tr("The workbook part %1 is too large when unpacked (more than %2 MB); it cannot be "
                               "imported. Split the sheet into several files.")
            .arg(m_name)
            .arg(ImportLimits::kMaxPartBytes / kMegabyte);
    }

public:
    static QString tooDense(const QString &name)
    {
        return TabularFile::tr("The workbook part %1 is packed far more tightly than a real spreadsheet (more than "
                               "%2 times); the file is damaged or made to exhaust memory, and is not imported.")
            .arg(name)
            .arg(ImportLimits::kMaxCompressionRatio);
    }

private:
    qint64 fail(const QString &message)
    {
        m_failed = true;
        setErrorString(message);
        return -1;
    }

    QString m_name;
    const uchar *m_packed;
    quint32 m_packedSize;
    quint16 m_method;
    quint32 m_size;
    quint32 m_expectedCrc;
    z_stream m_z{};
    bool m_zOpen = false;
    bool m_done = false;
    bool m_failed = false;
    qint64 m_out = 0;
    qint64 m_run = 0;
    uLong m_crc = crc32(0, nullptr, 0);
};

} // namespace

ZipArchive::ZipArchive() = default;
ZipArchive::~ZipArchive() = default;

quint16 ZipArchive::u16(qint64 p) const
{
    return qFromLittleEndian<quint16>(m_data + p);
}

quint32 ZipArchive::u32(qint64 p) const
{
    return qFromLittleEndian<quint32>(m_data + p);
}

Status ZipArchive::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Status::failure(QString());
    m_size = m_file.size();
    if (m_size > ImportLimits::kMaxFileBytes)
        return Status::failure(TabularFile::tr("The workbook is too large to import (%1 MB; at most %2 MB). Split it "
                                               "into several files.")
                                   .arg(m_size / kMegabyte)
                                   .arg(ImportLimits::kMaxFileBytes / kMegabyte));
    m_data = m_size > 0 ? m_file.map(0, m_size) : nullptr;
    if (!m_data) {
        m_copy = m_file.readAll();
        m_data = reinterpret_cast<const uchar *>(m_copy.constData());
        m_size = m_copy.size();
    }
    const qint64 n = m_size;
    qint64 eocd = -1;
    for (qint64 p = n - 22; p >= 0 && p >= n - 22 - 65535; --p)
        if (m_data[p] == 'P' && u32(p) == 0x06054b50) {
            eocd = p;
            break;
        }
    if (eocd < 0)
        return Status::failure(QString());
    const quint16 count = u16(eocd + 10);
    if (count > ImportLimits::kMaxZipEntries)
        return Status::failure(TabularFile::tr("The workbook has %1 parts, more than a spreadsheet has (at most %2); "
                                               "it is not imported.")
                                   .arg(count)
                                   .arg(ImportLimits::kMaxZipEntries));
    qint64 p = u32(eocd + 16);
    for (int i = 0; i < count; ++i) {
        if (p + 46 > n || u32(p) != 0x02014b50)
            return Status::failure(QString());
        Entry e;
        e.flags = u16(p + 8);
        e.method = u16(p + 10);
        e.crc = u32(p + 16);
        e.packed = u32(p + 20);
        e.size = u32(p + 24);
        e.offset = u32(p + 42);
        const quint16 nameLength = u16(p + 28);
        if (p + 46 + nameLength > n)
            return Status::failure(QString());
        m_entries.insert(QString::fromUtf8(reinterpret_cast<const char *>(m_data + p + 46), nameLength).toLower(), e);
        p += 46 + nameLength + u16(p + 30) + u16(p + 32);
    }
    return Status::success();
}

bool ZipArchive::contains(const QString &name) const
{
    return m_entries.contains(name.toLower());
}

std::unique_ptr<QIODevice> ZipArchive::openEntry(const QString &name, QString *error) const
{
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.constEnd())
        return nullptr;
    const Entry &e = it.value();
    const qint64 header = e.offset;
    if ((e.flags & 1) != 0 || header + 30 > m_size || u32(header) != 0x04034b50 || (e.method != 0 && e.method != 8)) {
        *error = TabularFile::tr("The workbook part %1 cannot be read (encrypted, damaged or too large).").arg(name);
        return nullptr;
    }
    if (e.size > ImportLimits::kMaxPartBytes) {
        *error = TabularFile::tr("The workbook part %1 is too large when unpacked (more than %2 MB); it cannot be "
                                 "imported. Split the sheet into several files.")
                     .arg(name)
                     .arg(ImportLimits::kMaxPartBytes / kMegabyte);
        return nullptr;
    }
    if (e.size > ImportLimits::kRatioFloorBytes && qint64(e.size) > qint64(e.packed) * ImportLimits::kMaxCompressionRatio) {
        *error = EntryDevice::tooDense(name);
        return nullptr;
    }
    const qint64 start = header + 30 + u16(header + 26) + u16(header + 28);
    if (start + qint64(e.packed) > m_size || (e.method == 0 && e.packed != e.size)) {
        *error = TabularFile::tr("The workbook part %1 is cut off.").arg(name);
        return nullptr;
    }
    auto device = std::make_unique<EntryDevice>(name, m_data + start, e.packed, e.method, e.size, e.crc);
    device->open(QIODevice::ReadOnly);
    return device;
}

bool ZipArchive::failed(const QIODevice *device)
{
    const auto *entry = dynamic_cast<const EntryDevice *>(device);
    return entry && entry->failed();
}

} // namespace ud
