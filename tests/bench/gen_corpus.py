#!/usr/bin/env python3
"""Generates realistic support conversations for benchmarks and the -j / scale-out tests.

    gen_corpus.py chat DIR --size BYTES [--files N]   transcripts, `Speaker: text` lines
    gen_corpus.py jsonl FILE --size BYTES              one conversation per line (DESIGN.md schema)
    gen_corpus.py draft FILE                           unused here; see presend.py

Text varies: a few thousand sentences built from templates and word lists (products, orders,
names, places, typos, curly apostrophes, some non-ASCII), turns of one to seven sentences,
conversations of 2 to 30 turns. About 5% of the agent turns carry a finding of the built-in
rules (policy talk, blame, flat refusals, no acknowledgement of an angry customer, no next
step at the end); the rest is ordinary support talk. Deterministic for a given --seed.
"""
import argparse
import json
import os
import random
import sys

PRODUCTS = ["router", "headphones", "blender", "laptop", "subscription", "gift card", "jacket", "phone case",
            "smart watch", "coffee machine", "printer", "vacuum", "monitor", "keyboard", "tent", "stroller",
            "sofa", "lamp", "camera", "e-reader", "Premium plan", "family plan", "mattress", "drill"]
ISSUES = ["arrived damaged", "never arrived", "stopped working", "was charged twice", "is missing a part",
          "won't turn on", "keeps disconnecting", "shows the wrong size", "was delivered to the wrong address",
          "has a scratch on the screen", "doesn't match the photos", "won't sync with the app",
          "got cancelled without notice", "is stuck in customs", "shows an error at checkout"]
CITIES = ["Lyon", "Zürich", "Austin", "São Paulo", "Leeds", "Kraków", "Osaka", "Dublin", "Montréal", "Perth"]
FIRST = ["Pat", "Dana", "Lee", "Sam", "Alex", "Jordan", "Chris", "Maria", "José", "Zoë", "Björn", "Aisha",
         "Wei", "Noor", "Ravi", "Emma", "Liam", "Olga", "Kenji", "Fatima"]
AGENTS = ["Mike", "Sarah", "Tom", "Priya", "Lucas", "Hannah", "Omar", "Chloé"]

CUSTOMER = [
    "Hi, my {p} {i}.", "Hello, I ordered a {p} last week and it {i}.", "Order {o} {i}, can you check?",
    "I've been trying to reach someone about my {p} since {d}.", "The tracking for order {o} hasn't moved in {n} days.",
    "Can I still return the {p} if I opened the box?", "Is there a way to change the delivery address to {c}?",
    "My card was charged ${m} but the order page says pending.", "Thanks, that worked!", "Ok, I'll try that now.",
    "It says error {e} when I log in.", "Do you ship to {c}?", "When will the {p} be back in stock?",
    "I need an invoice for order {o} for my company.", "The app keeps crashing when I open my orders.",
    "I already restarted it twice.", "Could you send a replacement instead of a refund?",
    "My name is {f} and my account email is {f2}@example.com.", "It’s the second {p} I’ve ordered from you.",
    "Sorry for the long message, I just want this sorted.", "Yes, order {o}.", "No, I didn't get any email.",
]
ANGRY = [
    "This is ridiculous, I've been waiting for {n} days!", "Worst customer service ever.",
    "I'm really frustrated, nobody answers my emails.", "This is unacceptable, I want my money back.",
    "I'm so disappointed with this {p}.", "Third time I'm writing about order {o}. Terrible service.",
]
AGENT = [
    "Thanks for reaching out, {f}.", "I've checked order {o} and it shipped on {d}.",
    "The {p} is covered by our two-year warranty.", "I've sent a prepaid return label to your email.",
    "Could you send me a photo of the {p} and the box?", "Your refund of ${m} will show on your card in 3-5 days.",
    "I've updated the delivery address to {c}.", "The replacement {p} leaves our warehouse tomorrow.",
    "Please try signing out and back in; that clears error {e} in most cases.",
    "I can see the duplicate charge and I've reversed it.", "We ship to {c}; delivery takes about {n} days.",
    "I've added a note to your account so the next agent sees the history.",
    "The courier confirms the parcel is at the local depot.", "Here’s the invoice for order {o}.",
    "Let me check that with the warehouse team.", "Good news: the {p} is back in stock.",
    "I've applied a {n}% discount to your next order.", "Happy to help with that.",
]
ACK = ["I'm sorry about the wait, {f}, I understand how frustrating this is.",
       "I'm really sorry this happened, and I understand your frustration."]
CLOSE = ["I'll email you the tracking number by tomorrow.", "Let me know if there's anything else I can do.",
         "I'll follow up on Friday once the warehouse replies.", "Feel free to reply here if the label doesn't arrive."]
BAD = [  # each flags a built-in rule
    "Unfortunately that's not our policy for opened items.", "You should have checked the size chart before ordering.",
    "There's nothing we can do about courier delays.", "We're not responsible for delays at customs.",
    "That's not my department, you'll have to call billing.", "Please calm down, I'm trying to help.",
    "We are unable to help with orders from other stores.", "You must have entered the wrong address.",
]


def fill(template, rnd):
    return template.format(p=rnd.choice(PRODUCTS), i=rnd.choice(ISSUES), o=rnd.randint(10000, 99999),
                           d=f"{rnd.choice(['Monday', 'Tuesday', 'Friday', 'May 3', 'June 12'])}",
                           n=rnd.randint(2, 40), c=rnd.choice(CITIES), m=f"{rnd.randint(5, 900)}.{rnd.randint(0, 99):02d}",
                           e=rnd.randint(100, 999), f=rnd.choice(FIRST), f2=rnd.choice(FIRST).lower())


class Conversations:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        r = self.rnd
        # Pools of filled sentences: varied text without per-sentence formatting cost later.
        self.customer = [fill(r.choice(CUSTOMER), r) for _ in range(4000)]
        self.angry = [fill(r.choice(ANGRY), r) for _ in range(500)]
        self.agent = [fill(r.choice(AGENT), r) for _ in range(4000)]
        self.ack = [fill(r.choice(ACK), r) for _ in range(200)]
        self.serial = 0

    def turn_text(self, pool, lo=1, hi=7):
        r = self.rnd
        n = min(hi, lo + int(r.expovariate(0.7)))
        return " ".join(r.choices(pool, k=n))

    def conversation(self):
        """[(role, text)], roughly 5% of agent turns with a finding."""
        r = self.rnd
        self.serial += 1
        turns = []
        n = r.randint(2, 30)
        angry = False
        for k in range(n):
            if k % 2 == 0:
                angry = r.random() < 0.03
                text = self.turn_text(self.customer)
                if angry:
                    text = r.choice(self.angry) + " " + text
                turns.append(("customer", text))
            else:
                text = self.turn_text(self.agent)
                if angry and r.random() < 0.9:
                    text = r.choice(self.ack) + " " + text   # most angry customers get acknowledged
                if r.random() < 0.03:
                    text += " " + r.choice(BAD)
                if k >= n - 2:
                    text += " " + r.choice(CLOSE) if r.random() < 0.97 else ""
                turns.append(("agent", text))
        return turns


def chat_text(conv, rnd, agent, customer):
    lines = []
    minute = rnd.randint(0, 600)
    style = rnd.randint(0, 2)
    for role, text in conv:
        minute += rnd.randint(0, 4)
        stamp = f"[{8 + minute // 60 % 12:02d}:{minute % 60:02d}] "
        name = f"Agent {agent}" if role == "agent" else f"Customer {customer}"
        if style == 1:
            name = f"{agent} (Support)" if role == "agent" else customer
        # wrap long turns over continuation lines now and then
        if len(text) > 200 and rnd.random() < 0.3:
            cut = text.find(" ", 150)
            text = text[:cut] + "\n  " + text[cut + 1:]
        lines.append(f"{stamp if style != 2 else ''}{name}: {text}")
    return "\n".join(lines) + "\n"


def make_chat(directory, size, files, seed):
    os.makedirs(directory, exist_ok=True)
    gen = Conversations(seed)
    rnd = gen.rnd
    per_file = max(1, size // files)
    total = 0
    for i in range(files):
        agent, customer = rnd.choice(AGENTS), rnd.choice(FIRST)
        parts, n = [], 0
        while n < per_file:
            t = chat_text(gen.conversation(), rnd, agent, customer)
            parts.append(t)
            n += len(t.encode())
        data = "".join(parts).encode()
        with open(os.path.join(directory, f"t{i:06d}.txt"), "wb") as f:
            f.write(data)
        total += len(data)
    return total


def make_jsonl(path, size, seed):
    gen = Conversations(seed)
    rnd = gen.rnd
    total = 0
    with open(path, "wb") as f:
        while total < size:
            agent, customer = rnd.choice(AGENTS), rnd.choice(FIRST)
            msgs = []
            for role, text in gen.conversation():
                msgs.append({"speaker": agent if role == "agent" else customer, "role": role, "text": text})
            line = (json.dumps({"id": f"c{gen.serial}", "messages": msgs}, ensure_ascii=False) + "\n").encode()
            f.write(line)
            total += len(line)
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=["chat", "jsonl"])
    ap.add_argument("target")
    ap.add_argument("--size", type=int, required=True, help="bytes, at least")
    ap.add_argument("--files", type=int, default=1000, help="chat: number of transcript files")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    n = make_chat(a.target, a.size, a.files, a.seed) if a.kind == "chat" else make_jsonl(a.target, a.size, a.seed)
    print(f"{a.kind}: {n} bytes in {a.target}", file=sys.stderr)


if __name__ == "__main__":
    main()
