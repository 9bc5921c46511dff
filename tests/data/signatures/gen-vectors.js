// Writes vectors.json to standard output; run by generate.sh, not by hand.
// argv: <dir with the body files> <openssl.tsv> <openssl version string>
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const Stripe = require('stripe');

const [dir, tsvPath, opensslVersion] = process.argv.slice(2);
const stripe = Stripe('sk_test_unused_no_request_is_made');
// The package's "exports" hide package.json: read it next to the resolved entry point.
const sdkVersion = (() => {
    let d = path.dirname(require.resolve('stripe'));
    while (!fs.existsSync(path.join(d, 'package.json')) ||
           JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8')).name !== 'stripe')
        d = path.dirname(d);
    return JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8')).version;
})();

function die(message) {
    process.stderr.write(`gen-vectors: ${message}\n`);
    process.exit(1);
}

const secrets = {};
const vectors = [];
for (const line of fs.readFileSync(tsvPath, 'utf8').split('\n').filter(Boolean)) {
    const [name, secretName, secret, t, bodyFile, opensslHex] = line.split('\t');
    secrets[secretName] = secret;
    const body = fs.readFileSync(path.join(dir, bodyFile));
    const text = body.toString('utf8');
    const isUtf8 = Buffer.from(text, 'utf8').equals(body);
    const vector = {
        name,
        secret: secretName,
        timestamp: Number(t),
        body_file: bodyFile,
        body_base64: body.toString('base64'),
        openssl_v1: opensslHex,
    };
    // The SDK signs strings (UTF-8); a body that is not UTF-8 is covered by openssl only.
    if (isUtf8) {
        const header = stripe.webhooks.generateTestHeaderString({
            payload: text, secret, timestamp: Number(t) });
        const v1 = header.split(',').find((e) => e.startsWith('v1=')).slice(3);
        if (v1 !== opensslHex)
            die(`${name}: the Stripe SDK (${v1}) and openssl (${opensslHex}) disagree`);
        vector.sdk_header = header;
    }
    vectors.push(vector);
}

// Edge cases run through the SDK's constructEvent (receivedAt pins the SDK's clock), next to
// what Hookyard's policy expects. `hookyard` is the SignatureVerifier::errorCode, "none" = OK.
const body = fs.readFileSync(path.join(dir, 'event-small.json'));
const payload = body.toString('utf8');
const secret = secrets.current;
const now = 1700000000;
const sign = (t, key = secret, text = payload) =>
    crypto.createHmac('sha256', key).update(`${t}.${text}`, 'utf8').digest('hex');
const sdkHeader = (t, scheme) => stripe.webhooks.generateTestHeaderString(
    { payload, secret, timestamp: t, scheme });
const good = sign(now);
const wrong = sign(now, 'whsec_someOtherEndpointSecret000000');

const cases = [
    { name: 'valid', header: sdkHeader(now), hookyard: 'none' },
    { name: 'elements reversed', header: `v1=${good},t=${now}`, hookyard: 'none' },
    { name: 'unknown key ignored', header: `t=${now},foo=bar,v1=${good}`, hookyard: 'none' },
    { name: 'v0 only', header: sdkHeader(now, 'v0'), hookyard: 'no_v1_signature' },
    { name: 'v0 and v1', header: `t=${now},v0=${good},v1=${good}`, hookyard: 'none' },
    { name: 'second v1 matches', header: `t=${now},v1=${wrong},v1=${good}`, hookyard: 'none' },
    { name: 'uppercase v1', header: `t=${now},v1=${good.toUpperCase()}`,
      hookyard: 'signature_mismatch' },
    { name: 'wrong secret', header: `t=${now},v1=${wrong}`, hookyard: 'signature_mismatch' },
    { name: 'no t', header: `v1=${good}`, hookyard: 'malformed_signature' },
    { name: 't not digits', header: `t=abc,v1=${good}`, hookyard: 'malformed_signature' },
    { name: 't zero', header: `t=0,v1=${sign(0)}`, hookyard: 'malformed_signature' },
    { name: '300 s old (boundary)', header: sdkHeader(now - 300), hookyard: 'none' },
    { name: '301 s old', header: sdkHeader(now - 301), hookyard: 'timestamp_out_of_tolerance' },
    { name: 'empty body', header: sdkHeader(now), payload: '', hookyard: 'empty_body' },
    { name: '301 s in the future', header: sdkHeader(now + 301),
      hookyard: 'timestamp_out_of_tolerance',
      divergence: 'the SDK checks only the age; the policy rejects future timestamps as well' },
    { name: 'whitespace around elements', header: ` t=${now} , v1=${good} `, hookyard: 'none',
      divergence: 'the SDK does not trim elements; the policy ignores surrounding whitespace' },
    { name: 'duplicate t', header: `t=${now - 1000},t=${now},v1=${good}`,
      hookyard: 'malformed_signature',
      divergence: 'the SDK keeps the last t; the policy requires exactly one' },
    { name: 'tolerance 0, 10000 s old', header: sdkHeader(now - 10000), tolerance: 0,
      hookyard: 'timestamp_out_of_tolerance',
      divergence: 'tolerance 0 switches the SDK check off; for Hookyard it means the default' },
];

const sdkCases = cases.map((c) => {
    const tolerance = c.tolerance ?? 300;
    const text = c.payload ?? payload;
    let sdk;
    try {
        stripe.webhooks.constructEvent(Buffer.from(text, 'utf8'), c.header, secret, tolerance,
                                       undefined, now * 1000);
        sdk = 'accepted';
    } catch (e) {
        sdk = 'rejected: ' + e.message.split('\n')[0].trim();
    }
    const sdkAccepts = sdk === 'accepted';
    if (!c.divergence && sdkAccepts !== (c.hookyard === 'none'))
        die(`case "${c.name}": the SDK ${sdk}, the policy expects ${c.hookyard}; ` +
            'add a divergence note if this is intended');
    const out = { name: c.name, header: c.header, body_base64: Buffer.from(text).toString('base64'),
                  secret: 'current', now, tolerance, sdk, hookyard: c.hookyard };
    if (c.divergence)
        out.divergence = c.divergence;
    return out;
});

process.stdout.write(JSON.stringify({
    comment: 'Generated by generate.sh: do not edit. Expected signatures come from openssl, ' +
        'headers and accept/reject results from the official Stripe SDK.',
    stripe_sdk_version: sdkVersion,
    openssl_version: opensslVersion,
    secrets,
    vectors,
    sdk_cases: sdkCases,
}, null, 2) + '\n');
