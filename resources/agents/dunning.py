#!/usr/bin/env python3
"""Dunning agent for Hookyard: reads a Stripe event on stdin and prints a recovery draft.

Handles payment_intent.payment_failed and invoice.payment_failed. Every field is optional: a
missing one makes the draft vaguer, never a crash. To let a model write the message instead,
send this draft and $HOOKYARD_AGENT_SYSTEM to it (the YAML's `system`), e.g. from this script.
"""
import datetime
import json
import os
import sys

ZERO_DECIMAL = {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx",
                "vnd", "vuv", "xaf", "xof", "xpf"}
SYMBOLS = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "cad": "CA$", "aud": "A$"}

DECLINE_HINTS = {
    "insufficient_funds": "the card did not have enough funds",
    "expired_card": "the card on file has expired",
    "incorrect_cvc": "the security code (CVC) did not match",
    "incorrect_number": "the card number is incorrect",
    "lost_card": "the card was reported lost",
    "stolen_card": "the card was reported stolen",
    "do_not_honor": "the bank declined the payment without giving a reason",
    "generic_decline": "the bank declined the payment",
    "card_declined": "the bank declined the payment",
    "authentication_required": "the bank asked for an extra confirmation (3-D Secure)",
    "processing_error": "a temporary error happened while processing the card",
    "card_velocity_exceeded": "the card's spending limit was reached",
}


def money(amount, currency):
    if not isinstance(amount, (int, float)):
        return None
    cur = (currency or "").lower()
    value = amount if cur in ZERO_DECIMAL else amount / 100
    text = f"{value:,.0f}" if cur in ZERO_DECIMAL else f"{value:,.2f}"
    symbol = SYMBOLS.get(cur)
    return f"{symbol}{text}" if symbol else f"{text} {cur.upper()}".strip()


def as_dict(value):
    return value if isinstance(value, dict) else {}


def day(timestamp):
    if not isinstance(timestamp, (int, float)):
        return None
    return datetime.datetime.fromtimestamp(timestamp, datetime.timezone.utc).strftime("%d %B %Y")


def main():
    try:
        event = json.load(sys.stdin)
    except ValueError as error:
        print(f"dunning: the input is not JSON: {error}", file=sys.stderr)
        return 2
    event = as_dict(event)
    obj = as_dict(as_dict(event.get("data")).get("object"))
    kind = str(event.get("type") or os.environ.get("HOOKYARD_EVENT_TYPE", ""))

    if obj.get("object") == "invoice" or kind.startswith("invoice."):
        amount = money(obj.get("amount_due", obj.get("amount_remaining")), obj.get("currency"))
        name = obj.get("customer_name") or ""
        email = obj.get("customer_email") or ""
        attempts = obj.get("attempt_count")
        next_try = day(obj.get("next_payment_attempt"))
        link = obj.get("hosted_invoice_url")
        error = as_dict(obj.get("last_finalization_error"))
        reason = DECLINE_HINTS.get(error.get("code", ""), error.get("message") or "")
        what = f"invoice {obj.get('number') or obj.get('id') or ''}".strip()
    else:
        amount = money(obj.get("amount"), obj.get("currency"))
        error = as_dict(obj.get("last_payment_error"))
        code = error.get("decline_code") or error.get("code") or ""
        reason = DECLINE_HINTS.get(code) or error.get("message") or ""
        billing = as_dict(as_dict(error.get("payment_method")).get("billing_details"))
        name = billing.get("name") or ""
        email = obj.get("receipt_email") or billing.get("email") or ""
        attempts, next_try, link = None, None, None
        what = f"payment {obj.get('id') or ''}".strip()

    name, email = str(name or ""), str(email or "")
    greeting = f"Hi {name.split()[0]}," if name.strip() else "Hello,"
    print(f"To: {email or '(no email in the event: look up customer ' + str(obj.get('customer') or '?') + ')'}")
    print(f"Subject: Your payment of {amount} did not go through" if amount
          else "Subject: Your payment did not go through")
    print()
    print(greeting)
    print()
    print(f"We tried to charge {amount or 'your last payment'} for your subscription, but the "
          "payment did not go through"
          + (f": {reason}." if reason else "."))
    if "expired" in reason or "number" in reason or "lost" in reason or "stolen" in reason:
        print("Updating your card details takes a minute and keeps your account active.")
    elif "3-D Secure" in reason:
        print("Please confirm the payment with your bank; it only takes a moment.")
    else:
        print("Nothing is lost: you can retry the payment or use another card.")
    if link:
        print(f"\nPay or update your card here: {link}")
    if next_try:
        print(f"\nWe will try again automatically on {next_try}.")
    print("\nIf anything is unclear, just reply to this email: we are happy to help.")
    print("\nThe billing team")
    print()
    notes = [f"{what} failed", f"amount {amount or 'unknown'}"]
    if attempts:
        notes.append(f"attempt {attempts}")
    if error.get("decline_code") or error.get("code"):
        notes.append(f"decline code {error.get('decline_code') or error.get('code')}")
    print("-- for the operator: " + "; ".join(notes) + f" (event {event.get('id', '?')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
