"""How real records get messy: nicknames, typos, email and phone variants, gaps.

Every function takes the caller's random.Random so output stays deterministic.
"""

from __future__ import annotations

import random

from . import rates

# Canonical first name -> nicknames people actually type. The package ships its
# own (larger) nickname seed; this list only drives the synthetic variation.
NICKNAMES: dict[str, list[str]] = {
    "robert": ["bob", "rob", "bobby"], "william": ["bill", "will", "billy"],
    "james": ["jim", "jimmy"], "john": ["jack", "johnny"], "richard": ["rick", "dick", "rich"],
    "michael": ["mike", "mikey"], "joseph": ["joe", "joey"], "thomas": ["tom", "tommy"],
    "charles": ["charlie", "chuck"], "christopher": ["chris"], "daniel": ["dan", "danny"],
    "matthew": ["matt"], "anthony": ["tony"], "steven": ["steve"], "edward": ["ed", "eddie", "ted"],
    "david": ["dave"], "andrew": ["andy", "drew"], "joshua": ["josh"], "benjamin": ["ben"],
    "samuel": ["sam"], "nicholas": ["nick"], "alexander": ["alex"], "jonathan": ["jon"],
    "elizabeth": ["liz", "beth", "betsy", "eliza"], "margaret": ["maggie", "peggy", "meg"],
    "katherine": ["kate", "katie", "kathy"], "catherine": ["cathy", "cat"], "jennifer": ["jen", "jenny"],
    "patricia": ["pat", "patty", "trish"], "susan": ["sue", "susie"], "deborah": ["deb", "debbie"],
    "rebecca": ["becky", "becca"], "jessica": ["jess"], "stephanie": ["steph"], "kimberly": ["kim"],
    "christine": ["chris", "tina"], "victoria": ["vicky", "tori"], "samantha": ["sam"],
    "alexandra": ["alex", "lexi"], "abigail": ["abby"], "barbara": ["barb"], "dorothy": ["dot"],
    "theresa": ["terry", "tess"], "pamela": ["pam"], "cynthia": ["cindy"], "kenneth": ["ken", "kenny"],
    "gregory": ["greg"], "timothy": ["tim"], "ronald": ["ron"], "donald": ["don"], "raymond": ["ray"],
    "lawrence": ["larry"], "gerald": ["jerry"], "jacqueline": ["jackie"], "gabriel": ["gabe"],
}

EMAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com",
                 "aol.com", "icloud.com", "comcast.net", "protonmail.com"]


def nickname_for(first: str, rng: random.Random) -> str | None:
    """A nickname of a canonical first name, if it has any."""
    options = NICKNAMES.get(first.lower())
    return rng.choice(options) if options else None


def typo(text: str, rng: random.Random) -> str:
    """One keyboard slip: a dropped, doubled, swapped or replaced letter."""
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return text[:i] + text[i + 1:]
    if kind == 1:
        return text[:i] + text[i] + text[i:]
    if kind == 2:
        return text[:i - 1] + text[i] + text[i - 1] + text[i + 1:]
    return text[:i] + rng.choice("aeiourstln") + text[i + 1:]


def casing(text: str, rng: random.Random) -> str:
    """Names as people type them: Title, lower, UPPER."""
    roll = rng.random()
    if roll < 0.08:
        return text.lower()
    if roll < 0.12:
        return text.upper()
    return text


def first_name_variant(first: str, rng: random.Random, p_nick: float = 0.15, p_typo: float = 0.03) -> str:
    """The first name a person gives a tool: usually their own, sometimes a nickname or a slip."""
    p_nick, p_typo = p_nick * rates.current().nickname, p_typo * rates.current().typo
    roll = rng.random()
    if roll < p_nick:
        nick = nickname_for(first, rng)
        if nick:
            return casing(nick.title(), rng)
    elif roll < p_nick + p_typo:
        return typo(first, rng)
    return casing(first, rng)


def last_name_variant(last: str, rng: random.Random, p_typo: float = 0.03) -> str:
    """The last name a person gives a tool."""
    if rng.random() < p_typo * rates.current().typo:
        return typo(last, rng)
    return casing(last, rng)


def email_variant(email: str, rng: random.Random) -> str:
    """The same mailbox spelled differently: case, gmail dots and +tags, googlemail, spaces."""
    local, _, domain = email.partition("@")
    roll = rng.random()
    if domain == "gmail.com" and roll < 0.10:
        if len(local) > 3:
            i = rng.randrange(1, len(local) - 1)
            local = local[:i] + "." + local[i:]
    elif domain == "gmail.com" and roll < 0.15:
        local = f"{local}+{rng.choice(['vote', 'news', 'org', 'events'])}"
    elif domain == "gmail.com" and roll < 0.17:
        domain = "googlemail.com"
    result = f"{local}@{domain}"
    roll = rng.random()
    if roll < 0.08:
        result = result.upper()
    elif roll < 0.16:
        result = result[0].upper() + result[1:]
    if rng.random() < 0.03:
        result = f" {result} "
    return result


def phone_format(digits: str, rng: random.Random) -> str:
    """A 10-digit US number in one of the formats syncs deliver."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    style = rng.randrange(7)
    return [
        digits,
        f"({a}) {b}-{c}",
        f"{a}-{b}-{c}",
        f"{a}.{b}.{c}",
        f"+1{digits}",
        f"1{digits}",
        f"+1 {a} {b} {c}",
    ][style]


def nameless(world_seed: int, tool: str, record_id: object) -> bool:
    """Whether a texting record is exported with no name (rates: nameless_text), drawn from a stream of its own."""
    rate = rates.current().nameless_text
    return rate > 0 and random.Random(f"{world_seed}:nameless:{tool}:{record_id}").random() < rate


def maybe(value: object, rng: random.Random, p_missing: float) -> object:
    """The value, or None with probability p_missing."""
    return None if rng.random() < p_missing else value
