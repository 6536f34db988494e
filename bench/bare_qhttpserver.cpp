// The baseline for bench/http-color.sh: a bare QHttpServer answering the same /color bytes with
// no guard, no route table and no extra headers, so the cost of MelodyHue's layers shows.

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QHttpServer server;
    const QByteArray body = QByteArrayLiteral(
        "{\"color\":\"#7c4dff\",\"is_playing\":false,\"source\":\"default\",\"text_color\":\"#ffffff\"}");
    server.route(
        QStringLiteral("/color"), [&body] { return QHttpServerResponse(QByteArrayLiteral("application/json"), body); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    std::printf("bare QHttpServer on http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
