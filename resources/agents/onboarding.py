#!/usr/bin/env python3
"""Onboarding agent for Hookyard: a welcome draft for a new or upgraded Stripe subscription.

`onboarding.py --filter` is the middleware: it prints the event unchanged when it is a new
subscription or an upgrade, and otherwise says why on stderr and exits 1 (the run is skipped).
Without --filter it reads the event on stdin and prints the draft. Missing fields never crash it.
"""
import json
import sys

ZERO_DECIMAL = {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx",
                "vnd", "vuv", "xaf", "xof", "xpf"}
SYMBOLS = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "cad": "CA$", "aud": "A$"}


def as_dict(value):
    return value if isinstance(value, dict) else {}


def money(amount, currency):
    if not isinstance(amount, (int, float)):
        return None
    cur = str(currency or "").lower()
    value = amount if cur in ZERO_DECIMAL else amount / 100
    text = f"{value:,.0f}" if cur in ZERO_DECIMAL else f"{value:,.2f}"
    symbol = SYMBOLS.get(cur)
    return f"{symbol}{text}" if symbol else f"{text} {cur.upper()}".strip()


def plans(subscription):
    """[(name, amount per period in minor units, currency, interval)] of a subscription."""
    items = as_dict(subscription.get("items")).get("data")
    result = []
    for item in items if isinstance(items, list) else []:
        item = as_dict(item)
        price = as_dict(item.get("price")) or as_dict(item.get("plan"))
        quantity = item.get("quantity") if isinstance(item.get("quantity"), int) else 1
        amount = price.get("unit_amount", price.get("amount"))
        interval = as_dict(price.get("recurring")).get("interval") or price.get("interval")
        name = price.get("nickname") or price.get("lookup_key") or price.get("product") or "your plan"
        result.append((str(name), amount * quantity if isinstance(amount, int) else None,
                       price.get("currency") or subscription.get("currency"), interval))
    if not result and subscription.get("plan"):
        plan = as_dict(subscription.get("plan"))
        result.append((str(plan.get("nickname") or plan.get("product") or "your plan"),
                       plan.get("amount"), plan.get("currency"), plan.get("interval")))
    return result


def total(plan_list):
    amounts = [p[1] for p in plan_list if isinstance(p[1], int)]
    return sum(amounts) if amounts else None


def verdict(event):
    """None when the event deserves a welcome, else the reason to skip it."""
    kind = event.get("type")
    data = as_dict(event.get("data"))
    sub = as_dict(data.get("object"))
    if kind == "customer.subscription.created":
        return None if sub.get("status") in (None, "active", "trialing") else \
            f"subscription status is {sub.get('status')}"
    if kind != "customer.subscription.updated":
        return f"{kind} is not a subscription start or update"
    previous = as_dict(data.get("previous_attributes"))
    if "items" not in previous and "plan" not in previous:
        return "the plan did not change"
    before = total(plans(previous))
    after = total(plans(sub))
    if before is None or after is None:
        return None  # the plan changed and the amounts are unknown: welcome rather than miss it
    if after <= before:
        return f"not an upgrade ({money(before, sub.get('currency'))} -> {money(after, sub.get('currency'))})"
    return None


def main():
    raw = sys.stdin.buffer.read()
    try:
        event = as_dict(json.loads(raw or b"{}"))
    except ValueError as error:
        print(f"onboarding: the input is not JSON: {error}", file=sys.stderr)
        return 2
    if "--filter" in sys.argv[1:]:
        reason = verdict(event)
        if reason:
            print(reason, file=sys.stderr)
            return 1
        sys.stdout.buffer.write(raw)  # the event as received, for the agent
        return 0

    data = as_dict(event.get("data"))
    sub = as_dict(data.get("object"))
    now = plans(sub)
    before = plans(as_dict(data.get("previous_attributes")))
    name = " + ".join(p[0] for p in now) or "your new plan"
    price = money(total(now), now[0][2] if now else sub.get("currency"))
    interval = next((p[3] for p in now if p[3]), None)
    upgrade = event.get("type") == "customer.subscription.updated" and before

    print(f"Subject: Welcome to {name}!")
    print()
    print("Hello,")
    print()
    if upgrade:
        print(f"Thank you for upgrading from {' + '.join(p[0] for p in before)} to {name}.")
    else:
        print(f"Thank you for choosing {name}.")
    if price:
        print(f"Your plan is {price}" + (f" per {interval}." if interval else "."))
    if sub.get("status") == "trialing":
        print("You are on a free trial: nothing is charged until it ends.")
    print()
    print("Three things to try this week:")
    print(f"  1. Invite your team: {name} is better together.")
    print("  2. Connect your first integration from the dashboard.")
    print("  3. Book a 20-minute onboarding call: just reply to this email.")
    print()
    print("Welcome aboard,")
    print("The customer success team")
    print()
    print(f"-- for the operator: customer {sub.get('customer') or '?'}, subscription "
          f"{sub.get('id') or '?'}, {'upgrade' if upgrade else 'new subscription'} (event {event.get('id', '?')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
