#pragma once

#include <QString>

namespace Hookyard::Cli {

// The command line's user-visible text. lupdate files the tr() calls of this namespace's
// functions under one context, "Hookyard::Cli", and this looks them up there.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

} // namespace Hookyard::Cli
