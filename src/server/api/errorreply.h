#pragma once

#include "server/http/reply.h"
#include "util/result.h"

// The one place where a failure of MelodyHue's core becomes an HTTP answer: its kind picks the
// status (a rate limit is 429 with Retry-After, a failure of the remote service 502), its
// message is the body's sentence.
int httpStatus(ErrorKind kind);
Reply errorReply(const Error &error);
