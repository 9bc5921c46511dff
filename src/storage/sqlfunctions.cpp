#include "storage/sqlfunctions.h"

#include <array>
#include <cstring>
#include <sqlite3.h>

namespace Hookyard::Storage {

namespace {

constexpr std::array<unsigned char, 256> foldTable()
{
    std::array<unsigned char, 256> table {};
    for (int i = 0; i < 256; ++i)
        table[size_t(i)] = (i >= 'A' && i <= 'Z') ? static_cast<unsigned char>(i + ('a' - 'A'))
                                                  : static_cast<unsigned char>(i);
    return table;
}
constexpr std::array<unsigned char, 256> Fold = foldTable();

void containsNoCaseSql(sqlite3_context *context, int, sqlite3_value **args)
{
    if (sqlite3_value_type(args[0]) == SQLITE_NULL || sqlite3_value_type(args[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    // sqlite3_value_blob first, then the byte count: the documented order for either type.
    const auto *haystack = static_cast<const char *>(sqlite3_value_blob(args[0]));
    const int haystackSize = sqlite3_value_bytes(args[0]);
    const auto *needle = static_cast<const char *>(sqlite3_value_blob(args[1]));
    const int needleSize = sqlite3_value_bytes(args[1]);
    sqlite3_result_int(
        context,
        containsNoCase(QByteArrayView(haystack, haystackSize), QByteArrayView(needle, needleSize))
            ? 1
            : 0);
}

} // namespace

bool containsNoCase(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    if (n > haystack.size())
        return false;
    const auto *h = reinterpret_cast<const unsigned char *>(haystack.data());
    const auto *p = reinterpret_cast<const unsigned char *>(needle.data());
    const unsigned char first = Fold[p[0]];
    const qsizetype last = haystack.size() - n; // the last position a match can start at
    for (qsizetype i = 0; i <= last; ++i) {
        if (Fold[h[i]] != first)
            continue;
        qsizetype k = 1;
        while (k < n && Fold[h[i + k]] == Fold[p[k]])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

int registerSqlFunctions(sqlite3 *db)
{
    return sqlite3_create_function_v2(db, "contains_nocase", 2,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, &containsNoCaseSql, nullptr, nullptr, nullptr);
}

} // namespace Hookyard::Storage
