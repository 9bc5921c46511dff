#include "cli/secretinput.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Hookyard::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookyard::Cli::Connector", text);
}

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

// Echo off for its lifetime; also restored when a signal ends the process meanwhile.
class EchoOff final
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &g_saved) != 0)
            return;
        struct termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the Enter still moves the cursor to the next line
        for (int s : { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP })
            m_previous[index(s)] = std::signal(s, restoreAndReraise);
        g_echoOff = ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0 ? 1 : 0;
    }
    ~EchoOff()
    {
        if (g_echoOff)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
        g_echoOff = 0;
        for (int s : { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP })
            std::signal(s, m_previous[index(s)]);
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
    static int index(int signal)
    {
        switch (signal) {
        case SIGINT:
            return 0;
        case SIGTERM:
            return 1;
        case SIGHUP:
            return 2;
        case SIGQUIT:
            return 3;
        default:
            return 4;
        }
    }
    void (*m_previous[5])(int) = {};
};

} // namespace

std::optional<QByteArray> readSecretInput(QString *error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = tr("cannot read standard input");
        return std::nullopt;
    }
    if (!::isatty(STDIN_FILENO))
        return in.read(MaxSecretInputBytes);

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
