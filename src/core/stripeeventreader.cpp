#include "core/stripeeventreader.h"

#include <cstring>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>

namespace Hookyard::Core {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// A member as Qt's parser would give it, as far as stripeEventFromMembers can tell: it reads
// strings, numbers (as doubles) and booleans, and only the type of anything else. Undefined when
// absent, as QJsonObject::value() gives it.
bool toMember(const std::optional<element> &found, StripeEventMember *out)
{
    *out = StripeEventMember();
    if (!found)
        return true;
    const element value = *found;
    switch (value.type()) {
    case element_type::STRING: {
        const std::string_view s = value.get_string().value_unsafe();
        out->type = QJsonValue::String;
        out->string = QString::fromUtf8(s.data(), qsizetype(s.size()));
        return true;
    }
    case element_type::INT64:
        out->type = QJsonValue::Double;
        out->number = double(value.get_int64().value_unsafe());
        return true;
    case element_type::UINT64:
        out->type = QJsonValue::Double;
        out->number = double(value.get_uint64().value_unsafe());
        return true;
    case element_type::DOUBLE:
        out->type = QJsonValue::Double;
        out->number = value.get_double().value_unsafe();
        return true;
    case element_type::BOOL:
        out->type = QJsonValue::Bool;
        out->boolean = value.get_bool().value_unsafe();
        return true;
    case element_type::NULL_VALUE:
        out->type = QJsonValue::Null;
        return true;
    case element_type::ARRAY:
        out->type = QJsonValue::Array;
        return true;
    case element_type::OBJECT:
        out->type = QJsonValue::Object;
        return true;
    }
    return false;
}

// The members named in `keys` of `parent`, by one walk over it; none when `parent` is absent or
// not an object (as QJsonValue::toObject().value() gives). False when one of them appears more
// than once: Qt keeps the last, simdjson's lookups find the first.
template<std::size_t N>
bool findUnique(const std::optional<element> &parent, const std::string_view (&keys)[N],
                std::optional<element> (&found)[N])
{
    for (auto &member : found)
        member.reset();
    if (!parent || parent->type() != element_type::OBJECT)
        return true;
    // A copy: value_unsafe() refers into the temporary result.
    const simdjson::dom::object object = parent->get_object().value_unsafe();
    for (const auto field : object) {
        for (std::size_t i = 0; i < N; ++i) {
            if (field.key == keys[i]) {
                if (found[i])
                    return false;
                found[i] = field.value;
            }
        }
    }
    return true;
}

// One member of `parent`, as findUnique finds it.
bool findUnique(const std::optional<element> &parent, std::string_view key,
                std::optional<element> *found)
{
    const std::string_view keys[] = { key };
    std::optional<element> one[1];
    if (!findUnique(parent, keys, one))
        return false;
    *found = one[0];
    return true;
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

    enum Member { Id, Type, Object, Livemode, Created, ApiVersion, Data, RelatedObject, Count };
    static constexpr std::string_view keys[Count] = { "id",       "type",          "object",
                                                      "livemode", "created",       "api_version",
                                                      "data",     "related_object" };
    std::optional<element> found[Count];
    std::optional<element> dataObject, dataObjectId, relatedObjectId;
    if (!findUnique(root, keys, found) || !findUnique(found[Data], "object", &dataObject)
        || !findUnique(dataObject, "id", &dataObjectId)
        || !findUnique(found[RelatedObject], "id", &relatedObjectId)) {
        return false;
    }
    StripeEventMembers members;
    if (!toMember(found[Id], &members.id) || !toMember(found[Type], &members.type)
        || !toMember(found[Object], &members.object)
        || !toMember(found[Livemode], &members.livemode)
        || !toMember(found[Created], &members.created)
        || !toMember(found[ApiVersion], &members.apiVersion)
        || !toMember(dataObjectId, &members.dataObjectId)
        || !toMember(relatedObjectId, &members.relatedObjectId)) {
        return false;
    }

    const StripeEventParse parsed = stripeEventFromMembers(members);
    if (!parsed.ok)
        return false; // Qt's parser words the reason
    *info = parsed.info;
    return true;
}

} // namespace Hookyard::Core
