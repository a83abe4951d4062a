// The answer to a POST, as any server or proxy might send it: status, headers, body.
// Input: "<status>\n<name>: <value>\n...\n\n<body>".
#include "FuzzInput.h"
#include "core/ResponseParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzInput in(data, size);
    const int status = in.take('\n').trimmed().left(6).toInt();
    HttpHeaders headers;
    for (QByteArray line = in.take('\n'); !line.isEmpty() && headers.size() < 64; line = in.take('\n')) {
        const qsizetype colon = line.indexOf(':');
        headers.append({line.left(colon).trimmed(), colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed()});
    }
    const QByteArray body = in.rest();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    const Outcome out = ResponseParser::parse(status, headers, body, now);
    // Properties every outcome keeps, whatever came in.
    if (out.kind == OutcomeKind::Created && out.remoteId.isEmpty())
        std::abort(); // "created" always carries the server's id
    if (out.message.size() > 2000)
        std::abort(); // messages are bounded
    if (out.retryAfterSeconds < -1 || out.retryAfterSeconds > 24 * 3600)
        std::abort();
    (void)ResponseParser::errorText(headers, body);
    return 0;
}
