#include "cli/secretinput.h"

#include "cli/clitext.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iterator>
#include <termios.h>
#include <unistd.h>

namespace Hookyard::Cli {

namespace {

// The terminal settings to restore; written before the handlers are installed, read by them.
struct termios g_saved
{
};
volatile sig_atomic_t g_echoOff = 0;

void restoreAndReraise(int signal)
{
    if (g_echoOff)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved); // async-signal-safe
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// What ends the process while the echo is off. Not SIGTSTP: the shell keeps a stopped job's
// terminal settings and gives them back on `fg`, so the prompt is still quiet then.
constexpr int EndingSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };

// Echo off for its lifetime; also restored when a signal ends the process meanwhile.
class EchoOff final
{
public:
    EchoOff()
    {
        std::fill(std::begin(m_previous), std::end(m_previous), SIG_ERR); // nothing to restore
        if (::tcgetattr(STDIN_FILENO, &g_saved) != 0)
            return;
        struct termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the Enter still moves the cursor to the next line
        for (size_t i = 0; i < std::size(EndingSignals); ++i)
            m_previous[i] = std::signal(EndingSignals[i], restoreAndReraise);
        g_echoOff = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0 ? 1 : 0;
    }
    ~EchoOff()
    {
        if (g_echoOff)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
        g_echoOff = 0;
        for (size_t i = 0; i < std::size(EndingSignals); ++i) {
            if (m_previous[i] != SIG_ERR)
                std::signal(EndingSignals[i], m_previous[i]);
        }
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
    void (*m_previous[std::size(EndingSignals)])(int) = {};
};

} // namespace

std::optional<QByteArray> readSecretInput(QString *error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = tr("cannot read standard input");
        return std::nullopt;
    }
    if (!::isatty(STDIN_FILENO)) {
        // One byte over the cap tells a secret from a file that is far too large for one.
        // (A pipe gives at most its buffer per read: read until EOF or past the cap.)
        QByteArray bytes;
        while (bytes.size() <= MaxSecretInputBytes) {
            const QByteArray chunk = in.read(MaxSecretInputBytes + 1 - bytes.size());
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
        if (bytes.size() > MaxSecretInputBytes) {
            *error = tr("standard input holds more than %1 KiB, far more than a signing secret: "
                        "give the file or the output that holds only the whsec_ secret")
                         .arg(MaxSecretInputBytes / 1024);
            return std::nullopt;
        }
        return bytes;
    }

    // Echo off before the prompt: what is pasted after the prompt is never shown. TCSANOW, not
    // TCSAFLUSH: a quick paste that is already waiting must not be thrown away.
    EchoOff quiet;
    std::fputs(qPrintable(tr("Paste the signing secret (whsec_…) and press Enter; it is not "
                             "shown:")
                          + QLatin1Char(' ')),
               stderr);
    std::fflush(stderr);
    return in.readLine(MaxSecretInputBytes);
}

} // namespace Hookyard::Cli
