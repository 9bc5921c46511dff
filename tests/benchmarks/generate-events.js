#!/usr/bin/env node
// Writes N distinct, pre-signed, realistic Stripe webhook deliveries (about 3 KB each) for the
// wrk replay script (replay.lua). Each event has its own evt_ id; the Stripe-Signature header is
// made by the official SDK's stripe.webhooks.generateTestHeaderString with the given secret and
// the current time, so generate right before the run: Stripe's tolerance is 300 s.
//
// usage: node generate-events.js --secret whsec_... --count N --out FILE [--ids FILE] [--seed S]
//
// FILE format (read by replay.lua), one record per event:
//   <Stripe-Signature value> TAB <body length in bytes> LF <body bytes> LF
// Bodies are pretty-printed with two spaces, like the ones Stripe sends.
'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

function loadStripe() {
  const candidates = [
    path.join(__dirname, 'reference', 'node_modules', 'stripe'),
    'stripe',
  ];
  for (const c of candidates) {
    try {
      return require(c);
    } catch (e) {
      /* try the next one */
    }
  }
  console.error('generate-events: the npm package "stripe" is missing: run `npm ci` in ' +
                path.join(__dirname, 'reference'));
  process.exit(2);
}

function parseArgs(argv) {
  const out = { count: 10000, seed: '' };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--secret') { out.secret = v; i++; }
    else if (a === '--count') { out.count = Number(v); i++; }
    else if (a === '--out') { out.out = v; i++; }
    else if (a === '--ids') { out.ids = v; i++; }
    else if (a === '--seed') { out.seed = v; i++; }
    else { console.error(`generate-events: unknown argument ${a}`); process.exit(2); }
  }
  if (!out.secret || !out.secret.startsWith('whsec_')) {
    console.error('generate-events: --secret whsec_... is required'); process.exit(2);
  }
  if (!out.out) { console.error('generate-events: --out FILE is required'); process.exit(2); }
  if (!Number.isInteger(out.count) || out.count < 1) {
    console.error('generate-events: --count must be a positive integer'); process.exit(2);
  }
  return out;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
let pool = crypto.randomBytes(1 << 20);
let poolAt = 0;
function stripeId(prefix, len = 24) {
  if (poolAt + len > pool.length) { pool = crypto.randomBytes(1 << 20); poolAt = 0; }
  let s = '';
  for (let i = 0; i < len; i++) s += ALNUM[pool[poolAt++] % ALNUM.length];
  return `${prefix}_${s}`;
}
function pick(arr, n) { return arr[n % arr.length]; }

const FIRST = ['Jenny', 'Akira', 'Maria', 'Lucas', 'Amara', 'Noah', 'Chloé', 'Jonas', 'Priya', 'Mateo'];
const LAST = ['Rosen', 'Tanaka', 'García', 'Dubois', 'Okafor', 'Schmidt', 'Martin', 'Novak', 'Shah', 'Silva'];
const CITIES = [
  ['San Francisco', 'CA', 'US', '94107'], ['Berlin', '', 'DE', '10115'], ['Lyon', '', 'FR', '69002'],
  ['Toronto', 'ON', 'CA', 'M5V 2T6'], ['Austin', 'TX', 'US', '78701'], ['Dublin', '', 'IE', 'D02 X285'],
];
const BRANDS = ['visa', 'mastercard', 'amex'];
const DECLINES = [
  ['card_declined', 'insufficient_funds', 'Your card has insufficient funds.'],
  ['card_declined', 'generic_decline', 'Your card was declined.'],
  ['expired_card', 'expired_card', 'Your card has expired.'],
  ['incorrect_cvc', 'incorrect_cvc', "Your card's security code is incorrect."],
];
const PLANS = [['Starter', 1900], ['Team', 4900], ['Business', 12900], ['Enterprise seat', 2900]];

function customerOf(n) {
  const first = pick(FIRST, n);
  const last = pick(LAST, Math.floor(n / 7));
  const city = pick(CITIES, Math.floor(n / 3));
  return {
    id: stripeId('cus', 14),
    name: `${first} ${last}`,
    email: `${first.toLowerCase().replace(/[^a-z]/g, 'e')}.${last.toLowerCase().replace(/[^a-z]/g, 'a')}${n % 1000}@example.com`,
    address: { city: city[0], country: city[2], line1: `${100 + (n % 800)} Market Street`, line2: null, postal_code: city[3], state: city[1] || null },
  };
}

function paymentIntent(n, created, failed) {
  const cust = customerOf(n);
  const amount = 500 + (n * 37) % 50000;
  const brand = pick(BRANDS, n);
  const pm = stripeId('pm');
  const decline = pick(DECLINES, n);
  const pi = {
    id: stripeId('pi'),
    object: 'payment_intent',
    amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: failed ? 0 : amount,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: { allow_redirects: 'never', enabled: true },
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic_async',
    client_secret: `${stripeId('pi')}_secret_${stripeId('x', 25).slice(2)}`,
    confirmation_method: 'automatic',
    created,
    currency: pick(['usd', 'eur', 'cad'], n),
    customer: cust.id,
    description: `Order #${100000 + n} for ${cust.name}`,
    invoice: null,
    last_payment_error: null,
    latest_charge: stripeId('ch'),
    livemode: false,
    metadata: { order_id: String(100000 + n), cart_items: String(1 + (n % 9)), channel: pick(['web', 'ios', 'android'], n) },
    next_action: null,
    on_behalf_of: null,
    payment_method: pm,
    payment_method_configuration_details: { id: stripeId('pmc'), parent: null },
    payment_method_options: {
      card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' },
      link: { persistent_token: null },
    },
    payment_method_types: ['card', 'link'],
    processing: null,
    receipt_email: cust.email,
    review: null,
    setup_future_usage: null,
    shipping: { address: cust.address, carrier: null, name: cust.name, phone: null, tracking_number: null },
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: 'HOOKYARD',
    status: failed ? 'requires_payment_method' : 'succeeded',
    transfer_data: null,
    transfer_group: null,
  };
  if (failed) {
    pi.last_payment_error = {
      charge: pi.latest_charge,
      code: decline[0],
      decline_code: decline[1],
      doc_url: `https://stripe.com/docs/error-codes/${decline[0].replace(/_/g, '-')}`,
      message: decline[2],
      payment_method: {
        id: pm, object: 'payment_method', allow_redisplay: 'unspecified',
        billing_details: { address: cust.address, email: cust.email, name: cust.name, phone: null },
        card: { brand, checks: { address_line1_check: 'pass', address_postal_code_check: 'pass', cvc_check: 'pass' },
                country: cust.address.country, exp_month: 1 + (n % 12), exp_year: 2027 + (n % 4),
                fingerprint: stripeId('f', 16).slice(2), funding: 'credit', last4: String(1000 + (n % 9000)) },
        created, customer: cust.id, livemode: false, metadata: {}, type: 'card',
      },
      type: 'card_error',
    };
  }
  return pi;
}

function invoice(n, created, failed) {
  const cust = customerOf(n);
  const plan = pick(PLANS, n);
  const qty = 1 + (n % 5);
  const total = plan[1] * qty;
  const sub = stripeId('sub');
  const periodStart = created - 30 * 86400;
  return {
    id: stripeId('in'),
    object: 'invoice',
    account_country: 'US',
    account_name: 'Hookyard Test Shop',
    amount_due: total,
    amount_paid: failed ? 0 : total,
    amount_remaining: failed ? total : 0,
    attempt_count: failed ? 1 + (n % 3) : 1,
    attempted: true,
    auto_advance: failed,
    billing_reason: 'subscription_cycle',
    collection_method: 'charge_automatically',
    created,
    currency: 'usd',
    customer: cust.id,
    customer_address: cust.address,
    customer_email: cust.email,
    customer_name: cust.name,
    hosted_invoice_url: `https://invoice.stripe.com/i/acct_1Hookyard/test_${stripeId('x', 40).slice(2)}`,
    lines: {
      object: 'list',
      data: [{
        id: stripeId('il'), object: 'line_item', amount: total, currency: 'usd',
        description: `${qty} × ${plan[0]} (at $${(plan[1] / 100).toFixed(2)} / month)`,
        period: { end: created, start: periodStart },
        pricing: { price_details: { price: stripeId('price'), product: stripeId('prod', 14) }, type: 'price_details', unit_amount_decimal: String(plan[1]) },
        quantity: qty,
      }],
      has_more: false,
      total_count: 1,
      url: '/v1/invoices/upcoming/lines',
    },
    livemode: false,
    metadata: {},
    next_payment_attempt: failed ? created + 3 * 86400 : null,
    number: `HOOK-${String(1000 + (n % 9000))}-${String(n % 10000).padStart(4, '0')}`,
    paid: !failed,
    period_end: created,
    period_start: periodStart,
    status: failed ? 'open' : 'paid',
    subscription: sub,
    subtotal: total,
    total,
    webhooks_delivered_at: null,
  };
}

const KINDS = [
  ['payment_intent.succeeded', (n, c) => paymentIntent(n, c, false)],
  ['payment_intent.payment_failed', (n, c) => paymentIntent(n, c, true)],
  ['invoice.paid', (n, c) => invoice(n, c, false)],
  ['invoice.payment_failed', (n, c) => invoice(n, c, true)],
];

function makeEvent(n, now) {
  const [type, build] = KINDS[n % KINDS.length];
  const created = now - (n % 60);
  return {
    id: stripeId('evt'),
    object: 'event',
    api_version: '2024-06-20',
    created,
    data: { object: build(n, created) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: stripeId('req', 14), idempotency_key: crypto.randomUUID() },
    type,
  };
}

function main() {
  const args = parseArgs(process.argv);
  const Stripe = loadStripe();
  const stripe = Stripe('sk_test_benchmark_not_used');
  const now = Math.floor(Date.now() / 1000);
  const fd = fs.openSync(args.out, 'w');
  const idsFd = args.ids ? fs.openSync(args.ids, 'w') : null;
  let chunks = [];
  let pending = 0;
  let total = 0;
  let ids = [];
  for (let n = 0; n < args.count; n++) {
    const event = makeEvent(n, now);
    const body = JSON.stringify(event, null, 2);
    const header = stripe.webhooks.generateTestHeaderString({ payload: body, secret: args.secret, timestamp: now });
    const bodyBuf = Buffer.from(body, 'utf8');
    chunks.push(Buffer.from(`${header}\t${bodyBuf.length}\n`, 'latin1'), bodyBuf, Buffer.from('\n'));
    pending += bodyBuf.length;
    total += bodyBuf.length;
    if (idsFd !== null) ids.push(event.id);
    if (pending > 4 * 1024 * 1024) {
      fs.writeSync(fd, Buffer.concat(chunks));
      chunks = []; pending = 0;
      if (idsFd !== null) { fs.writeSync(idsFd, ids.join('\n') + '\n'); ids = []; }
    }
  }
  if (chunks.length) fs.writeSync(fd, Buffer.concat(chunks));
  if (idsFd !== null && ids.length) fs.writeSync(idsFd, ids.join('\n') + '\n');
  fs.closeSync(fd);
  if (idsFd !== null) fs.closeSync(idsFd);
  console.error(`generate-events: ${args.count} events, ${Math.round(total / args.count)} bytes on average, signed at t=${now}`);
}

module.exports = { makeEvent };

if (require.main === module) {
  main();
}
