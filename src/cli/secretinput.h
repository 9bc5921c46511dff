#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Hookyard::Cli {

// Reads a signing secret from standard input, never from argv (which every user of the machine
// can see). From a pipe or file: everything, up to MaxBytes. From a terminal: one line, after a
// prompt on standard error, with the terminal's echo off, so that the pasted secret is neither
// shown nor left in the scrollback (echo comes back on every exit path, Ctrl-C included).
// nullopt with *error set when standard input cannot be read.
std::optional<QByteArray> readSecretInput(QString *error);

constexpr qsizetype MaxSecretInputBytes = 64 * 1024;

} // namespace Hookyard::Cli
