#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace kuaibao {

// What went wrong, for the layer that decides how to tell the user.
enum class ErrorKind {
    BadInput,  // the caller asked for something invalid (exit status 2 in the CLI)
    NotFound,  // the named thing does not exist (exit status 2)
    Conflict,  // it exists already or changed under us (exit status 2)
    Busy,      // another process holds the database too long (exit status 1)
    Storage,   // the database or the disk failed (exit status 1)
    Corrupt,   // a file is damaged or not what it claims (exit status 1)
    Forbidden, // refused by a rule, such as editing a signed issue (exit status 2)
};

// An error as a value: a kind for programs and a sentence for people.
struct Error {
    ErrorKind kind = ErrorKind::Storage;
    QString message;

    static Error badInput(QString m) { return {ErrorKind::BadInput, std::move(m)}; }
    static Error notFound(QString m) { return {ErrorKind::NotFound, std::move(m)}; }
    static Error conflict(QString m) { return {ErrorKind::Conflict, std::move(m)}; }
    static Error busy(QString m) { return {ErrorKind::Busy, std::move(m)}; }
    static Error storage(QString m) { return {ErrorKind::Storage, std::move(m)}; }
    static Error corrupt(QString m) { return {ErrorKind::Corrupt, std::move(m)}; }
    static Error forbidden(QString m) { return {ErrorKind::Forbidden, std::move(m)}; }
};

// A value or the Error that prevented it (a small std::expected for C++20).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Success, or the Error that prevented it.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace kuaibao
