#include "server/api/errorreply.h"

int httpStatus(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidInput:
    case ErrorKind::Rejected:
        return 400;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::NotConfigured:
    case ErrorKind::NotConnected:
    case ErrorKind::Expired:
        return 409;
    case ErrorKind::RateLimited:
        return 429;
    case ErrorKind::ServerFailure:
    case ErrorKind::Network:
        return 502;
    case ErrorKind::Unavailable:
    case ErrorKind::Cancelled:
    case ErrorKind::NoSpace:
        return 503;
    case ErrorKind::Failed:
        break;
    }
    return 500;
}

Reply errorReply(const Error &error)
{
    Reply reply = Reply::error(httpStatus(error.kind), error.message);
    if (error.kind == ErrorKind::RateLimited && error.resumeAt.isValid()) {
        const qint64 seconds = std::max<qint64>(QDateTime::currentDateTimeUtc().secsTo(error.resumeAt), 1);
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    }
    return reply;
}
