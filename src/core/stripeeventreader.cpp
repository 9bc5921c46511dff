#include "core/stripeeventreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstring>
#include <simdjson.h>
#include <string>
#include <string_view>

namespace Hookyard::Core {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// A member as Qt's parser would give it, as far as stripeEventFromMembers can tell: it reads
// strings, numbers (as doubles) and booleans, and only the type of anything else.
bool toQt(element value, QJsonValue *out)
{
    switch (value.type()) {
    case element_type::STRING: {
        const std::string_view s = value.get_string().value_unsafe();
        *out = QString::fromUtf8(s.data(), qsizetype(s.size()));
        return true;
    }
    case element_type::INT64:
        *out = double(value.get_int64().value_unsafe());
        return true;
    case element_type::UINT64:
        *out = double(value.get_uint64().value_unsafe());
        return true;
    case element_type::DOUBLE:
        *out = value.get_double().value_unsafe();
        return true;
    case element_type::BOOL:
        *out = value.get_bool().value_unsafe();
        return true;
    case element_type::NULL_VALUE:
        *out = QJsonValue(QJsonValue::Null);
        return true;
    case element_type::ARRAY:
        *out = QJsonArray();
        return true;
    case element_type::OBJECT:
        *out = QJsonObject();
        return true;
    }
    return false;
}

// The members named in `keys` of `obj`, by one walk over it. False when one of them appears
// more than once: Qt keeps the last, simdjson's lookups find the first.
template<std::size_t N>
bool findUnique(object obj, const std::string_view (&keys)[N], element (&found)[N],
                bool (&present)[N])
{
    for (std::size_t i = 0; i < N; ++i)
        present[i] = false;
    for (const auto field : obj) {
        for (std::size_t i = 0; i < N; ++i) {
            if (field.key == keys[i]) {
                if (present[i])
                    return false;
                present[i] = true;
                found[i] = field.value;
            }
        }
    }
    return true;
}

// The "id" member of `parent`; Undefined when `parent` is absent or not an object, or has no
// "id" (as QJsonValue::toObject() then value() give). False when "id" appears twice.
bool nestedId(const element &parent, bool parentPresent, QJsonValue *out)
{
    *out = QJsonValue(QJsonValue::Undefined);
    if (!parentPresent || parent.type() != element_type::OBJECT)
        return true;
    static constexpr std::string_view idKey[] = { "id" };
    element found[1];
    bool present[1];
    if (!findUnique(parent.get_object().value_unsafe(), idKey, found, present))
        return false;
    return !present[0] || toQt(found[0], out);
}

} // namespace

struct StripeEventReader::Private
{
    simdjson::dom::parser parser { simdjson::SIMDJSON_MAXSIZE_BYTES };
    std::string padded; // the body, copied with the padding simdjson reads past the end
    bool ready = false; // false when the parser's buffers could not be allocated
};

StripeEventReader::StripeEventReader() : d(std::make_unique<Private>())
{
    // The first 64 KiB (parse() grows it for larger bodies) and the depth limit.
    d->ready = d->parser.allocate(64 * 1024, MaxDepth) == simdjson::SUCCESS;
}

StripeEventReader::~StripeEventReader() = default;

bool StripeEventReader::read(QByteArrayView body, StripeEventInfo *info)
{
    if (!d->ready || body.isEmpty())
        return false;
    const auto size = std::size_t(body.size());
    d->padded.resize(size + simdjson::SIMDJSON_PADDING);
    std::memcpy(d->padded.data(), body.data(), size);
    // Past MaxDepth or the allocated capacity, parse() grows its buffers (capacity) or fails
    // (depth): the caller then asks Qt's parser.
    element root;
    if (d->parser.parse(d->padded.data(), size, false).get(root) != simdjson::SUCCESS)
        return false;
    if (root.type() != element_type::OBJECT)
        return false;

    static constexpr std::string_view keys[] = { "id",       "type",          "object",
                                                 "livemode", "created",       "api_version",
                                                 "data",     "related_object" };
    element found[8];
    bool present[8];
    if (!findUnique(root.get_object().value_unsafe(), keys, found, present))
        return false;
    // Absent members are Undefined, as QJsonObject::value() gives them.
    QJsonValue values[6] = { QJsonValue::Undefined, QJsonValue::Undefined, QJsonValue::Undefined,
                             QJsonValue::Undefined, QJsonValue::Undefined, QJsonValue::Undefined };
    for (int i = 0; i < 6; ++i) {
        if (present[i] && !toQt(found[i], &values[i]))
            return false;
    }

    StripeEventMembers members;
    members.id = values[0];
    members.type = values[1];
    members.object = values[2];
    members.livemode = values[3];
    members.created = values[4];
    members.apiVersion = values[5];
    members.dataObjectId = QJsonValue(QJsonValue::Undefined);
    if (present[6] && found[6].type() == element_type::OBJECT) {
        static constexpr std::string_view objectKey[] = { "object" };
        element inner[1];
        bool innerPresent[1];
        if (!findUnique(found[6].get_object().value_unsafe(), objectKey, inner, innerPresent))
            return false;
        if (!nestedId(inner[0], innerPresent[0], &members.dataObjectId))
            return false;
    }
    if (!nestedId(found[7], present[7], &members.relatedObjectId))
        return false;

    const StripeEventParse parsed = stripeEventFromMembers(members);
    if (!parsed.ok)
        return false; // Qt's parser words the reason
    *info = parsed.info;
    return true;
}

} // namespace Hookyard::Core
