// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include "core/fields/field_context.h"
#include "core/http/http_analysis.h"

namespace ecv {

class CaptureStore;

/**
 * @brief FieldContext for event @p eventIndex of a CaptureStore: index fields from the
 * in-memory index, the full event read back from the capture file on first use, HTTP facts from
 * an HttpAnalysis (optional).
 *
 * Thread affinity: the store's thread (it reads the index entry by reference). Cheap to
 * construct: nothing is read until asked.
 */
class StoreFieldContext : public FieldContext
{
public:
    /** @brief How HTTP facts are looked up. */
    enum class HttpLookup
    {
        Request, ///< HttpAnalysis::entry(): starts an analysis when none is current
        Peek,    ///< HttpAnalysis::peek(): only what is cached
    };

    /** @p store and @p analysis (may be null: no HTTP facts) must outlive the context. */
    StoreFieldContext(const CaptureStore &store, int eventIndex, HttpAnalysis *analysis = nullptr,
                      HttpLookup lookup = HttpLookup::Request);

    int eventIndex() const { return m_index; }

    const CapturedEvent &indexed() const override;
    qint64 dataLength() const override;
    quint32 conversationId() const override;
    const CapturedEvent *full() const override;
    const HttpEventFields *http() const override;
    const HttpMessage *httpMessage() const override;
    qint64 captureStartNs() const override;

private:
    const HttpAnalysis::EntryPtr &entry() const;

    const CaptureStore &m_store;
    int m_index;
    HttpAnalysis *m_analysis;
    HttpLookup m_lookup;
    mutable std::optional<CapturedEvent> m_indexed;
    mutable std::optional<CapturedEvent> m_full;
    mutable std::optional<HttpAnalysis::EntryPtr> m_entry;
};

} // namespace ecv
