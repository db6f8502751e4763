// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <QObject>
#include <QUrl>

namespace ecv {

class WebSocketSource;

/**
 * @brief The built-in demo: an in-process replay server on a free loopback port playing the
 * realistic stream shipped in resources/demo (looped, with heartbeats), and a WebSocketSource
 * connected to it. The app shows real-looking traffic with no eCapture at hand.
 */
class DemoSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSource)
public:
    explicit DemoSource(QObject *parent = nullptr);
    ~DemoSource() override;

    /** @brief Start the server and connect @p client to it. @return false with @p error. */
    bool start(WebSocketSource *client, QString *error = nullptr);
    void stop();
    /** @brief ws://127.0.0.1:PORT/ of the running demo server (invalid when stopped). */
    QUrl url() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ecv
