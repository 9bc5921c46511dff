// The agent used by the agents tests: a tiny program whose behaviour is chosen by its arguments,
// run in order. Plain C++ and POSIX (no Qt) so that it starts in about a millisecond.
//
//   echo                 copy stdin to stdout until end of file
//   count-stdin          print the number of bytes read from stdin, then "EOF"
//   env NAME             print NAME=value ("NAME unset" when missing)
//   pwd                  print the working directory
//   args                 print each argument after this one on its own line, then stop
//   log TEXT             print TEXT on stderr
//   print TEXT           print TEXT on stdout
//   flood N [err]        write N bytes of 'x' on stdout (or stderr)
//   sleep MS             sleep
//   wait-file PATH       wait until PATH exists (the test releases the agent)
//   touch PATH           create PATH (the test sees that the agent started)
//   append PATH TEXT     append TEXT and a newline to PATH
//   ignore-term          ignore SIGTERM from now on
//   fail-before-attempt N  exit 1 while $HOOKYARD_ATTEMPT < N
//   exit N               exit with status N
//   crash                raise SIGSEGV
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace {

void writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n <= 0)
            return;
        data += n;
        size -= size_t(n);
    }
}

void writeText(int fd, const std::string &text)
{
    writeAll(fd, text.data(), text.size());
}

std::string readStdin()
{
    std::string all;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(0, buf, sizeof buf);
        if (n <= 0)
            break;
        all.append(buf, size_t(n));
    }
    return all;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string cmd = argv[i];
        auto next = [&]() -> std::string {
            return i + 1 < argc ? argv[++i] : std::string();
        };
        if (cmd == "echo") {
            writeText(1, readStdin());
        } else if (cmd == "count-stdin") {
            writeText(1, std::to_string(readStdin().size()) + "\nEOF\n");
        } else if (cmd == "env") {
            const std::string name = next();
            const char *value = std::getenv(name.c_str());
            writeText(1, value ? name + "=" + value + "\n" : name + " unset\n");
        } else if (cmd == "pwd") {
            char buf[4096];
            if (::getcwd(buf, sizeof buf))
                writeText(1, std::string(buf) + "\n");
        } else if (cmd == "args") {
            while (i + 1 < argc)
                writeText(1, std::string(argv[++i]) + "\n");
        } else if (cmd == "log") {
            writeText(2, next() + "\n");
        } else if (cmd == "print") {
            writeText(1, next());
        } else if (cmd == "flood") {
            const long n = std::atol(next().c_str());
            const int fd = (i + 1 < argc && std::string(argv[i + 1]) == "err") ? (++i, 2) : 1;
            const std::string chunk(65536, 'x');
            for (long left = n; left > 0; left -= long(chunk.size()))
                writeAll(fd, chunk.data(),
                         size_t(left < long(chunk.size()) ? left : long(chunk.size())));
        } else if (cmd == "sleep") {
            ::usleep(useconds_t(std::atol(next().c_str()) * 1000));
        } else if (cmd == "wait-file") {
            const std::string path = next();
            while (::access(path.c_str(), F_OK) != 0)
                ::usleep(5000);
        } else if (cmd == "touch") {
            const int fd = ::open(next().c_str(), O_CREAT | O_WRONLY, 0644);
            if (fd >= 0)
                ::close(fd);
        } else if (cmd == "append") {
            const std::string path = next();
            const std::string text = next() + "\n";
            const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY | O_APPEND, 0644);
            if (fd >= 0) {
                writeText(fd, text);
                ::close(fd);
            }
        } else if (cmd == "ignore-term") {
            std::signal(SIGTERM, SIG_IGN);
        } else if (cmd == "fail-before-attempt") {
            const int needed = std::atoi(next().c_str());
            const char *attempt = std::getenv("HOOKYARD_ATTEMPT");
            if (!attempt || std::atoi(attempt) < needed) {
                writeText(2, "failing on purpose\n");
                return 1;
            }
        } else if (cmd == "exit") {
            return std::atoi(next().c_str());
        } else if (cmd == "crash") {
            std::raise(SIGSEGV);
        } else {
            writeText(2, "agenthelper: unknown step " + cmd + "\n");
            return 64;
        }
    }
    return 0;
}
