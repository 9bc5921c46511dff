// The reference receiver of the benchmark: the Stripe documentation's Node/Express webhook
// quickstart, unchanged in substance. The raw body (express.raw) goes to
// stripe.webhooks.constructEvent with the endpoint secret; a verified event is answered with
// 200 {received: true}, a failed verification with 400. It stores nothing.
//
// Configuration comes from the environment so the benchmark can pick the port and the secret:
//   PORT                   port on 127.0.0.1 (default 4242, like the quickstart)
//   STRIPE_WEBHOOK_SECRET  the endpoint secret (whsec_...)
//   STRIPE_SECRET_KEY      an API key; never used on the network here (default: a dummy test key)
//   REFERENCE_LOG=1        log one line per event like the quickstart's switch does. Off by
//                          default, which only makes the reference faster (a conservative baseline).
'use strict';

const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY || 'sk_test_benchmark_not_used');
const express = require('express');

const app = express();
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;
const log = process.env.REFERENCE_LOG === '1';

if (!endpointSecret) {
  console.error('reference: set STRIPE_WEBHOOK_SECRET');
  process.exit(2);
}

app.post('/webhook', express.raw({ type: 'application/json' }), (request, response) => {
  const signature = request.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(request.body, signature, endpointSecret);
  } catch (err) {
    if (log) console.log(`Webhook signature verification failed.`, err.message);
    return response.sendStatus(400);
  }

  // Handle the event
  switch (event.type) {
    case 'payment_intent.succeeded':
    case 'payment_intent.payment_failed':
    case 'invoice.paid':
    case 'invoice.payment_failed':
      if (log) console.log(`Handled ${event.type} ${event.id}`);
      break;
    default:
      if (log) console.log(`Unhandled event type ${event.type}.`);
  }

  // Return a response to acknowledge receipt of the event
  response.json({ received: true });
});

const port = Number(process.env.PORT || 4242);
app.listen(port, '127.0.0.1', () => console.log(`reference receiver on http://127.0.0.1:${port}/webhook`));
