#!/usr/bin/env bash
# Regenerates vectors.json, the test vectors of tst_signatureverifier, from sources independent
# of Hookyard's code:
#   - expected v1 signatures from `openssl dgst -sha256 -hmac <secret>` over "<t>." + body file;
#   - Stripe-Signature headers from the official Stripe SDK's
#     stripe.webhooks.generateTestHeaderString (npm package `stripe`), cross-checked against
#     openssl (the script fails if they ever differ);
#   - what the SDK's stripe.webhooks.constructEvent accepts or rejects for edge cases, next to
#     what Hookyard's policy (ARCHITECTURE.md section 5) expects.
# The SDK is installed into a temporary directory, never into the repository. To reuse an
# installation: STRIPE_SDK_DIR=/path/with/node_modules ./generate.sh
# Needs: bash, openssl, node >= 18, npm (only without STRIPE_SDK_DIR).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
stripe_version=${STRIPE_VERSION:-23.1.0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sdk=${STRIPE_SDK_DIR:-}
if [ -z "$sdk" ]; then
    sdk="$work/sdk"
    mkdir -p "$sdk"
    (cd "$sdk" && npm init -y >/dev/null && npm install --no-audit --no-fund "stripe@$stripe_version" >/dev/null)
fi

# Test secrets only. A Dashboard-style secret, the previous one of a rotation, and the 64-hex
# form printed by `stripe listen`.
current='whsec_5f8e3c2a9b7d4e6f1a0c8b2d3e4f5a6b'
previous='whsec_PrevRotatedSecret0123456789abcdefXY'
listen='whsec_0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff'

# name  secret-name  t  body-file
cases='small-current current 1700000000 event-small.json
large-3k-current current 1700000123 event-3k.json
unicode-crlf-current current 1700000200 event-unicode-crlf.json
thin-event-current current 1726768000 event-thin.json
small-previous previous 1700000000 event-small.json
small-listen-secret listen 1700000300 event-small.json
minimal-body-current current 1 body-min.txt
binary-body-current current 1700000400 body-binary.bin
far-timestamp-current current 9999999999 event-small.json'

: > "$work/openssl.tsv"
while read -r name secret_name t body; do
    secret=${!secret_name}
    # "<t>." then the raw body bytes, exactly what Stripe signs.
    printf '%s.' "$t" > "$work/message"
    cat "$here/$body" >> "$work/message"
    hex=$(openssl dgst -sha256 -hmac "$secret" -r "$work/message" | cut -d' ' -f1)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$secret_name" "$secret" "$t" "$body" "$hex" \
        >> "$work/openssl.tsv"
done <<< "$cases"

NODE_PATH="$sdk/node_modules" node "$here/gen-vectors.js" "$here" "$work/openssl.tsv" \
    "$(openssl version)" > "$work/vectors.json"
mv "$work/vectors.json" "$here/vectors.json"
echo "wrote $here/vectors.json"
