"""Action Network, SQL-mirror shape: the replica of Action Network's own database.

The person table is `users` (email is the natural key); names, addresses and
phones live in `core_fields`, one row per user and owning group. Every action
row (signatures, answers = form submissions, rsvps, donations) carries the
contact details the person typed into that page, so it is a person record of
its own. Quirks reproduced:

- several date columns arrive as text (Airbyte-style), some blank instead of null,
  in more than one layout; flags arrive as bigint 0/1;
- rows re-delivered with a later `updated_at` (the sync picked them up twice);
- deleted users keep their row with `deleted_at` set (text);
- duplicate users created by a mistyped or second mailbox, later merged: the
  removed user is deleted and logged in `user_merge_logs`; some of its actions
  still point at it (synced before the merge);
- a second `core_fields` row for users a chapter group also holds, with an older
  address or phone;
- rsvps have no attended flag.

The roster (who is on the list, their ids, uuids and duplicates) is shared with the
API shape (`action_network_api`) so both shapes describe the same people.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from .. import messy
from ..spec import Table, ToolOutput
from ..world import CYCLE_START, ELECTION_DAY, Human, World

TOOL = "action_network"
ROOT_GROUP_ID = 4_201
CHAPTER_GROUP_IDS = [4_233, 4_257, 4_262]
LIST_START = CYCLE_START - timedelta(days=3 * 365)
SYNC_TIME = ELECTION_DAY - timedelta(days=20)
ORIGINATING_SYSTEMS = ["Action Network"] * 8 + ["Mobilize", "ActBlue"]
TAG_NAMES = ["Member", "Volunteer", "Volunteer Leader", "Donor", "Canvass Interest", "Phone Bank Interest",
             "Text Bank Interest", "Press List", "Spanish Speaker", "Board", "Staff", "Monthly Donor",
             "Petition: Fund Our Schools", "Petition: Clean Water", "2026 Kickoff"]
PETITION_IDS = [81_101, 81_117, 81_140, 81_166, 81_203]
FORM_IDS = [62_010, 62_044, 62_071]
FUNDRAISING_IDS = [93_005, 93_019]
SUBSCRIPTION_STATUSES = ["subscribed", "unsubscribed", "bouncing"]


@dataclass
class Member:
    """One Action Network user (activist) record of a world human."""

    user_id: int
    uuid: str
    human: Human
    email: str
    created_at: datetime
    updated_at: datetime
    kept_user_id: int | None = None  # set on a duplicate user that was merged into another
    merged_at: datetime | None = None
    deleted_at: datetime | None = None
    subscription_status: str = "subscribed"


def new_uuid(rng: random.Random) -> str:
    """A random (version 4) uuid drawn from rng, so it is reproducible."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _list_share(human: Human) -> float:
    if human.is_member:
        return 0.92
    return 0.45


def _duplicate_email(human: Human, email: str, rng: random.Random) -> str:
    """A second mailbox of the same person: a slip of the fingers, a work address, gmail dots."""
    local, _, domain = email.partition("@")
    roll = rng.random()
    if human.work_email and roll < 0.3:
        return human.work_email
    if domain == "gmail.com" and roll < 0.6 and len(local) > 3:
        i = rng.randrange(1, len(local) - 1)
        return f"{local[:i]}.{local[i:]}@{domain}"
    slipped = messy.typo(local, rng)
    return f"{slipped if slipped != local else local + '1'}@{domain}"


def roster(world: World, rng: random.Random) -> list[Member]:
    """Action Network users for the world's humans, in user-id order (shared by both shapes).

    Humans with an email join the list (members far more often than others).
    About 3% of them also have a duplicate user under a second mailbox that was
    later merged into their main user; about 1% of main users were deleted.
    """
    members: list[Member] = []
    next_id = 1_200_001
    for human in world.humans:
        if human.email is None or rng.random() >= _list_share(human):
            continue
        if rng.random() < 0.7:
            created = world.random_time(rng, start=LIST_START, end=CYCLE_START)
        else:
            created = world.random_time(rng, end=SYNC_TIME - timedelta(days=2))
        status = rng.choices(SUBSCRIPTION_STATUSES, weights=[86, 11, 3])[0]
        main = Member(
            user_id=next_id, uuid=new_uuid(rng), human=human, email=human.email.lower(), created_at=created,
            updated_at=created + timedelta(days=rng.randrange(1, 200), seconds=rng.randrange(86_400)),
            subscription_status=status,
        )
        main.updated_at = min(main.updated_at, SYNC_TIME)
        next_id += rng.randrange(1, 4)
        if rng.random() < 0.01:
            main.deleted_at = main.updated_at
        members.append(main)
        if rng.random() < 0.03:
            dup_created = created + timedelta(days=rng.randrange(1, 120), seconds=rng.randrange(86_400))
            dup_created = min(dup_created, SYNC_TIME - timedelta(days=2))
            merged_at = dup_created + timedelta(days=rng.randrange(1, 30))
            merged_at = min(merged_at, SYNC_TIME - timedelta(hours=1))
            members.append(Member(
                user_id=next_id, uuid=new_uuid(rng), human=human,
                email=_duplicate_email(human, main.email, rng).lower(), created_at=dup_created,
                updated_at=merged_at, kept_user_id=main.user_id, merged_at=merged_at, deleted_at=merged_at,
                subscription_status="subscribed",
            ))
            next_id += rng.randrange(1, 4)
    return members


def an_events(world: World, rng: random.Random) -> dict[int, int]:
    """World events also published on Action Network: world event id -> Action Network event id."""
    published: dict[int, int] = {}
    next_id = 51_001
    for event in world.events:
        share = 0.6 if event.kind in ("MEETING", "TRAINING", "HOUSE_PARTY", "COMMUNITY") else 0.25
        if rng.random() < share:
            published[event.event_id] = next_id
            next_id += rng.randrange(1, 6)
    return published


def text_time(value: datetime | None, rng: random.Random, blank_share: float = 0.5) -> str | None:
    """A timestamp as the mirror's sync delivers text: mostly 'YYYY-MM-DD HH:MM:SS', some ISO 'T'
    or with microseconds; a missing value is a blank string or null (blank_share of them blank)."""
    if value is None:
        return "" if rng.random() < blank_share else None
    roll = rng.random()
    if roll < 0.85:
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if roll < 0.93:
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    return value.strftime("%Y-%m-%d %H:%M:%S") + f".{rng.randrange(1_000_000):06d}"


def flag(value: bool) -> int:
    """A boolean as the mirror's bigint 0/1."""
    return 1 if value else 0


def _later(value: datetime, rng: random.Random) -> datetime:
    return value + timedelta(days=rng.randrange(1, 40), seconds=rng.randrange(86_400))


CONTACT_COLUMNS: list[tuple[str, str]] = [
    ("email", "varchar"), ("phone", "varchar"), ("first_name", "varchar"), ("last_name", "varchar"),
    ("street", "varchar"), ("city", "varchar"), ("state", "varchar"), ("zip_code", "varchar"),
    ("country", "varchar"),
]
ACTION_TAIL: list[tuple[str, str]] = [
    ("tag_list", "varchar"), ("originating_system", "varchar"), ("source_code", "varchar"),
    ("created_at", "varchar"), ("updated_at", "timestamp"),
]


def submitted_contact(member: Member, rng: random.Random) -> dict[str, object]:
    """The contact details a person types into an action page: the same mailbox spelled their way,
    a phone in any format (or none), names with nicknames and slips, often only a zip code."""
    human = member.human
    phone_digits = human.cell if rng.random() < 0.8 else human.landline
    full_address = rng.random() < 0.45
    return {
        "email": messy.email_variant(member.email, rng),
        "phone": messy.phone_format(phone_digits, rng) if phone_digits and rng.random() < 0.45 else None,
        "first_name": messy.first_name_variant(human.first_name, rng),
        "last_name": messy.last_name_variant(human.last_name, rng),
        "street": human.address_line if full_address else None,
        "city": human.city if full_address or rng.random() < 0.3 else None,
        "state": "PA" if full_address else None,
        "zip_code": messy.maybe(f"{human.zip5}-{human.zip4}" if human.zip4 and rng.random() < 0.1 else human.zip5,
                                rng, 0.08),
        "country": "US" if rng.random() < 0.9 else None,
    }


def emit(world: World) -> ToolOutput:
    """Write the mirror tables for the world's Action Network list."""
    rng = world.rng(TOOL)
    members = roster(world, rng)
    output = ToolOutput(TOOL)
    by_id = {m.user_id: m for m in members}
    main_of_human: dict[int, Member] = {}
    dup_of_main: dict[int, Member] = {}
    for member in members:
        if member.kept_user_id is None:
            main_of_human[member.human.human_id] = member
        else:
            dup_of_main[member.kept_user_id] = member

    _users(output, members, rng)
    _core_fields(output, members, rng)
    _subscriptions(output, members, rng)
    _tags(output, members, rng)
    _merge_logs(output, members, by_id, rng)
    _actions(output, world, members, main_of_human, dup_of_main, rng)
    return output


def _users(output: ToolOutput, members: list[Member], rng: random.Random) -> None:
    users = output.table("users", [
        ("id", "bigint"), ("uuid", "varchar"), ("email", "varchar"), ("unconfirmed_email", "varchar"),
        ("language", "varchar"), ("originating_system", "varchar"), ("root_group_id", "bigint"),
        ("role", "varchar"), ("is_super_admin", "bigint"), ("sign_in_count", "bigint"),
        ("created_at", "varchar"), ("confirmed_at", "varchar"), ("last_sign_in_at", "varchar"),
        ("deleted_at", "varchar"), ("updated_at", "timestamp"),
    ])
    for member in members:
        human = member.human
        is_admin = human.is_staff
        confirmed = member.created_at + timedelta(minutes=rng.randrange(1, 600)) if rng.random() < 0.7 else None
        base = {
            "id": member.user_id, "uuid": member.uuid, "email": member.email,
            "language": "es" if rng.random() < 0.06 else "en",
            "originating_system": rng.choice(ORIGINATING_SYSTEMS), "root_group_id": ROOT_GROUP_ID,
            "role": "admin" if is_admin else None, "is_super_admin": flag(False),
            "sign_in_count": rng.randrange(5, 400) if is_admin else 0,
            "created_at": text_time(member.created_at, rng),
            "confirmed_at": text_time(confirmed, rng),
            "last_sign_in_at": text_time(_later(member.created_at, rng) if is_admin else None, rng),
        }
        if rng.random() < 0.05:
            # Re-delivered: an earlier version of the row, with a pending email change.
            earlier = member.created_at + (member.updated_at - member.created_at) / 2
            users.add(**base, unconfirmed_email=messy.email_variant(member.email, rng).strip().lower(),
                      deleted_at=text_time(None, rng), updated_at=earlier.replace(microsecond=0))
        users.add(**base, unconfirmed_email=None, deleted_at=text_time(member.deleted_at, rng, blank_share=0.8),
                  updated_at=member.updated_at)
        output.person_records.append(("users", str(member.user_id), human.human_id))


def _core_fields(output: ToolOutput, members: list[Member], rng: random.Random) -> None:
    core = output.table("core_fields", [
        ("id", "bigint"), ("user_id", "bigint"), ("owner_id", "bigint"), ("owner_type", "varchar"),
        ("first_name", "varchar"), ("last_name", "varchar"), ("street", "varchar"), ("city", "varchar"),
        ("state", "varchar"), ("zip_code", "varchar"), ("country", "varchar"), ("phone", "varchar"),
        ("language", "varchar"), ("latitude", "numeric"), ("longitude", "numeric"),
        ("created_at", "timestamp"), ("updated_at", "timestamp"),
    ])
    next_id = 3_400_001
    for member in members:
        human = member.human
        owners = [ROOT_GROUP_ID]
        if rng.random() < 0.15:
            owners.append(rng.choice(CHAPTER_GROUP_IDS))
        for position, owner in enumerate(owners):
            has_address = rng.random() < 0.5
            phone_digits = human.cell or human.landline
            if position > 0 and rng.random() < 0.5:
                # The chapter's copy is older: a landline or no phone at all.
                phone_digits = human.landline
            row = {
                "id": next_id, "user_id": member.user_id, "owner_id": owner, "owner_type": "Group",
                "first_name": messy.first_name_variant(human.first_name, rng, p_nick=0.08),
                "last_name": messy.last_name_variant(human.last_name, rng),
                "street": human.address_line if has_address else None,
                "city": human.city if has_address else None, "state": "PA" if has_address else None,
                "zip_code": messy.maybe(human.zip5, rng, 0.1), "country": "US",
                "phone": messy.phone_format(phone_digits, rng) if phone_digits and rng.random() < 0.55 else None,
                "language": "en",
                "latitude": round(39.9 + rng.random() * 2, 4) if has_address else None,
                "longitude": round(-80.4 + rng.random() * 5, 4) if has_address else None,
                "created_at": member.created_at,
            }
            if rng.random() < 0.04:
                core.add(**{**row, "phone": None}, updated_at=member.created_at)
            core.add(**row, updated_at=max(member.created_at, member.updated_at - timedelta(minutes=5)))
            next_id += 1


def _subscriptions(output: ToolOutput, members: list[Member], rng: random.Random) -> None:
    subs = output.table("subscriptions", [
        ("id", "bigint"), ("user_id", "bigint"), ("group_id", "bigint"), ("status", "varchar"),
        ("source_action_id", "bigint"), ("source_action_type", "varchar"), ("source_code", "varchar"),
        ("join_date", "varchar"), ("created_at", "timestamp"), ("updated_at", "timestamp"),
    ])
    next_id = 7_700_001
    for member in members:
        source_type = rng.choice(["Petition", "Petition", "Form", "Event", "Fundraising", None])
        subs.add(
            id=next_id, user_id=member.user_id, group_id=ROOT_GROUP_ID,
            status="unsubscribed" if member.kept_user_id else member.subscription_status,
            source_action_id=rng.choice(PETITION_IDS + FORM_IDS) if source_type else None,
            source_action_type=source_type,
            source_code=rng.choice(["fb", "email", "twitter", "website"]) if rng.random() < 0.3 else None,
            join_date=text_time(member.created_at, rng),
            created_at=member.created_at, updated_at=member.updated_at,
        )
        next_id += 1


def _tags(output: ToolOutput, members: list[Member], rng: random.Random) -> None:
    tags = output.table("tags", [
        ("id", "bigint"), ("uuid", "varchar"), ("name", "varchar"), ("group_id", "bigint"),
        ("hidden", "bigint"), ("created_at", "timestamp"), ("updated_at", "timestamp"),
    ])
    tag_ids: dict[str, int] = {}
    for index, name in enumerate(TAG_NAMES):
        tag_ids[name] = 11_001 + index * 3
        created = LIST_START + timedelta(days=index * 30)
        tags.add(id=tag_ids[name], uuid=new_uuid(rng), name=name, group_id=ROOT_GROUP_ID,
                 hidden=flag(name in ("Board", "Staff")), created_at=created, updated_at=created)
    user_tags = output.table("user_tags", [
        ("id", "bigint"), ("uuid", "varchar"), ("tag_id", "bigint"), ("user_id", "bigint"),
        ("group_id", "bigint"), ("created_at", "timestamp"), ("updated_at", "timestamp"),
    ])
    next_id = 2_100_001
    for member in members:
        if member.kept_user_id is not None:
            continue
        for name in member_tags(member.human, rng):
            created = _later(member.created_at, rng)
            created = min(created, SYNC_TIME)
            row = {"id": next_id, "uuid": new_uuid(rng), "tag_id": tag_ids[name], "user_id": member.user_id,
                   "group_id": ROOT_GROUP_ID, "created_at": created}
            if rng.random() < 0.03:
                user_tags.add(**row, updated_at=created)
            user_tags.add(**row, updated_at=created + timedelta(seconds=rng.randrange(1, 3_600)))
            next_id += 1


def member_tags(human: Human, rng: random.Random) -> list[str]:
    """The tags an organizer would have put on this person."""
    names = []
    if human.is_member:
        names.append("Member")
    if human.is_volunteer:
        names.append("Volunteer")
        names.append(rng.choice(["Canvass Interest", "Phone Bank Interest", "Text Bank Interest"]))
    if human.is_leader:
        names.append("Volunteer Leader")
    if human.is_staff:
        names.append("Staff")
    if rng.random() < 0.1:
        names.append(rng.choice(["Petition: Fund Our Schools", "Petition: Clean Water", "2026 Kickoff"]))
    return names


def _merge_logs(output: ToolOutput, members: list[Member], by_id: dict[int, Member], rng: random.Random) -> None:
    logs = output.table("user_merge_logs", [
        ("id", "bigint"), ("merged_user_id", "bigint"), ("removed_user_id", "bigint"),
        ("merged_user_email", "varchar"), ("removed_user_email", "varchar"), ("created_at", "varchar"),
    ])
    next_id = 610_001
    for member in members:
        if member.kept_user_id is None:
            continue
        kept = by_id[member.kept_user_id]
        logs.add(id=next_id, merged_user_id=kept.user_id, removed_user_id=member.user_id,
                 merged_user_email=kept.email, removed_user_email=member.email,
                 created_at=text_time(member.merged_at, rng))
        next_id += rng.randrange(1, 3)


def _actions(output: ToolOutput, world: World, members: list[Member], main_of_human: dict[int, Member],
             dup_of_main: dict[int, Member], rng: random.Random) -> None:
    signatures = output.table("signatures", [("id", "bigint"), ("user_id", "bigint"), ("petition_id", "bigint"),
                                             *CONTACT_COLUMNS, ("comments", "varchar"), *ACTION_TAIL])
    answers = output.table("answers", [("id", "bigint"), ("user_id", "bigint"), ("form_id", "bigint"),
                                       *CONTACT_COLUMNS, *ACTION_TAIL])
    rsvps = output.table("rsvps", [("id", "bigint"), ("user_id", "bigint"), ("event_id", "bigint"),
                                   ("guest_count", "bigint"), *CONTACT_COLUMNS, *ACTION_TAIL])
    donations = output.table("donations", [("id", "bigint"), ("user_id", "bigint"), ("fundraising_id", "bigint"),
                                           ("amount", "numeric"), ("recurring", "bigint"), *CONTACT_COLUMNS,
                                           *ACTION_TAIL])
    next_ids = {"signatures": 9_100_001, "answers": 9_500_001, "rsvps": 8_300_001, "donations": 7_200_001}

    def add(table: Table, member: Member, at: datetime, **extra: object) -> None:
        """One action row, by the member or (for a merged duplicate) its removed user."""
        actor = member
        duplicate = dup_of_main.get(member.user_id)
        if duplicate is not None and rng.random() < 0.3:
            actor = duplicate
        at = min(at, SYNC_TIME)
        row_id = next_ids[table.name]
        next_ids[table.name] += rng.randrange(1, 3)
        user_id = actor.user_id
        if actor.kept_user_id is not None and rng.random() < 0.5:
            user_id = actor.kept_user_id  # re-pointed at the surviving user by the merge
        row = {"id": row_id, "user_id": user_id, **extra, **submitted_contact(actor, rng),
               "tag_list": None, "originating_system": rng.choice(ORIGINATING_SYSTEMS),
               "source_code": rng.choice(["fb", "email", "twitter", None, None]),
               "created_at": text_time(at, rng)}
        if rng.random() < 0.03:
            table.add(**row, updated_at=at)
        table.add(**row, updated_at=at + timedelta(seconds=rng.randrange(1, 7_200)))
        output.person_records.append((table.name, str(row_id), member.human.human_id))

    for member in main_of_human.values():
        for _ in range(rng.choices([0, 1, 2, 3], weights=[45, 35, 14, 6])[0]):
            add(signatures, member, _later(member.created_at, rng), petition_id=rng.choice(PETITION_IDS),
                comments="Please act now." if rng.random() < 0.05 else None)
        for _ in range(rng.choices([0, 1, 2], weights=[72, 23, 5])[0]):
            add(answers, member, _later(member.created_at, rng), form_id=rng.choice(FORM_IDS))
        if rng.random() < (0.3 if member.human.is_member else 0.08):
            recurring = rng.random() < 0.25
            first = _later(member.created_at, rng)
            for n in range(rng.randrange(2, 6) if recurring else 1):
                add(donations, member, first + timedelta(days=30 * n), fundraising_id=rng.choice(FUNDRAISING_IDS),
                    amount=float(rng.choice([5, 10, 15, 25, 27, 50, 100, 250])), recurring=flag(recurring))

    published = an_events(world, rng)
    starts = {event.event_id: event.starts_at for event in world.events}
    rsvped: set[tuple[int, int]] = set()
    for signup in world.signups:
        member = main_of_human.get(signup.human_id)
        an_id = published.get(signup.event_id)
        if member is None or an_id is None or signup.via_mobilize:
            continue
        rsvped.add((an_id, member.user_id))
        add(rsvps, member, signup.signed_up_at, event_id=an_id, guest_count=rng.choices([0, 1, 2], [85, 12, 3])[0])
    mains = list(main_of_human.values())
    for world_id, an_id in published.items():
        for member in rng.sample(mains, k=min(len(mains), rng.randrange(1, 6))):
            if (an_id, member.user_id) in rsvped:
                continue
            rsvped.add((an_id, member.user_id))
            at = starts[world_id] - timedelta(days=rng.randrange(1, 20), seconds=rng.randrange(86_400))
            add(rsvps, member, max(at, member.created_at), event_id=an_id, guest_count=0)
