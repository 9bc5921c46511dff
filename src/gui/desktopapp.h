#pragma once

namespace Hookyard::Gui {

// The desktop app's entry point, called by main() when no CLI command is given: creates the
// QApplication, reads --data-dir DIR (or HOOKYARD_DATA_DIR) and --listen HOST:PORT, starts the
// Engine, installs the translation of the language setting, and shows the MainWindow.
// Returns the process exit status.
int runDesktopApp(int argc, char *argv[]);

} // namespace Hookyard::Gui
