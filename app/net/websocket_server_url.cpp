// SPDX-License-Identifier: Apache-2.0
#include "net/websocket_server_url.h"

#include <QHostAddress>
#include <QWebSocketServer>

namespace ecv {

QUrl webSocketServerUrl(const QWebSocketServer &server)
{
    if (!server.isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    QHostAddress host = server.serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(server.serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace ecv
