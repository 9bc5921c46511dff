#pragma once

#include <QByteArray>

// A trimmed payment_intent.payment_failed event, shaped like Stripe's.
inline QByteArray samplePaymentFailed()
{
    return QByteArrayLiteral(R"({
  "id": "evt_3PaymentFailed",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1717000000,
  "type": "payment_intent.payment_failed",
  "livemode": false,
  "data": {
    "object": {
      "id": "pi_123",
      "object": "payment_intent",
      "amount": 2000,
      "currency": "usd",
      "customer": "cus_9",
      "last_payment_error": {
        "code": "card_declined",
        "decline_code": "insufficient_funds",
        "message": "Your card has insufficient funds."
      },
      "payment_method_types": ["card", "link"],
      "metadata": {"order \"id\"": "42"}
    }
  },
  "request": {"id": null, "idempotency_key": null}
})");
}
