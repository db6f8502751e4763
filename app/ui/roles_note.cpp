// SPDX-License-Identifier: Apache-2.0
#include "ui/roles_note.h"

#include "core/capture/capture_store.h"

namespace ecv {

QString RolesNote::forEvent(const CaptureStore &store, int eventIndex)
{
    if (eventIndex < 0 || eventIndex >= store.eventCount())
        return {};
    const CapturedEvent e = store.indexedEvent(eventIndex);
    if (e.srcIp.isEmpty() && e.dstIp.isEmpty())
        return {};
    const QString side = e.rolesInferred
                             ? tr("which side this process is was inferred (from the bytes, "
                                  "else its other connections)")
                             : tr("which side this process is comes from the bytes");
    if (e.era == Era::V2Text || e.era == Era::ConnectOut) {
        // The connect/accept with the same (pid, fd) before it: the one the normalizer joined.
        // Index entries only (no payload read); a bounded look back.
        constexpr int LookBack = 200000;
        for (int k = eventIndex - 1; k >= 0 && k >= eventIndex - LookBack; --k) {
            const EventIndexEntry &c = store.eventAt(k);
            if (EventKind(c.kind) == EventKind::Connect && c.pid == e.pid && c.fd == e.fd)
                return tr("client → server from the connect/accept event #%1 (eCapture "
                          "prints its tuple client → server); %2")
                    .arg(c.frameNumber)
                    .arg(side);
        }
        return tr("client/server side inferred");
    }
    if (!e.rolesInferred && e.ecaptureType >= 1 && e.ecaptureType <= 4)
        return tr("client → server from eCapture's uuid tuple; sender from its event type %1 "
                  "(%2)")
            .arg(e.ecaptureType)
            .arg(e.ecaptureType <= 2 ? tr("request") : tr("response"));
    return e.rolesInferred ? tr("client/server side inferred")
                           : tr("client → server from eCapture's tuple; %1").arg(side);
}

} // namespace ecv
