#pragma once

class QAbstractSocket;

// Ends the sending half of a connected socket (FIN) and keeps the receiving half open, which
// Qt has no call for. The platform-specific part of the server, in one place.
void shutdownWriting(QAbstractSocket &socket);
