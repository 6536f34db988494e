#pragma once

#include "server/http/httpresponder.h"

struct HttpRequest;

// What HttpServer hands each request to once the transport has checked it (qBittorrent's
// IRequestHandler): the route table of MelodyHue, or a fake service in the tests.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;

    // Answers through `responder`, at once or later; answers leave in request order.
    virtual void handleRequest(const HttpRequest &request, HttpResponder responder) = 0;

    // Whether this request asks to become a WebSocket where there is one. Its answer then
    // decides: a 101 (Reply::webSocketAccept) hands the connection over to a WebSocketPeer,
    // anything else is the last answer on the connection. When not, the request is served as an
    // ordinary one, under every rule.
    virtual bool isWebSocketHandshake(const HttpRequest &request) const
    {
        Q_UNUSED(request);
        return false;
    }
};
