// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ecv {

class CaptureStore;

/**
 * @brief The Fields tab's words for how an event's client and server were decided. GUI thread
 * (reads the store's index).
 */
class RolesNote
{
    Q_DECLARE_TR_FUNCTIONS(RolesNote)
public:
    /**
     * @brief "client → server from the connect/accept event #12 …", "… from eCapture's event
     * type 3 (response) …", "inferred …", or "" when the event has no addresses.
     *
     * v2 data carries no tuple: the normalizer joins it to the connect/accept event with the
     * same (pid, fd) before it, whose tuple eCapture prints client→server (README "What it
     * understands"); that event is named here. v1 uuids carry the client→server tuple, and
     * types 1–4 say who wrote the bytes (1/2 request, 3/4 response).
     */
    static QString forEvent(const CaptureStore &store, int eventIndex);
};

} // namespace ecv
