#pragma once

#include <QString>

// Proof Key for Code Exchange (RFC 7636, S256) and the OAuth `state`, drawn independently from
// the system's random source: the state is never derived from the verifier or the challenge.
struct Pkce {
    QString verifier;
    QString challenge;

    static Pkce generate();
    static QString challengeFor(const QString &verifier);
    static QString randomState();
};
