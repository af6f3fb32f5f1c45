#include "sync/SyncCodec.h"

#include "core/CanonicalJson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace ud {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");

void setCode(QByteArray *reasonCode, const char *code)
{
    if (reasonCode)
        *reasonCode = code;
}

} // namespace

QByteArray SyncCodec::deflate(const QByteArray &data)
{
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    const int r = compress2(reinterpret_cast<Bytef *>(out.data()), &size,
                            reinterpret_cast<const Bytef *>(data.constData()), static_cast<uLong>(data.size()),
                            Z_DEFAULT_COMPRESSION);
    if (r != Z_OK) // cannot happen with a buffer of compressBound() bytes
        qFatal("zlib compress2 failed: %d", r);
    out.resize(static_cast<qsizetype>(size));
    return out;
}

Result<QByteArray> SyncCodec::inflate(const QByteArray &data, qint64 limit, QByteArray *reasonCode)
{
    const qint64 maxInflatedBytes = std::clamp<qint64>(limit, 0, std::numeric_limits<qsizetype>::max() - 1);
    const auto fail = [reasonCode](const char *code, const QString &message) {
        setCode(reasonCode, code);
        return Result<QByteArray>::failure(message);
    };
    const auto tooLarge = [&] {
        return fail(kTooLarge, tr("The request is larger than %1 bytes once unpacked. Send it in smaller parts.")
                                   .arg(maxInflatedBytes));
    };
    const auto badEncoding = [&] {
        return fail(kBadEncoding, tr("The request's compressed body is damaged or cut off. Send it again."));
    };
    if (data.size() > static_cast<qsizetype>(std::numeric_limits<uInt>::max()))
        return tooLarge();

    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return badEncoding();
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = static_cast<uInt>(data.size());

    // Never more than maxInflatedBytes + 1 bytes of output: the one extra byte tells "too large".
    const qint64 cap = std::max<qint64>(1, maxInflatedBytes + 1);
    QByteArray out;
    out.resize(static_cast<qsizetype>(std::min<qint64>(cap, std::max<qint64>(64 * 1024, qint64(data.size()) * 4))));
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    int r = Z_OK;
    for (;;) {
        r = ::inflate(&z, Z_NO_FLUSH);
        if (r == Z_STREAM_END)
            break;
        if (r == Z_NEED_DICT || r == Z_DATA_ERROR || r == Z_MEM_ERROR || r == Z_STREAM_ERROR) {
            inflateEnd(&z);
            return badEncoding();
        }
        if (static_cast<qint64>(z.total_out) > maxInflatedBytes) {
            inflateEnd(&z);
            return tooLarge();
        }
        if (z.avail_out == 0) {
            const qint64 grown = std::min<qint64>(cap, qint64(out.size()) * 2);
            if (grown <= out.size()) { // full at the cap
                inflateEnd(&z);
                return tooLarge();
            }
            const qsizetype used = out.size();
            out.resize(static_cast<qsizetype>(grown));
            z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
            z.avail_out = static_cast<uInt>(grown - used);
            continue;
        }
        // Output space left, yet no end of stream: the input ran out (cut off).
        inflateEnd(&z);
        return badEncoding();
    }
    const qint64 produced = static_cast<qint64>(z.total_out);
    const bool trailing = z.avail_in != 0;
    inflateEnd(&z);
    if (produced > maxInflatedBytes)
        return tooLarge();
    if (trailing)
        return badEncoding();
    out.resize(static_cast<qsizetype>(produced));
    setCode(reasonCode, "");
    return out;
}

QByteArray SyncCodec::encodeBody(const QJsonObject &body, bool *deflated)
{
    return encodeCanonical(CanonicalJson::fromObject(body), deflated);
}

QByteArray SyncCodec::encodeCanonical(const QByteArray &text, bool *compressed)
{
    const bool pack = text.size() > kCompressAboveBytes;
    if (compressed)
        *compressed = pack;
    return pack ? zstdCompress(text) : text;
}

bool SyncCodec::isZstd(QByteArrayView body)
{
    // The frame's magic number, 0xFD2FB528 little-endian (RFC 8878 §3.1.1).
    return body.size() >= 4 && static_cast<unsigned char>(body[0]) == 0x28 && static_cast<unsigned char>(body[1]) == 0xb5
        && static_cast<unsigned char>(body[2]) == 0x2f && static_cast<unsigned char>(body[3]) == 0xfd;
}

QByteArray SyncCodec::contentEncoding(QByteArrayView body, bool compressed)
{
    if (!compressed)
        return {};
    return isZstd(body) ? QByteArrayLiteral("zstd") : QByteArrayLiteral("deflate");
}

QByteArray SyncCodec::zstdCompress(const QByteArray &data)
{
    QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(data.size()))), Qt::Uninitialized);
    // Level 1: a 1 MB batch in a few milliseconds, and smaller than zlib's default level gives.
    const size_t size = ZSTD_compress(out.data(), static_cast<size_t>(out.size()), data.constData(),
                                      static_cast<size_t>(data.size()), 1);
    if (ZSTD_isError(size)) // cannot happen with a buffer of ZSTD_compressBound() bytes
        qFatal("ZSTD_compress failed: %s", ZSTD_getErrorName(size));
    out.resize(static_cast<qsizetype>(size));
    return out;
}

Result<QByteArray> SyncCodec::zstdDecompress(const QByteArray &data, qint64 limit, QByteArray *reasonCode)
{
    const qint64 maxBytes = std::clamp<qint64>(limit, 0, std::numeric_limits<qsizetype>::max() - 1);
    const auto fail = [reasonCode](const char *code, const QString &message) {
        setCode(reasonCode, code);
        return Result<QByteArray>::failure(message);
    };
    const auto tooLarge = [&] {
        return fail(kTooLarge, tr("The request is larger than %1 bytes once unpacked. Send it in smaller parts.").arg(maxBytes));
    };
    const auto badEncoding = [&] {
        return fail(kBadEncoding, tr("The request's compressed body is damaged or cut off. Send it again."));
    };
    // One frame, decoded into a buffer that grows to at most maxBytes + 1 bytes: the extra byte
    // tells "too large" without ever holding more (a frame may claim any size in its header).
    std::unique_ptr<ZSTD_DStream, decltype(&ZSTD_freeDStream)> stream(ZSTD_createDStream(), &ZSTD_freeDStream);
    if (!stream || ZSTD_isError(ZSTD_initDStream(stream.get())))
        return badEncoding();
    const qint64 cap = std::max<qint64>(1, maxBytes + 1);
    const unsigned long long declared = ZSTD_getFrameContentSize(data.constData(), static_cast<size_t>(data.size()));
    qint64 first = std::max<qint64>(64 * 1024, qint64(data.size()) * 4);
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != ZSTD_CONTENTSIZE_ERROR)
        first = static_cast<qint64>(std::min<unsigned long long>(declared + 1, static_cast<unsigned long long>(cap)));
    QByteArray out(static_cast<qsizetype>(std::min<qint64>(cap, first)), Qt::Uninitialized);
    ZSTD_inBuffer in{data.constData(), static_cast<size_t>(data.size()), 0};
    ZSTD_outBuffer o{out.data(), static_cast<size_t>(out.size()), 0};
    for (;;) {
        const size_t r = ZSTD_decompressStream(stream.get(), &o, &in);
        if (ZSTD_isError(r))
            return badEncoding();
        if (static_cast<qint64>(o.pos) > maxBytes)
            return tooLarge();
        if (r == 0) { // the frame is complete
            if (in.pos != in.size)
                return badEncoding(); // trailing bytes
            break;
        }
        if (o.pos == o.size) {
            const qint64 grown = std::min<qint64>(cap, qint64(out.size()) * 2);
            if (grown <= out.size())
                return tooLarge();
            out.resize(static_cast<qsizetype>(grown));
            o.dst = out.data();
            o.size = static_cast<size_t>(out.size());
            continue;
        }
        if (in.pos == in.size)
            return badEncoding(); // the input ran out inside the frame (cut off)
    }
    out.resize(static_cast<qsizetype>(o.pos));
    setCode(reasonCode, "");
    return out;
}

Result<QJsonObject> SyncCodec::decodeBody(const QByteArray &body, bool compressed, qint64 maxInflatedBytes,
                                          QByteArray *reasonCode)
{
    QByteArray text;
    if (compressed) {
        auto inflated = isZstd(body) ? zstdDecompress(body, maxInflatedBytes, reasonCode) : inflate(body, maxInflatedBytes, reasonCode);
        if (!inflated)
            return Result<QJsonObject>(inflated.status());
        text = inflated.take();
    } else if (body.size() > maxInflatedBytes) {
        setCode(reasonCode, kTooLarge);
        return Result<QJsonObject>::failure(
            tr("The request is larger than %1 bytes. Send it in smaller parts.").arg(maxInflatedBytes));
    } else {
        text = body;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        setCode(reasonCode, kBadJson);
        return Result<QJsonObject>::failure(tr("The request is not valid JSON (%1 at byte %2). Send it again.")
                                                .arg(error.errorString())
                                                .arg(error.offset));
    }
    if (!doc.isObject()) {
        setCode(reasonCode, kBadJson);
        return Result<QJsonObject>::failure(tr("The request should be one JSON object."));
    }
    setCode(reasonCode, "");
    return doc.object();
}

QString SyncCodec::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale::c().toString(time.toUTC(), kTimeFormat);
}

std::optional<QDateTime> SyncCodec::parseTime(QStringView text)
{
    // Parsed in parts, not with QDateTime::fromString, which reads the fields as local time.
    if (text.size() != 24 || text[10] != QLatin1Char('T') || text[23] != QLatin1Char('Z'))
        return std::nullopt;
    const QDate date = QDate::fromString(text.left(10).toString(), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11, 12).toString(), QStringLiteral("HH:mm:ss.zzz"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime result(date, time, Qt::UTC);
    if (formatTime(result) != text) // strict: no other digits or signs than formatTime writes
        return std::nullopt;
    return result;
}

} // namespace ud
