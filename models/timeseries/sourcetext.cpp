// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/sourcetext.h"

#include "timeseries/textfields.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <zlib.h>

namespace wattelier {
namespace {

struct SourceTextTr
{
    Q_DECLARE_TR_FUNCTIONS(SourceTextTr)
};

bool isGzip(const QByteArray &raw)
{
    return raw.size() > 2 && uchar(raw[0]) == 0x1f && uchar(raw[1]) == 0x8b;
}

std::optional<QByteArray> gunzip(const QByteArray &raw)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.constData()));
    stream.avail_in = uInt(raw.size());
    char buffer[65536];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > 512 * 1024 * 1024)
            status = Z_MEM_ERROR; // a gzip bomb, not a data export
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return std::nullopt;
    return out;
}

} // namespace

namespace {

/*!
 * Whether \a raw is valid UTF-8, read 64 KiB at a time: decoding a 53 MB
 * export at once made a 106 MB string only to be thrown away (#23).
 */
bool isUtf8(const QByteArray &raw)
{
    QStringDecoder decoder(QStringConverter::Utf8);
    constexpr qsizetype chunk = 64 * 1024;
    for (qsizetype from = 0; from < raw.size(); from += chunk) {
        // decode() is lazy: the text must be made for the decoder to read the bytes.
        const QString text =
            decoder.decode(QByteArrayView(raw).sliced(from, qMin(chunk, raw.size() - from)));
        if (decoder.hasError())
            return false;
    }
    return true;
}

} // namespace

std::optional<SourceText> decodeSource(const QByteArray &input, const QString &fileName,
                                       ImportProblem &problem)
{
    problem.file = fileName;
    SourceText source;
    QByteArray raw = input;
    if (isGzip(raw)) {
        const auto inflated = gunzip(raw);
        if (!inflated) {
            problem.message = SourceTextTr::tr("the compressed (gzip) file is damaged or cut off");
            return std::nullopt;
        }
        raw = *inflated;
    }
    if (raw.startsWith("\xFF\xFE") || raw.startsWith("\xFE\xFF")) {
        auto decoder = QStringDecoder(raw.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                                 : QStringConverter::Utf16BE);
        const QString text = decoder.decode(raw.mid(2));
        source.utf8 = text.toUtf8();
        return source;
    }
    if (raw.trimmed().isEmpty()) {
        problem.message = SourceTextTr::tr("the file is empty");
        return std::nullopt;
    }
    // Read through constData(): raw[i] on this copy of the caller's bytes would
    // detach it, and keep a second copy of a 53 MB export alive (#23).
    const char *bytes = raw.constData();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
            const auto [line, column] = lineAndColumnAt(raw, i);
            problem.line = line;
            problem.column = column;
            problem.message = SourceTextTr::tr("this is not a text data file (binary byte 0x%1)")
                                  .arg(int(c), 2, 16, QLatin1Char('0'));
            return std::nullopt;
        }
    }
    if (!isUtf8(raw)) {
        source.utf8 = QString::fromLatin1(raw).toUtf8();
        source.notes.append(
            SourceTextTr::tr("the file is not UTF-8 text: it was read as Latin-1 (Windows)"));
    } else {
        source.utf8 = raw;
    }
    return source;
}

std::optional<SourceText> readSource(const QString &path, ImportProblem &problem)
{
    problem.file = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem.message = SourceTextTr::tr("cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return decodeSource(file.readAll(), problem.file, problem);
}

} // namespace wattelier
