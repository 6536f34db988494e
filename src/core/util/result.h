#pragma once

#include <QDateTime>
#include <QString>

#include <utility>
#include <variant>

// What kind of failure, for code that must tell them apart: the local server's HTTP status,
// a retry, a "Reconnect" button. The sentence people read is the Error's message.
enum class ErrorKind {
    Failed, // nothing more specific
    InvalidInput, // what was given is malformed (a Client ID with the wrong characters)
    NotFound,
    NotConfigured, // a step is missing first (no Client ID yet)
    NotConnected,
    Rejected, // the service refused what MelodyHue sent (unknown Client ID or redirect URI)
    Expired, // the service no longer accepts the authorization: connect again
    RateLimited, // try again at resumeAt
    ServerFailure, // the service answered with an error of its own or a malformed answer
    Network, // no answer at all
    Unavailable, // something on this computer is missing (the keychain, the local server)
    Cancelled, // MelodyHue is quitting, or the user disconnected meanwhile
    NoSpace, // the disk or drive is full
};

// Why something failed, as a sentence the user can act on (already translated), and its kind.
struct Error {
    QString message;
    ErrorKind kind = ErrorKind::Failed;
    // For RateLimited: when the service accepts requests again.
    QDateTime resumeAt = {};
};

// The outcome of an operation that can fail: a value or an Error. Nothing throws across
// Qt event boundaries, so failures travel as values.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }

    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};
