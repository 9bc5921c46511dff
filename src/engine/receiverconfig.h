#pragma once

#include "receiver/webhookreceiver.h"

#include <optional>

namespace Hookyard::Storage {
class SettingsRepository;
}

namespace Hookyard::Engine {

// The receiver's configuration from the settings table, with `listen` ("HOST:PORT") as the
// address. nullopt with *error when the address does not parse or is not an address.
std::optional<Receiver::ReceiverConfig>
receiverConfigFrom(const Storage::SettingsRepository &settings, const QString &listen,
                   QString *error);

} // namespace Hookyard::Engine
