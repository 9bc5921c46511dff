#!/usr/bin/env python3
"""Fraud review agent for Hookyard: a review summary of an early fraud warning or a dispute.

Reads the Stripe event on stdin, prints a summary for whoever handles risk: what happened, how
urgent it is, and the recommended next step. Missing fields make it vaguer, never crash it.
"""
import datetime
import json
import sys

ZERO_DECIMAL = {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx",
                "vnd", "vuv", "xaf", "xof", "xpf"}
SYMBOLS = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "cad": "CA$", "aud": "A$"}

EVIDENCE = {
    "fraudulent": "proof the cardholder authorised it: AVS/CVC match, IP and device, prior "
                  "undisputed payments, login history",
    "product_not_received": "shipping carrier, tracking number and delivery confirmation",
    "product_unacceptable": "product description, refund policy, customer communication",
    "subscription_canceled": "subscription terms, cancellation policy, proof the customer "
                             "used the service after the cancellation date",
    "duplicate": "proof that the two charges were for different goods or services",
    "credit_not_processed": "refund policy and why no refund was due",
    "unrecognized": "receipt, statement descriptor, customer communication",
}


def as_dict(value):
    return value if isinstance(value, dict) else {}


def money(amount, currency):
    if not isinstance(amount, (int, float)):
        return "an unknown amount"
    cur = str(currency or "").lower()
    value = amount if cur in ZERO_DECIMAL else amount / 100
    text = f"{value:,.0f}" if cur in ZERO_DECIMAL else f"{value:,.2f}"
    symbol = SYMBOLS.get(cur)
    return f"{symbol}{text}" if symbol else f"{text} {cur.upper()}".strip()


def when(timestamp):
    if not isinstance(timestamp, (int, float)):
        return None
    moment = datetime.datetime.fromtimestamp(timestamp, datetime.timezone.utc)
    days = (moment - datetime.datetime.now(datetime.timezone.utc)).days
    return moment.strftime("%d %B %Y %H:%M UTC") + (f" (in {days} days)" if days >= 0 else " (passed)")


def early_fraud_warning(obj):
    charge = obj.get("charge")
    charge_id = charge.get("id") if isinstance(charge, dict) else charge
    print(f"Early fraud warning {obj.get('id') or '?'} on charge {charge_id or '?'}")
    print(f"Fraud type:  {str(obj.get('fraud_type') or 'unknown').replace('_', ' ')}")
    actionable = obj.get("actionable")
    print(f"Actionable:  {'yes' if actionable else 'no' if actionable is False else 'unknown'}")
    print()
    if actionable:
        print("Recommendation: refund the charge now. The card network flagged it as fraud; a "
              "refund before a dispute avoids the dispute fee and counts against your dispute "
              "rate less.")
    else:
        print("Recommendation: no refund needed (not actionable: already refunded or disputed). "
              "Review the customer's other recent payments.")
    print("Also: block the card fingerprint and email address if other charges look alike.")


def dispute(obj):
    amount = money(obj.get("amount"), obj.get("currency"))
    reason = str(obj.get("reason") or "general")
    print(f"Dispute {obj.get('id') or '?'} of {amount} on charge {obj.get('charge') or '?'}")
    print(f"Reason:      {reason.replace('_', ' ')}")
    print(f"Status:      {str(obj.get('status') or 'unknown').replace('_', ' ')}")
    due = when(as_dict(obj.get("evidence_details")).get("due_by"))
    if due:
        print(f"Evidence due {due}")
    print()
    if obj.get("is_charge_refundable") is False:
        print("The charge can no longer be refunded: fight it or accept it.")
    print(f"Evidence to gather: {EVIDENCE.get(reason, 'receipt, customer communication, terms of service')}.")
    print(f"Recommendation: fight it when that evidence exists; otherwise accept it "
          f"({amount} plus the dispute fee is lost either way).")


def main():
    try:
        event = as_dict(json.load(sys.stdin))
    except ValueError as error:
        print(f"fraud: the input is not JSON: {error}", file=sys.stderr)
        return 2
    obj = as_dict(as_dict(event.get("data")).get("object"))
    kind = str(event.get("type") or "")
    if kind.startswith("radar.early_fraud_warning") or obj.get("object") == "radar.early_fraud_warning":
        early_fraud_warning(obj)
    elif kind.startswith("charge.dispute") or obj.get("object") == "dispute":
        dispute(obj)
    else:
        print(f"Nothing to review: {kind or 'this event'} is neither a fraud warning nor a dispute.")
    print()
    print(f"-- event {event.get('id', '?')}, {'live' if event.get('livemode') else 'test'} mode")
    return 0


if __name__ == "__main__":
    sys.exit(main())
