// SPDX-License-Identifier: Apache-2.0
#include "ui/row_filter.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>
#include <QVector>

namespace ecv {

bool forEachChunk(int first, int last, RowJobControl &control,
                  const std::function<void(int, int)> &fn)
{
    const int n = last - first;
    if (n <= 0)
        return !control.cancelled();
    // Chunks of at most 16,384 events, so cancel is seen within a few milliseconds, and at
    // least one per core.
    constexpr int MaxChunk = 16384;
    const int cores = qMax(1, QThread::idealThreadCount());
    const int chunk = qBound(1, (n + cores - 1) / cores, MaxChunk);
    std::atomic<int> next{first};
    auto worker = [&] {
        for (;;) {
            if (control.cancelled())
                return;
            const int begin = next.fetch_add(chunk);
            if (begin >= last)
                return;
            fn(begin, qMin(last, begin + chunk));
        }
    };
    QVector<QFuture<void>> helpers;
    for (int i = 1; i < cores && i * chunk < n; ++i)
        helpers.append(QtConcurrent::run(worker));
    worker();
    for (QFuture<void> &f : helpers)
        f.waitForFinished();
    return !control.cancelled();
}

} // namespace ecv
