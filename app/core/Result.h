#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ud {

// Outcome of an operation that returns nothing: success, or a message for the user.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    Status() = default;
    explicit Status(QString message) : m_failed(true), m_error(std::move(message)) {}

    bool m_failed = false;
    QString m_error;
};

// A value or a message for the user; errors are returned as values, never thrown.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {} // NOLINT: implicit on purpose
    Result(const Status &status) : m_error(status.error()) {} // NOLINT: failure only
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const QString &error() const { return m_error; }
    Status status() const { return ok() ? Status::success() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace ud
