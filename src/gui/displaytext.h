#pragma once

#include <QCoreApplication>
#include <QString>

namespace Hookyard::Gui {

// Translated, person-readable words for the codes stored in the database.
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(Hookyard::Gui::DisplayText)
public:
    // "no_v1_signature" -> "No v1 signature"
    static QString rejectReason(const QString &code);
    // "timed_out" -> "Timed out"
    static QString runState(const QString &state);
    // "billing"; a removed connector's "billing (removed)", or "(removed)" when it was removed
    // before its name was kept (schema v3).
    static QString connectorName(const QString &name, bool removed);
    // Today: 14:03:07.215; otherwise the date too. Local time.
    static QString time(qint64 msSinceEpoch);
    static QString dateTime(qint64 msSinceEpoch);
    // "3 s ago", "5 min ago", or the date.
    static QString ago(qint64 msSinceEpoch, qint64 nowMs);
    static QString duration(qint64 ms);
    static QString bytes(qint64 bytes);
    // A message shared with the command line marks keys, commands and values in backticks, as
    // Markdown does ("an empty `connectors` list"); the window shows them in the language's
    // quotation marks instead ("an empty “connectors” list"). An unpaired backtick stays.
    static QString message(const QString &text);
};

} // namespace Hookyard::Gui
