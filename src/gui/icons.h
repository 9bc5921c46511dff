#pragma once

#include <QIcon>

namespace Hookyard::Gui::Icons {

enum Id {
    App,
    Connectors,
    Events,
    Agents,
    Settings,
    Add,
    Remove,
    Copy,
    Paste,
    Save, // a file
    SaveSecret, // into the secret store
    Send,
    Run,
    Cancel,
    Show,
    Ok,
    Warning,
    Error,
    Refresh,
};

// The packaged SVG icon (resources/icons, ":/icons/<name>.svg") when it is there, else the
// desktop theme's icon, else the style's: the window never shows a blank button.
QIcon get(Id id);

} // namespace Hookyard::Gui::Icons
