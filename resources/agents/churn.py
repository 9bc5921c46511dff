#!/usr/bin/env python3
"""Churn agent for Hookyard: a win-back draft when a subscription is cancelled or set to end.

`churn.py --filter` is the middleware: it passes the event through unchanged for a deleted
subscription or an update that turned cancel_at_period_end on, and otherwise says why on stderr
and exits 1 (the run is skipped). Without --filter it prints the draft. The offer's size comes
from $WINBACK_DISCOUNT (the YAML's env). Missing fields never crash it.
"""
import datetime
import json
import os
import sys

FEEDBACK = {
    "too_expensive": ("it was too expensive", "a lower price"),
    "missing_features": ("features you need were missing", "a preview of what is coming"),
    "switched_service": ("you switched to another service", "a side-by-side comparison"),
    "unused": ("you were not using it enough", "a pause instead of a cancellation"),
    "customer_service": ("our support let you down", "a direct line to a senior engineer"),
    "too_complex": ("it was too complex", "a free setup session"),
    "low_quality": ("the quality was not good enough", "a call with the product team"),
    "other": (None, None),
}


def as_dict(value):
    return value if isinstance(value, dict) else {}


def day(timestamp):
    if not isinstance(timestamp, (int, float)):
        return None
    return datetime.datetime.fromtimestamp(timestamp, datetime.timezone.utc).strftime("%d %B %Y")


def plan_name(sub):
    items = as_dict(sub.get("items")).get("data")
    for item in items if isinstance(items, list) else []:
        price = as_dict(as_dict(item).get("price")) or as_dict(as_dict(item).get("plan"))
        if price.get("nickname") or price.get("lookup_key"):
            return str(price.get("nickname") or price.get("lookup_key"))
    plan = as_dict(sub.get("plan"))
    return str(plan.get("nickname")) if plan.get("nickname") else None


def verdict(event):
    kind = event.get("type")
    data = as_dict(event.get("data"))
    sub = as_dict(data.get("object"))
    if kind == "customer.subscription.deleted":
        return None
    if kind != "customer.subscription.updated":
        return f"{kind} is not a cancellation"
    previous = as_dict(data.get("previous_attributes"))
    if sub.get("cancel_at_period_end") is True and previous.get("cancel_at_period_end") is False:
        return None
    if sub.get("cancel_at") and "cancel_at" in previous and not previous.get("cancel_at"):
        return None
    return "not a cancellation (cancel_at_period_end did not turn on)"


def main():
    raw = sys.stdin.buffer.read()
    try:
        event = as_dict(json.loads(raw or b"{}"))
    except ValueError as error:
        print(f"churn: the input is not JSON: {error}", file=sys.stderr)
        return 2
    if "--filter" in sys.argv[1:]:
        reason = verdict(event)
        if reason:
            print(reason, file=sys.stderr)
            return 1
        sys.stdout.buffer.write(raw)  # the event as received, for the agent
        return 0

    sub = as_dict(as_dict(event.get("data")).get("object"))
    details = as_dict(sub.get("cancellation_details"))
    feedback = str(details.get("feedback") or "")
    about, offer = FEEDBACK.get(feedback, (None, None))
    comment = details.get("comment")
    plan = plan_name(sub)
    what = f"Your {plan} subscription" if plan else "Your subscription"
    ended = event.get("type") == "customer.subscription.deleted"
    end_day = day(sub.get("ended_at") or sub.get("canceled_at")) if ended else \
        day(sub.get("cancel_at") or sub.get("current_period_end"))
    discount = os.environ.get("WINBACK_DISCOUNT", "30")

    print(f"Subject: {'We are sorry to see you go' if ended else 'Before your plan ends'}")
    print()
    print("Hello,")
    print()
    if ended:
        print(f"{what} ended" + (f" on {end_day}." if end_day else "."))
    else:
        print(f"{what} is set to end" + (f" on {end_day}." if end_day else ".")
              + " Until then, everything keeps working.")
    if about:
        print(f"You told us {about}; thank you, that helps us improve.")
    if comment:
        print(f'You wrote: "{str(comment).strip().rstrip(".")}". We read every comment.')
    print()
    print(f"If you would like to {'come back' if ended else 'stay'}, here is {discount}% off your "
          f"next three months" + (f", or {offer} if you prefer." if offer else "."))
    print("Just reply to this email and we will set it up; no forms.")
    print()
    print("Thank you for the time you spent with us,")
    print("The team")
    print()
    print(f"-- for the operator: customer {sub.get('customer') or '?'}, subscription "
          f"{sub.get('id') or '?'}, {'ended' if ended else 'cancels at period end'}, feedback "
          f"{feedback or 'none'} (event {event.get('id', '?')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
