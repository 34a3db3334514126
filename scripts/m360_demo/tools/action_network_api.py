"""Action Network, API (OSDI) shape: the REST resources flattened into tables by a sync.

No public table list exists for a hub's Action Network API sync, so the layout is
INFERRED from the API's field names: one row per person in `people` (keyed by its
`action_network:<uuid>` identifier), and one child table per array of the person
resource (`people_email_addresses`, `people_phone_numbers`,
`people_postal_addresses`), each row carrying the person's identifier, its position
in the array, the `primary` flag (renamed `is_primary`: `primary` is a reserved
word in SQL) and, for emails and phones, the subscription status. Each child row
repeats the person's `modified_date`, so a re-synced person re-delivers its
children too. The action resources (taggings, attendances, signatures,
submissions, donations) point at the person by identifier and carry no contact
details of their own.

Quirks reproduced:
- re-delivered rows: the sync appends a person (and its children) again when it
  changes; the newest `modified_date` wins;
- a duplicate person later merged into another stays in `people` when the sync
  saw it before the merge (the API no longer lists it, the append-only table does);
- deleted users are not listed by the API at all;
- phone numbers carry the country code (`1215...`); emails have a status
  (subscribed, unsubscribed, bouncing, ...);
- most people have only a postal code, geocoded approximately.

The people are the same as the mirror shape's (`action_network.roster`).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .. import messy
from ..spec import Table, ToolOutput
from ..world import World
from .action_network import (
    FORM_IDS,
    FUNDRAISING_IDS,
    PETITION_IDS,
    SYNC_TIME,
    TAG_NAMES,
    Member,
    an_events,
    member_tags,
    new_uuid,
    roster,
)

TOOL = "action_network_api"
PREFIX = "action_network:"
EMAIL_STATUSES = ["subscribed", "unsubscribed", "bouncing", "previous bounce", "spam complaint",
                  "previous spam complaint"]
PHONE_STATUSES = ["subscribed", "unsubscribed", "bouncing", "previous bounce"]
PETITION_TITLES = ["Fund Our Schools", "Clean Water Now", "Fair Maps for PA", "Raise the Wage", "Protect the Vote"]
FORM_TITLES = ["Volunteer Interest", "Share Your Story", "Request a Yard Sign"]
FUNDRAISING_TITLES = ["Spring Drive", "Sustaining Members"]


def identifier(rng: random.Random) -> str:
    """A fresh `action_network:<uuid>` identifier."""
    return PREFIX + new_uuid(rng)


def emit(world: World) -> ToolOutput:
    """Write the API-shaped tables for the world's Action Network list."""
    members = roster(world, world.rng("action_network"))
    rng = world.rng(TOOL)
    output = ToolOutput(TOOL)
    people = output.table("people", [
        ("identifier", "varchar"), ("identifiers", "varchar"), ("given_name", "varchar"), ("family_name", "varchar"),
        ("languages_spoken", "varchar"), ("created_date", "timestamp"), ("modified_date", "timestamp"),
    ])
    emails = output.table("people_email_addresses", [
        ("person_identifier", "varchar"), ("array_index", "integer"), ("address", "varchar"),
        ("is_primary", "boolean"), ("status", "varchar"), ("modified_date", "timestamp"),
    ])
    phones = output.table("people_phone_numbers", [
        ("person_identifier", "varchar"), ("array_index", "integer"), ("number", "varchar"),
        ("number_type", "varchar"), ("is_primary", "boolean"), ("status", "varchar"),
        ("modified_date", "timestamp"),
    ])
    addresses = output.table("people_postal_addresses", [
        ("person_identifier", "varchar"), ("array_index", "integer"), ("is_primary", "boolean"),
        ("address_lines", "varchar"), ("locality", "varchar"), ("region", "varchar"),
        ("postal_code", "varchar"), ("country", "varchar"), ("latitude", "numeric"), ("longitude", "numeric"),
        ("location_accuracy", "varchar"), ("modified_date", "timestamp"),
    ])
    listed: dict[int, str] = {}  # user id -> identifier, for people the API still lists
    for member in members:
        if member.deleted_at is not None and member.kept_user_id is None:
            continue  # deleted: the API no longer lists the person
        if member.kept_user_id is not None and rng.random() < 0.5:
            continue  # merged away before the sync first saw it
        person_id = PREFIX + member.uuid
        if member.kept_user_id is None:
            listed[member.user_id] = person_id
        versions = [member.updated_at]
        if rng.random() < 0.06:
            versions.insert(0, member.created_at + (member.updated_at - member.created_at) / 3)
        for modified in versions:
            modified = modified.replace(microsecond=0)
            _person(people, emails, phones, addresses, member, person_id, modified, rng)
        output.person_records.append(("people", person_id, member.human.human_id))

    _actions(output, world, members, listed, rng)
    return output


def _person(people: Table, emails: Table, phones: Table, addresses: Table, member: Member, person_id: str,
            modified: datetime, rng: random.Random) -> None:
    """One delivery of a person and its flattened arrays."""
    human = member.human
    people.add(identifier=person_id, identifiers=f'["{person_id}"]',
               given_name=messy.first_name_variant(human.first_name, rng, p_nick=0.1),
               family_name=messy.last_name_variant(human.last_name, rng),
               languages_spoken="es" if rng.random() < 0.06 else "en",
               created_date=member.created_at, modified_date=modified)
    status = member.subscription_status
    if member.kept_user_id is not None:
        status = "unsubscribed"
    elif status == "bouncing" and rng.random() < 0.3:
        status = "previous bounce"
    emails.add(person_identifier=person_id, array_index=0, address=member.email, is_primary=True, status=status,
               modified_date=modified)
    if human.work_email and human.work_email != member.email and rng.random() < 0.2:
        emails.add(person_identifier=person_id, array_index=1, address=human.work_email, is_primary=False,
                   status=rng.choice(["unsubscribed", "subscribed"]), modified_date=modified)
    phone_digits = human.cell or human.landline
    if phone_digits and rng.random() < 0.5:
        phones.add(person_identifier=person_id, array_index=0, number="1" + phone_digits, number_type="Mobile",
                   is_primary=True, status=rng.choices(PHONE_STATUSES, weights=[60, 35, 3, 2])[0],
                   modified_date=modified)
    has_street = rng.random() < 0.35
    postal_code = messy.maybe(human.zip5, rng, 0.06)
    if has_street or postal_code:
        addresses.add(
            person_identifier=person_id, array_index=0, is_primary=True,
            address_lines=human.address_line if has_street else None,
            locality=human.city if has_street or rng.random() < 0.4 else None,
            region="PA" if has_street or rng.random() < 0.6 else None, postal_code=postal_code, country="US",
            latitude=round(39.9 + rng.random() * 2, 4), longitude=round(-80.4 + rng.random() * 5, 4),
            location_accuracy="Rooftop" if has_street else "Approximate", modified_date=modified,
        )


def _action_row(table: Table, rng: random.Random, at: datetime, **values: object) -> None:
    """An action resource row, sometimes delivered twice (the second with a later modified_date)."""
    at = min(at, SYNC_TIME).replace(microsecond=0)
    row = {"identifier": identifier(rng), **values, "created_date": at}
    if rng.random() < 0.03:
        table.add(**row, modified_date=at)
    table.add(**row, modified_date=at + timedelta(seconds=rng.randrange(1, 7_200)))


def _later(value: datetime, rng: random.Random) -> datetime:
    return value + timedelta(days=rng.randrange(1, 40), seconds=rng.randrange(86_400))


def _actions(output: ToolOutput, world: World, members: list[Member], listed: dict[int, str],
             rng: random.Random) -> None:
    taggings = output.table("taggings", [
        ("identifier", "varchar"), ("person_identifier", "varchar"), ("tag_identifier", "varchar"),
        ("tag_name", "varchar"), ("created_date", "timestamp"), ("modified_date", "timestamp"),
    ])
    attendances = output.table("attendances", [
        ("identifier", "varchar"), ("person_identifier", "varchar"), ("event_identifier", "varchar"),
        ("event_title", "varchar"), ("attended", "boolean"), ("created_date", "timestamp"),
        ("modified_date", "timestamp"),
    ])
    signatures = output.table("signatures", [
        ("identifier", "varchar"), ("person_identifier", "varchar"), ("petition_identifier", "varchar"),
        ("petition_title", "varchar"), ("comments", "varchar"), ("created_date", "timestamp"),
        ("modified_date", "timestamp"),
    ])
    submissions = output.table("submissions", [
        ("identifier", "varchar"), ("person_identifier", "varchar"), ("form_identifier", "varchar"),
        ("form_title", "varchar"), ("created_date", "timestamp"), ("modified_date", "timestamp"),
    ])
    donations = output.table("donations", [
        ("identifier", "varchar"), ("person_identifier", "varchar"), ("fundraising_page_identifier", "varchar"),
        ("fundraising_page_title", "varchar"), ("amount", "numeric"), ("currency", "varchar"),
        ("is_recurring", "boolean"), ("recurrence_period", "varchar"), ("created_date", "timestamp"),
        ("modified_date", "timestamp"),
    ])
    tag_ids = {name: identifier(rng) for name in TAG_NAMES}
    petitions = {page: (identifier(rng), title) for page, title in zip(PETITION_IDS, PETITION_TITLES, strict=True)}
    forms = {page: (identifier(rng), title) for page, title in zip(FORM_IDS, FORM_TITLES, strict=True)}
    pages = {page: (identifier(rng), title) for page, title in zip(FUNDRAISING_IDS, FUNDRAISING_TITLES, strict=True)}
    main_of_human: dict[int, Member] = {}
    for member in members:
        if member.user_id in listed:
            main_of_human[member.human.human_id] = member

    for member in main_of_human.values():
        person_id = listed[member.user_id]
        for name in member_tags(member.human, rng):
            _action_row(taggings, rng, _later(member.created_at, rng), person_identifier=person_id,
                        tag_identifier=tag_ids[name], tag_name=name)
        for _ in range(rng.choices([0, 1, 2, 3], weights=[45, 35, 14, 6])[0]):
            petition_id, title = petitions[rng.choice(PETITION_IDS)]
            _action_row(signatures, rng, _later(member.created_at, rng), person_identifier=person_id,
                        petition_identifier=petition_id, petition_title=title,
                        comments="Please act now." if rng.random() < 0.05 else None)
        for _ in range(rng.choices([0, 1, 2], weights=[72, 23, 5])[0]):
            form_id, title = forms[rng.choice(FORM_IDS)]
            _action_row(submissions, rng, _later(member.created_at, rng), person_identifier=person_id,
                        form_identifier=form_id, form_title=title)
        if rng.random() < (0.3 if member.human.is_member else 0.08):
            recurring = rng.random() < 0.25
            page_id, title = pages[rng.choice(FUNDRAISING_IDS)]
            first = _later(member.created_at, rng)
            for n in range(rng.randrange(2, 6) if recurring else 1):
                _action_row(donations, rng, first + timedelta(days=30 * n), person_identifier=person_id,
                            fundraising_page_identifier=page_id, fundraising_page_title=title,
                            amount=float(rng.choice([5, 10, 15, 25, 27, 50, 100, 250])), currency="usd",
                            is_recurring=recurring, recurrence_period="Monthly" if recurring else None)

    published = an_events(world, rng)
    events = {event.event_id: event for event in world.events if event.event_id in published}
    event_ids = {world_id: identifier(rng) for world_id in published}
    seen: set[tuple[int, int]] = set()
    for signup in world.signups:
        member = main_of_human.get(signup.human_id)
        if member is None or signup.event_id not in published or signup.via_mobilize:
            continue
        seen.add((signup.event_id, member.user_id))
        # Attendance is tracked on some events only; the rest stay null.
        attended = signup.attended if rng.random() < 0.5 else None
        _action_row(attendances, rng, signup.signed_up_at, person_identifier=listed[member.user_id],
                    event_identifier=event_ids[signup.event_id], event_title=events[signup.event_id].title,
                    attended=attended)
    mains = list(main_of_human.values())
    for world_id in published:
        event = events[world_id]
        for member in rng.sample(mains, k=min(len(mains), rng.randrange(1, 6))):
            if (world_id, member.user_id) in seen:
                continue
            seen.add((world_id, member.user_id))
            at = event.starts_at - timedelta(days=rng.randrange(1, 20), seconds=rng.randrange(86_400))
            _action_row(attendances, rng, max(at, member.created_at), person_identifier=listed[member.user_id],
                        event_identifier=event_ids[world_id], event_title=event.title, attended=None)
