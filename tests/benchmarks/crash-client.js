#!/usr/bin/env node
// Load client for crash-test.sh: several workers POST distinct, freshly signed Stripe events to
// one webhook URL over keep-alive connections, and append the id of every event the server
// acknowledged (HTTP 200) to a file, synchronously, before counting it. A request that fails
// (server killed, connection refused or reset) is retried later with a new signature, the way
// Stripe retries. Bounded in count and time; SIGTERM stops it cleanly.
//
// usage: node crash-client.js --url URL --secret whsec_... --acked FILE
//                             [--workers 8] [--max-events 200000] [--max-seconds 120]
// Prints a JSON summary on standard output when it stops.
'use strict';

const fs = require('fs');
const http = require('http');
const crypto = require('crypto');
const { makeEvent } = require('./generate-events.js');

const args = { workers: 8, maxEvents: 200000, maxSeconds: 120 };
for (let i = 2; i < process.argv.length; i += 2) {
  const [k, v] = [process.argv[i], process.argv[i + 1]];
  if (k === '--url') args.url = new URL(v);
  else if (k === '--secret') args.secret = v;
  else if (k === '--acked') args.acked = v;
  else if (k === '--workers') args.workers = Number(v);
  else if (k === '--max-events') args.maxEvents = Number(v);
  else if (k === '--max-seconds') args.maxSeconds = Number(v);
  else { console.error(`crash-client: unknown argument ${k}`); process.exit(2); }
}
if (!args.url || !args.secret || !args.acked) {
  console.error('crash-client: --url, --secret and --acked are required');
  process.exit(2);
}
if (args.url.hostname !== '127.0.0.1' && args.url.hostname !== 'localhost') {
  console.error('crash-client: loopback only');
  process.exit(2);
}

const ackedFd = fs.openSync(args.acked, 'a');
const agent = new http.Agent({ keepAlive: true, maxSockets: args.workers });
const stats = { sent: 0, acked: 0, duplicates: 0, failed_connections: 0, statuses: {} };
const started = Date.now();
let stopping = false;
let serial = 0;

process.on('SIGTERM', () => { stopping = true; });
process.on('SIGINT', () => { stopping = true; });

function sign(body) {
  const t = Math.floor(Date.now() / 1000);
  const v1 = crypto.createHmac('sha256', args.secret).update(`${t}.${body}`, 'utf8').digest('hex');
  return `t=${t},v1=${v1}`;
}

function post(body) {
  return new Promise((resolve) => {
    const req = http.request({
      agent,
      host: args.url.hostname,
      port: args.url.port,
      path: args.url.pathname,
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        'Stripe-Signature': sign(body),
      },
      timeout: 10000,
    }, (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(parts).toString() }));
      res.on('error', (err) => resolve({ error: err }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) => resolve({ error: err }));
    req.end(body);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function done() {
  return stopping || stats.acked >= args.maxEvents || Date.now() - started > args.maxSeconds * 1000;
}

async function worker() {
  while (!done()) {
    const event = makeEvent(serial++, Math.floor(Date.now() / 1000));
    const body = JSON.stringify(event, null, 2);
    // Until this event is acknowledged (or the client stops): a retry is a new delivery attempt.
    while (!done()) {
      stats.sent++;
      const r = await post(body);
      if (r.error) {
        stats.failed_connections++;
        await sleep(50);
        continue;
      }
      stats.statuses[r.status] = (stats.statuses[r.status] || 0) + 1;
      if (r.status === 200) {
        fs.writeSync(ackedFd, `${event.id}\n`);
        stats.acked++;
        if (r.body.includes('"duplicate":true')) stats.duplicates++;
        break;
      }
      // 429 / 503: back off like Stripe would, then retry the same event.
      await sleep(r.status === 429 || r.status === 503 ? 200 : 50);
      if (r.status >= 400 && r.status < 500 && r.status !== 429) break; // a 4xx is final
    }
  }
}

(async () => {
  await Promise.all(Array.from({ length: args.workers }, worker));
  fs.closeSync(ackedFd);
  agent.destroy();
  stats.seconds = (Date.now() - started) / 1000;
  process.stdout.write(JSON.stringify(stats) + '\n');
})();
