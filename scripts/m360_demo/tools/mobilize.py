"""Mobilize: the tables a Mobilize sync lands (participations, events, timeslots, users, ...).

Id spaces (all Mobilize's own, never equal to VAN ids, so a join that skips the
van_* crosswalk shows up as a miss):
  events        520_001 upwards, one per world event that is on Mobilize, plus
                deleted copies; van_events maps them to the VAN eventid, which is
                the world event_id
  timeslots     3_300_001 upwards, one live timeslot per event, plus deleted
                (rescheduled) ones; van_shifts maps them to the VAN eventshiftid,
                `van_shift_id(event_id)`
  participations 12_000_001 upwards; van_signups maps them to a VAN eventsignupid
                from `van_signup_id(event_id, human_id)`
  users         2_400_001 upwards, one per human who appears in Mobilize
The VAN-side ids (shift and signup) are a convention shared with the VAN
generator: see `van_shift_id` and `van_signup_id`.

Timestamps are delivered as UTC (Mobilize stores timestamptz); the world's
times are local to the organisation (America/New_York) and converted here.

Quirks reproduced:
  - participations re-delivered with the same id and a later modified_date whose
    status and attended changed (the latest delivery is the truth);
  - attended three-valued: true, false or null (nobody recorded it);
  - the current profile (user__*) differs from what was typed at signup
    (*_at_signup): changed mailbox, nickname, other phone format, zip+4;
  - cross-firewall participations (a partner's promoted event) with null
    event_id / timeslot_id and often a masked status;
  - deleted events, timeslots and event tags, delivered first live and later
    with deleted_date;
  - phones in assorted formats; opt-in statuses that change over time;
  - van_persons rows re-delivered after a VAN merge changed the linked van_id.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from .. import messy
from ..spec import ToolOutput
from ..world import ORG_DOMAIN, ORG_NAME, Event, Human, Signup, World

TOOL = "mobilize"
LOCAL_ZONE = ZoneInfo("America/New_York")

ORG_ID = 4_211
ORG_SLUG = "keystoneorganizing"
# The VAN committee the organisation's Mobilize syncs into (MyCampaign).
COMMITTEE_ID = 71_404
# Partner organisations whose promoted events our supporters sign up for (cross-firewall).
PARTNERS: list[tuple[int, str, str]] = [
    (5_873, "Pennsylvania Coordinated Campaign", "pacoordinated"),
    (6_120, "Three Rivers Tenants Union", "threeriverstenants"),
]

TAGS = ["GOTV", "Youth", "Spanish language", "Accessible venue", "Training required", "Rural", "Priority turf"]
VENUES = ["Field office", "Public library", "Union hall", "Community center", "Coffee shop", "Church basement"]
UTM_SOURCES = ["email", "facebook", "twitter", "sms", "mobilize_feed", "partner"]
FEEDBACK_TEXT = ["Great group, well organised.", "Turf packets were late.", "Loved it!", "Hard to find parking."]

PARTICIPATION_COLUMNS = [
    ("id", "integer"), ("user_id", "integer"), ("event_id", "integer"), ("timeslot_id", "integer"),
    ("organization_id", "integer"), ("organization__name", "varchar"), ("organization__slug", "varchar"),
    ("affiliation_id", "integer"), ("affiliation__name", "varchar"), ("affiliation__slug", "varchar"),
    ("status", "varchar"), ("attended", "boolean"),
    ("user__given_name", "varchar"), ("user__family_name", "varchar"), ("user__email_address", "varchar"),
    ("user__phone_number", "varchar"), ("user__postal_code", "varchar"), ("user__modified_date", "timestamp"),
    ("given_name_at_signup", "varchar"), ("family_name_at_signup", "varchar"), ("email_at_signup", "varchar"),
    ("phone_number_at_signup", "varchar"), ("postal_code_at_signup", "varchar"),
    ("experience_feedback_type", "varchar"), ("experience_feedback_text", "varchar"),
    ("referrer__utm_source", "varchar"), ("referrer__utm_medium", "varchar"),
    ("referrer__utm_campaign", "varchar"), ("referrer__url", "varchar"),
    ("created_date", "timestamp"), ("modified_date", "timestamp"),
]
EVENT_COLUMNS = [
    ("id", "integer"), ("title", "varchar"), ("summary", "varchar"), ("event_type", "varchar"),
    ("timezone", "varchar"), ("is_virtual", "boolean"), ("visibility", "varchar"), ("high_priority", "boolean"),
    ("approval_status", "varchar"), ("created_by_volunteer_host", "boolean"), ("browser_url", "varchar"),
    ("van_name", "varchar"), ("location__venue", "varchar"), ("location__address_line_1", "varchar"),
    ("location__locality", "varchar"), ("location__region", "varchar"), ("location__postal_code", "varchar"),
    ("location__lat", "numeric"), ("location__lon", "numeric"), ("location__state_leg_district", "varchar"),
    ("organization_id", "integer"), ("owner_id", "integer"), ("owner__given_name", "varchar"),
    ("owner__family_name", "varchar"), ("owner__email_address", "varchar"), ("owner__phone_number", "varchar"),
    ("creator_id", "integer"), ("contact__name", "varchar"), ("contact__email_address", "varchar"),
    ("contact__phone_number", "varchar"), ("event_campaign_id", "integer"),
    ("created_date", "timestamp"), ("modified_date", "timestamp"), ("deleted_date", "timestamp"),
]
TIMESLOT_COLUMNS = [
    ("id", "integer"), ("event_id", "integer"), ("start_date", "timestamp"), ("end_date", "timestamp"),
    ("max_attendees", "integer"), ("created_date", "timestamp"), ("modified_date", "timestamp"),
    ("deleted_date", "timestamp"),
]
USER_COLUMNS = [
    ("id", "integer"), ("given_name", "varchar"), ("family_name", "varchar"), ("email_address", "varchar"),
    ("phone_number", "varchar"), ("postal_code", "varchar"), ("membership_id", "integer"),
    ("membership__permission_tier", "varchar"), ("membership__organization_id", "integer"),
    ("membership__created_date", "timestamp"), ("membership__modified_date", "timestamp"),
    ("blocked_date", "timestamp"), ("created_date", "timestamp"), ("modified_date", "timestamp"),
]
ORGANIZATION_COLUMNS = [("id", "integer"), ("name", "varchar"), ("slug", "varchar"), ("committee_id", "integer")]
SMS_COLUMNS = [
    ("id", "integer"), ("user_id", "integer"), ("organization_id", "integer"), ("sms_opt_in_status", "varchar"),
    ("user__phone_number", "varchar"), ("created_date", "timestamp"), ("modified_date", "timestamp"),
]
TAG_COLUMNS = [
    ("id", "integer"), ("event_id", "integer"), ("tag_id", "integer"), ("tag__name", "varchar"),
    ("created_date", "timestamp"), ("modified_date", "timestamp"), ("deleted_date", "timestamp"),
]
VAN_PERSON_COLUMNS = [
    ("id", "integer"), ("van_id", "bigint"), ("committee_id", "integer"), ("user_id", "integer"),
    ("created_date", "timestamp"), ("modified_date", "timestamp"),
]
VAN_SIGNUP_COLUMNS = [
    ("id", "integer"), ("van_id", "bigint"), ("participation_id", "integer"), ("user_id", "integer"),
    ("timeslot_id", "integer"), ("signup_type", "varchar"), ("van_event_van_id", "bigint"),
    ("van_shift_van_id", "bigint"), ("van_person_van_id", "bigint"), ("committee_id", "integer"),
    ("created_date", "timestamp"), ("modified_date", "timestamp"),
]
VAN_EVENT_COLUMNS = [
    ("id", "integer"), ("van_id", "bigint"), ("event_id", "integer"), ("committee_id", "integer"),
    ("created_date", "timestamp"), ("modified_date", "timestamp"),
]
VAN_SHIFT_COLUMNS = [
    ("id", "integer"), ("van_id", "bigint"), ("van_event_van_id", "bigint"), ("timeslot_id", "integer"),
    ("committee_id", "integer"), ("start_date", "timestamp"), ("end_date", "timestamp"),
    ("created_date", "timestamp"), ("modified_date", "timestamp"),
]


def van_shift_id(event_id: int) -> int:
    """VAN eventshiftid of the single shift of a world event (shared convention with the VAN generator)."""
    return event_id * 10 + 1


def van_signup_id(event_id: int, human_id: int, owner: bool = False) -> int:
    """VAN eventsignupid of a human's signup (or host role) on a world event (shared with the VAN generator)."""
    return (event_id - 700_000) * 1_000_000 + (500_000 if owner else 0) + human_id


def to_utc(local: datetime) -> datetime:
    """A naive local (America/New_York) world time as naive UTC, as Mobilize delivers it."""
    return local.replace(tzinfo=LOCAL_ZONE).astimezone(UTC).replace(tzinfo=None)


def pick(rng: random.Random, n: int, share: float) -> set[int]:
    """About share * n distinct indices out of n, at least one when n > 0."""
    if n == 0:
        return set()
    return set(rng.sample(range(n), k=min(n, max(1, round(n * share)))))


@dataclass
class MobilizeUser:
    """One human's Mobilize account: the current profile every participation row repeats."""

    user_id: int
    human: Human
    given_name: str
    family_name: str
    email: str
    old_email: str | None
    phone_digits: str | None
    phone: str | None
    postal_code: str
    created: datetime
    modified: datetime
    tier: str | None = None


class Directory:
    """Mobilize accounts by human, created on first appearance (ids in order of appearance)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.by_human: dict[int, MobilizeUser] = {}
        self.next_id = 2_400_001

    def account(self, human: Human, seen_at: datetime) -> MobilizeUser:
        user = self.by_human.get(human.human_id)
        if user is not None:
            user.created = min(user.created, seen_at)
            return user
        rng = self.rng
        base_email = human.email or human.work_email or (
            f"{human.first_name}{human.last_name}{rng.randrange(10, 99)}@{rng.choice(messy.EMAIL_DOMAINS)}"
            .lower().replace(" ", "").replace("'", ""))
        email = base_email if rng.random() < 0.85 else messy.email_variant(base_email, rng).strip()
        old_email = None
        if rng.random() < 0.15:
            old_email = (f"{human.first_name[0]}{human.last_name}{rng.randrange(10, 99)}@"
                         f"{rng.choice(messy.EMAIL_DOMAINS)}").lower().replace(" ", "").replace("'", "")
        digits = human.cell or human.landline
        phone = messy.phone_format(digits, rng) if digits and rng.random() < 0.9 else None
        postal = human.zip5 if not human.zip4 or rng.random() < 0.8 else f"{human.zip5}-{human.zip4}"
        user = MobilizeUser(
            user_id=self.next_id, human=human, given_name=messy.first_name_variant(human.first_name, rng, 0.10),
            family_name=messy.last_name_variant(human.last_name, rng), email=email, old_email=old_email,
            phone_digits=digits if phone else None, phone=phone, postal_code=postal,
            created=seen_at, modified=seen_at,
        )
        self.next_id += rng.randrange(1, 40)
        self.by_human[human.human_id] = user
        return user


@dataclass
class MobilizeEvent:
    """A Mobilize event row's identity and its (live) timeslot."""

    event_id: int
    timeslot_id: int
    world: Event
    start: datetime
    end: datetime
    created: datetime
    modified: datetime


def emit(world: World) -> ToolOutput:
    """All Mobilize tables, with ground truth for participations and users."""
    rng = world.rng(TOOL)
    output = ToolOutput(TOOL)
    directory = Directory(rng)

    # Accounts, in order of first appearance: staff, then hosts and signups.
    for organizer in world.organizers:
        directory.account(world.human(organizer.human_id), to_utc(world.events[0].created_at) - timedelta(days=90))
    mobilize_events = [event for event in world.events if event.on_mobilize]
    for event in mobilize_events:
        directory.account(world.human(event.host_human_id), to_utc(event.created_at))
    signups = [signup for signup in world.signups if signup.via_mobilize]
    for signup in signups:
        directory.account(world.human(signup.human_id), to_utc(signup.signed_up_at))
    # Cross-firewall signups: members signing up for a partner's promoted event.
    members = [human for human in world.humans if human.is_member]
    cross_firewall = []
    for _ in range(max(1, round(len(signups) * 0.06)) if members else 0):
        human, created = rng.choice(members), to_utc(world.random_time(rng))
        cross_firewall.append((directory.account(human, created), created))
    for user in directory.by_human.values():
        user.modified = user.created + timedelta(days=rng.randrange(0, 120), minutes=rng.randrange(1, 600))

    events = _emit_events(world, rng, output, directory, mobilize_events)
    participation_ids = _emit_participations(rng, output, directory, events, signups, cross_firewall)
    _emit_users(rng, output, directory, world)
    _emit_sms_opt_ins(rng, output, directory)
    _emit_organizations(output)
    _emit_van_links(rng, output, directory, events, signups, participation_ids)
    return output


def _emit_events(world: World, rng: random.Random, output: ToolOutput, directory: Directory,
                 mobilize_events: list[Event]) -> dict[int, MobilizeEvent]:
    """events, timeslots and event_tags; returns the live events by world event_id."""
    events_table = output.table("events", EVENT_COLUMNS)
    timeslots = output.table("timeslots", TIMESLOT_COLUMNS)
    tags = output.table("event_tags", TAG_COLUMNS)
    live: dict[int, MobilizeEvent] = {}
    next_event, next_slot, next_tag = 520_001, 3_300_001, 88_001
    edited = pick(rng, len(mobilize_events), 0.15)
    copied = pick(rng, len(mobilize_events), 0.04)
    rescheduled = pick(rng, len(mobilize_events), 0.06)

    def event_values(event_id: int, event: Event, van_name: str | None) -> dict:
        """An event's columns that stay the same across its deliveries."""
        host = directory.by_human[event.host_human_id]
        virtual = event.kind in ("PHONE_BANK", "TEXT_BANK") and rng.random() < 0.8
        return {
            "id": event_id, "summary": f"Join us: {event.kind.replace('_', ' ').lower()} in HD{event.house_district}",
            "event_type": event.kind, "timezone": "America/New_York", "is_virtual": virtual,
            "visibility": "PRIVATE" if rng.random() < 0.1 else "PUBLIC", "high_priority": rng.random() < 0.1,
            "approval_status": "APPROVED", "created_by_volunteer_host": host.human.is_volunteer,
            "browser_url": f"https://www.mobilize.us/{ORG_SLUG}/event/{event_id}/", "van_name": van_name,
            "location__venue": None if virtual else rng.choice(VENUES),
            "location__address_line_1": None if virtual else f"{rng.randrange(1, 999)} {host.human.street_name}",
            "location__locality": None if virtual else host.human.city, "location__region": None if virtual else "PA",
            "location__postal_code": None if virtual else host.human.zip5,
            "location__lat": None if virtual else round(rng.uniform(39.8, 42.2), 4),
            "location__lon": None if virtual else round(rng.uniform(-80.4, -75.0), 4),
            "location__state_leg_district": None if virtual else f"PA-HD-{event.house_district}",
            "organization_id": ORG_ID, "owner_id": host.user_id, "owner__given_name": host.given_name,
            "owner__family_name": host.family_name, "owner__email_address": host.email,
            "owner__phone_number": host.phone,
            "creator_id": host.user_id, "contact__name": f"{host.given_name} {host.family_name}",
            "contact__email_address": host.email if rng.random() < 0.6 else f"events@{ORG_DOMAIN}",
            "contact__phone_number": host.phone, "event_campaign_id": None,
        }

    def tag_rows(event_id: int, created: datetime, deleted: datetime | None) -> None:
        nonlocal next_tag
        for tag_index in rng.sample(range(len(TAGS)), k=rng.choice([0, 1, 1, 2])):
            tag_deleted = deleted or (created + timedelta(days=rng.randrange(1, 5)) if rng.random() < 0.08 else None)
            tags.add(id=next_tag, event_id=event_id, tag_id=900 + tag_index, tag__name=TAGS[tag_index],
                     created_date=created, modified_date=created, deleted_date=None)
            if tag_deleted:
                tags.add(id=next_tag, event_id=event_id, tag_id=900 + tag_index, tag__name=TAGS[tag_index],
                         created_date=created, modified_date=tag_deleted, deleted_date=tag_deleted)
            next_tag += 1

    for index, event in enumerate(mobilize_events):
        created = to_utc(event.created_at)
        start, end = to_utc(event.starts_at), to_utc(event.ends_at)
        modified = created + timedelta(minutes=rng.randrange(1, 600))
        van_name = None
        if event.on_van and rng.random() < 0.3:
            van_name = f"{event.kind.replace('_', ' ').title()} HD{event.house_district} {event.starts_at:%m/%d}"
        values = event_values(next_event, event, van_name)
        if index in edited:
            # First delivered with a draft title, then edited: the later row wins.
            events_table.add(**values, title=f"DRAFT {event.title}", created_date=created, modified_date=created)
        events_table.add(**values, title=event.title, created_date=created, modified_date=modified)
        if index in rescheduled:
            # The first timeslot was deleted when the event moved; a new one replaced it.
            old_start = start - timedelta(days=rng.randrange(1, 7))
            timeslots.add(id=next_slot, event_id=next_event, start_date=old_start,
                          end_date=old_start + (end - start), max_attendees=None, created_date=created,
                          modified_date=created, deleted_date=None)
            timeslots.add(id=next_slot, event_id=next_event, start_date=old_start,
                          end_date=old_start + (end - start), max_attendees=None, created_date=created,
                          modified_date=modified, deleted_date=modified)
            next_slot += rng.randrange(1, 4)
        timeslots.add(id=next_slot, event_id=next_event, start_date=start, end_date=end,
                      max_attendees=rng.choice([None, None, 10, 20, 25, 50]), created_date=created,
                      modified_date=modified, deleted_date=None)
        tag_rows(next_event, created, None)
        live[event.event_id] = MobilizeEvent(next_event, next_slot, event, start, end, created, modified)
        next_event += rng.randrange(1, 6)
        next_slot += rng.randrange(1, 4)
        if index in copied:
            # A host created the event twice by mistake and deleted the copy.
            deleted = created + timedelta(hours=rng.randrange(1, 48))
            values = event_values(next_event, event, None)
            events_table.add(**values, title=event.title, created_date=created, modified_date=created)
            events_table.add(**values, title=event.title, created_date=created, modified_date=deleted,
                             deleted_date=deleted)
            timeslots.add(id=next_slot, event_id=next_event, start_date=start, end_date=end, max_attendees=None,
                          created_date=created, modified_date=deleted, deleted_date=deleted)
            tag_rows(next_event, created, deleted)
            next_event += rng.randrange(1, 6)
            next_slot += rng.randrange(1, 4)
    return live


def _emit_participations(rng: random.Random, output: ToolOutput, directory: Directory,
                         events: dict[int, MobilizeEvent], signups: list[Signup],
                         cross_firewall: list[tuple[MobilizeUser, datetime]]) -> list[int]:
    """participations: own events' signups (some re-delivered) and cross-firewall ones."""
    table = output.table("participations", PARTICIPATION_COLUMNS)
    org = (ORG_ID, ORG_NAME, ORG_SLUG)
    changed = [i for i, s in enumerate(signups) if s.status != "REGISTERED" or s.attended is not None]
    redelivered = {changed[i] for i in pick(rng, len(changed), 0.15)}
    next_id = 12_000_001

    def typed_at_signup(user: MobilizeUser) -> dict:
        """What this signup's form held: fixed for the participation, whatever the deliveries."""
        human = user.human
        email = user.email
        roll = rng.random()
        if user.old_email and roll < 0.6:
            email = user.old_email
        elif roll < 0.1:
            email = messy.email_variant(user.email, rng)
        phone = user.phone
        roll = rng.random()
        if roll < 0.3 and user.phone_digits:
            phone = messy.phone_format(user.phone_digits, rng)
        elif roll < 0.4:
            phone = None
        elif roll < 0.45 and human.landline and human.landline != user.phone_digits:
            phone = messy.phone_format(human.landline, rng)
        affiliation = org if rng.random() < 0.93 else rng.choice(PARTNERS)
        source = rng.choice(UTM_SOURCES) if rng.random() < 0.4 else None
        return {
            "affiliation_id": affiliation[0], "affiliation__name": affiliation[1],
            "affiliation__slug": affiliation[2],
            "given_name_at_signup": messy.first_name_variant(human.first_name, rng, 0.2, 0.03)
            if rng.random() < 0.3 else user.given_name,
            "family_name_at_signup": messy.last_name_variant(human.last_name, rng)
            if rng.random() < 0.2 else user.family_name,
            "email_at_signup": email, "phone_number_at_signup": phone,
            "postal_code_at_signup": user.postal_code if rng.random() < 0.85 else (
                f"{human.zip5}-{human.zip4}" if human.zip4 else human.zip5),
            "referrer__utm_source": source, "referrer__utm_medium": "organic" if source else None,
            "referrer__utm_campaign": f"2026-{rng.choice(['spring', 'summer', 'gotv'])}" if source else None,
            "referrer__url": f"https://www.mobilize.us/{ORG_SLUG}/" if source and rng.random() < 0.5 else None,
        }

    def row(participation_id: int, user: MobilizeUser, event: MobilizeEvent | None, owner: tuple[int, str, str],
            typed: dict, status: str | None, attended: bool | None, created: datetime, modified: datetime) -> None:
        feedback_type = feedback_text = None
        if attended and rng.random() < 0.2:
            feedback_type = "APPROVED_OF_SHIFT" if rng.random() < 0.9 else "DISAPPROVED_OF_SHIFT"
            feedback_text = rng.choice(FEEDBACK_TEXT) if rng.random() < 0.5 else None
        elif attended is False and rng.random() < 0.1:
            feedback_type = "DID_NOT_ATTEND"
        table.add(
            **typed, id=participation_id, user_id=user.user_id, event_id=event.event_id if event else None,
            timeslot_id=event.timeslot_id if event else None,
            organization_id=owner[0], organization__name=owner[1], organization__slug=owner[2],
            status=status, attended=attended,
            user__given_name=user.given_name, user__family_name=user.family_name, user__email_address=user.email,
            user__phone_number=user.phone, user__postal_code=user.postal_code, user__modified_date=user.modified,
            experience_feedback_type=feedback_type, experience_feedback_text=feedback_text,
            created_date=created, modified_date=modified,
        )

    participation_ids: list[int] = []
    for index, signup in enumerate(signups):
        event = events[signup.event_id]
        user = directory.by_human[signup.human_id]
        created = to_utc(signup.signed_up_at)
        if signup.attended is not None:
            modified = event.end + timedelta(hours=rng.randrange(1, 72))
        elif signup.status == "CANCELLED":
            modified = created + timedelta(hours=rng.randrange(2, 96))
        else:
            modified = created + timedelta(minutes=rng.randrange(1, 30))
        modified = max(modified, created + timedelta(minutes=1))
        typed = typed_at_signup(user)
        if index in redelivered:
            # The first delivery, before the RSVP changed and before attendance was taken.
            first_status = "CONFIRMED" if signup.status == "CANCELLED" else "REGISTERED"
            row(next_id, user, event, org, typed, first_status, None, created, created)
        row(next_id, user, event, org, typed, signup.status, signup.attended, created, modified)
        output.person_records.append(("participations", str(next_id), user.human.human_id))
        participation_ids.append(next_id)
        next_id += rng.randrange(1, 8)

    for user, created in cross_firewall:
        status = None if rng.random() < 0.5 else rng.choice(["REGISTERED", "CONFIRMED"])
        row(next_id, user, None, rng.choice(PARTNERS), typed_at_signup(user), status, None, created, created)
        output.person_records.append(("participations", str(next_id), user.human.human_id))
        next_id += rng.randrange(1, 8)
    return participation_ids


def _emit_users(rng: random.Random, output: ToolOutput, directory: Directory, world: World) -> None:
    """users: the organisation's members with a permission tier (staff and event hosts)."""
    table = output.table("users", USER_COLUMNS)
    staff = {organizer.human_id for organizer in world.organizers}
    hosts = {event.host_human_id for event in world.events if event.on_mobilize}
    first_staff = world.organizers[0].human_id if world.organizers else None
    tiered = staff | hosts
    members = [user for user in directory.by_human.values() if user.human.human_id in tiered]
    stale = pick(rng, len(members), 0.1)
    next_membership = 610_001
    for index, user in enumerate(members):
        human = user.human
        if human.human_id == first_staff:
            tier = "ADMIN"
        elif human.human_id in staff:
            tier = "ORGANIZER"
        else:
            tier = "TRUSTED_HOST" if human.is_leader else "HOST"
        user.tier = tier
        joined = user.created + timedelta(minutes=rng.randrange(0, 120))
        modified = max(user.modified, joined) + timedelta(minutes=rng.randrange(1, 600))
        blocked = modified if rng.random() < 0.01 else None
        values = {
            "id": user.user_id, "given_name": user.given_name, "family_name": user.family_name,
            "phone_number": user.phone, "postal_code": user.postal_code, "membership_id": next_membership,
            "membership__permission_tier": tier, "membership__organization_id": ORG_ID,
            "membership__created_date": joined, "membership__modified_date": modified, "blocked_date": blocked,
            "created_date": user.created,
        }
        if index in stale:
            # An earlier delivery, before the member changed mailbox.
            table.add(**values, email_address=user.old_email or messy.email_variant(user.email, rng),
                      modified_date=user.created)
        table.add(**values, email_address=user.email, modified_date=modified)
        output.person_records.append(("users", str(user.user_id), human.human_id))
        next_membership += rng.randrange(1, 9)


def _emit_sms_opt_ins(rng: random.Random, output: ToolOutput, directory: Directory) -> None:
    """sms_opt_ins: one consent row per account, some re-delivered after an opt-out."""
    table = output.table("sms_opt_ins", SMS_COLUMNS)
    users = list(directory.by_human.values())
    flipped = pick(rng, len(users), 0.08)
    next_id = 150_001
    for index, user in enumerate(users):
        status = rng.choices(["OPT_IN", "UNSPECIFIED", "OPT_OUT"], weights=[60, 30, 10])[0]
        phone = messy.phone_format(user.phone_digits, rng) if user.phone_digits else None
        if phone is None:
            status = "UNSPECIFIED"
        created = user.created
        if index in flipped and phone:
            table.add(id=next_id, user_id=user.user_id, organization_id=ORG_ID, sms_opt_in_status="OPT_IN",
                      user__phone_number=phone, created_date=created, modified_date=created)
            status = "OPT_OUT"
        table.add(id=next_id, user_id=user.user_id, organization_id=ORG_ID, sms_opt_in_status=status,
                  user__phone_number=phone, created_date=created,
                  modified_date=created + timedelta(days=rng.randrange(1, 60)))
        next_id += rng.randrange(1, 5)


def _emit_organizations(output: ToolOutput) -> None:
    table = output.table("organizations", ORGANIZATION_COLUMNS)
    table.add(id=ORG_ID, name=ORG_NAME, slug=ORG_SLUG, committee_id=COMMITTEE_ID)
    for partner_id, name, slug in PARTNERS:
        table.add(id=partner_id, name=name, slug=slug, committee_id=None)


def _emit_van_links(rng: random.Random, output: ToolOutput, directory: Directory,
                    events: dict[int, MobilizeEvent], signups: list[Signup], participation_ids: list[int]) -> None:
    """van_persons, van_events, van_shifts, van_signups: the Mobilize -> VAN crosswalk."""
    persons = output.table("van_persons", VAN_PERSON_COLUMNS)
    van_events = output.table("van_events", VAN_EVENT_COLUMNS)
    van_shifts = output.table("van_shifts", VAN_SHIFT_COLUMNS)
    van_signups = output.table("van_signups", VAN_SIGNUP_COLUMNS)

    linked: dict[int, int] = {}
    users = list(directory.by_human.values())
    merged = pick(rng, len(users), 0.04)
    next_id = 40_001
    for index, user in enumerate(users):
        van_id = user.human.van_id_myc
        if van_id is None or rng.random() < 0.08:
            continue
        synced = user.created + timedelta(minutes=rng.randrange(5, 180))
        if index in merged:
            # First linked to a duplicate MyCampaign record that VAN later merged away.
            persons.add(id=next_id, van_id=van_id + 7_000_000, committee_id=COMMITTEE_ID, user_id=user.user_id,
                        created_date=synced, modified_date=synced)
        persons.add(id=next_id, van_id=van_id, committee_id=COMMITTEE_ID, user_id=user.user_id,
                    created_date=synced, modified_date=synced + timedelta(days=rng.randrange(0, 20)))
        linked[user.human.human_id] = van_id
        next_id += rng.randrange(1, 4)

    next_event_link, next_shift_link = 21_001, 33_001
    for event in events.values():
        if not event.world.on_van:
            continue
        synced = event.created + timedelta(minutes=rng.randrange(1, 30))
        van_events.add(id=next_event_link, van_id=event.world.event_id, event_id=event.event_id,
                       committee_id=COMMITTEE_ID, created_date=synced, modified_date=max(synced, event.modified))
        van_shifts.add(id=next_shift_link, van_id=van_shift_id(event.world.event_id),
                       van_event_van_id=event.world.event_id, timeslot_id=event.timeslot_id,
                       committee_id=COMMITTEE_ID, start_date=event.start, end_date=event.end,
                       created_date=synced, modified_date=max(synced, event.modified))
        next_event_link += rng.randrange(1, 3)
        next_shift_link += rng.randrange(1, 3)

    next_signup = 77_001
    for index, signup in enumerate(signups):
        event = events[signup.event_id]
        van_person = linked.get(signup.human_id)
        if not event.world.on_van or van_person is None:
            continue
        user = directory.by_human[signup.human_id]
        synced = to_utc(signup.signed_up_at) + timedelta(minutes=rng.randrange(1, 60))
        van_signups.add(id=next_signup, van_id=van_signup_id(event.world.event_id, signup.human_id),
                        participation_id=participation_ids[index], user_id=user.user_id,
                        timeslot_id=event.timeslot_id, signup_type="PARTICIPATION",
                        van_event_van_id=event.world.event_id, van_shift_van_id=van_shift_id(event.world.event_id),
                        van_person_van_id=van_person, committee_id=COMMITTEE_ID, created_date=synced,
                        modified_date=synced)
        next_signup += rng.randrange(1, 4)
    for event in events.values():
        van_person = linked.get(event.world.host_human_id)
        if not event.world.on_van or van_person is None:
            continue
        host = directory.by_human[event.world.host_human_id]
        owner_signup_id = van_signup_id(event.world.event_id, event.world.host_human_id, owner=True)
        van_signups.add(id=next_signup, van_id=owner_signup_id,
                        participation_id=None, user_id=host.user_id, timeslot_id=event.timeslot_id,
                        signup_type="EVENT_OWNER", van_event_van_id=event.world.event_id,
                        van_shift_van_id=van_shift_id(event.world.event_id), van_person_van_id=van_person,
                        committee_id=COMMITTEE_ID, created_date=event.created, modified_date=event.modified)
        next_signup += rng.randrange(1, 4)
