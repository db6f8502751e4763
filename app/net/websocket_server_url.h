// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QUrl>

class QWebSocketServer;

namespace ecv {

/**
 * @brief The ws://HOST:PORT/ URL a local client uses to reach @p server.
 *
 * A wildcard listen address (Any, AnyIPv4, AnyIPv6) is not connectable, so it becomes the
 * matching loopback address; QUrl puts an IPv6 host in brackets. Shared by ListenSource and
 * ReplayServer.
 * @return an empty QUrl when @p server is not listening.
 */
QUrl webSocketServerUrl(const QWebSocketServer &server);

} // namespace ecv
