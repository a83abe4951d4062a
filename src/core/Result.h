#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

// Why a fallible call failed: a translated sentence for a person, ready to show or log.
struct Failure
{
    QString message;
};

// The one error vocabulary of every fallible call (Database, SubmissionStore, Settings writes,
// Endpoint, SecretStore): a value, or a Failure that says why. There is no lastError() to remember
// to read and no sentinel value: the caller cannot reach the value without looking.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): `return value;` is the point
        : m_value(std::move(value))
    { }
    Result(Failure failure) // NOLINT(google-explicit-constructor)
        : m_error(std::move(failure.message))
    { }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // The failure's message; empty on success.
    [[nodiscard]] const QString& error() const { return m_error; }

    // Only after ok(): asserted in debug builds.
    [[nodiscard]] const T& value() const&
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    [[nodiscard]] T& value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    // By value: `for (x : store.list().value())` must not iterate a destroyed temporary.
    [[nodiscard]] T value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    [[nodiscard]] T valueOr(T fallback) const { return m_value.value_or(std::move(fallback)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

private:
    std::optional<T> m_value;
    QString m_error;
};

// A call that has nothing to return but can fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(failure.message))
    { }

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const QString& error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;

namespace Results {
// A source over a list already in memory: each call yields the next item, then nullopt. The
// streaming APIs (SubmissionStore::enqueueAll, SubmissionService::submitAll) take sources; a
// list is one kind. The list must outlive the source.
template<typename T>
std::function<Result<std::optional<T>>()> sourceOf(const QList<T>& items)
{
    return [&items, next = qsizetype {0}]() mutable -> Result<std::optional<T>> {
        if (next >= items.size())
            return std::optional<T>();
        return std::optional<T>(items.at(next++));
    };
}
} // namespace Results
