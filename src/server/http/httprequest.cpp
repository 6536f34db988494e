#include "server/http/httprequest.h"

#include <array>

namespace {

struct MethodName {
    HttpRequest::Method method;
    const char *name;
};

constexpr std::array<MethodName, 7> methodNames{{
    {HttpRequest::Method::Get, "GET"},
    {HttpRequest::Method::Head, "HEAD"},
    {HttpRequest::Method::Post, "POST"},
    {HttpRequest::Method::Put, "PUT"},
    {HttpRequest::Method::Patch, "PATCH"},
    {HttpRequest::Method::Delete, "DELETE"},
    {HttpRequest::Method::Options, "OPTIONS"},
}};

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QByteArrayView HttpRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    return QByteArrayView(target).first(question < 0 ? target.size() : question);
}

QByteArrayView HttpRequest::query() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArrayView() : QByteArrayView(target).sliced(question + 1);
}

HttpRequest::Method HttpRequest::methodFrom(QByteArrayView name)
{
    // Methods are case-sensitive (RFC 9110 §9.1).
    for (const MethodName &entry : methodNames) {
        if (name == entry.name)
            return entry.method;
    }
    return Method::Other;
}

QByteArray HttpRequest::nameOf(Method method)
{
    for (const MethodName &entry : methodNames) {
        if (entry.method == method)
            return QByteArray(entry.name);
    }
    return QByteArrayLiteral("OTHER");
}
