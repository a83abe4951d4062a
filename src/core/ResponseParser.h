#pragma once

#include "Outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Turns any HTTP answer into an Outcome. Total: every status, header and body, however malformed,
// gives an outcome and never a crash (tst_responseparser feeds it 20,000 mutated bodies, and
// tests/fuzz/fuzz_response_parser runs it under libFuzzer with ASan and UBSan in CI).
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)

public:
    [[nodiscard]] static Outcome parse(int httpStatus, const HttpHeaders& headers, const QByteArray& body,
        const QDateTime& now = QDateTime::currentDateTimeUtc());

    // The readable part of an error body: a JSON message/detail/field list, or an HTML page's title.
    [[nodiscard]] static QString errorText(const HttpHeaders& headers, const QByteArray& body);
    // Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); -1 when absent or unreadable.
    [[nodiscard]] static int retryAfterSeconds(const QByteArray& value, const QDateTime& now);
};
