"""Spoke (open-source peer-to-peer texting on PostgreSQL) as a warehouse replica delivers it.

Every texting conversation of the world becomes one `campaign_contact` (Spoke
holds contacts per campaign), one first outgoing `message` from the volunteer
texter and, when the human replied, an incoming reply and maybe a follow-up.

The shared part, `build_program`, turns the world's conversations into a
texting program (organizations, campaigns, texter accounts, assignments,
contacts, messages, opt-outs, script steps, survey answers). Scale to Win
Text is a Spoke fork with the same model; `scale_to_win.py` reuses the
program and writes its own (plural) table shapes.

Quirks reproduced (Spoke's, as a replica of its database shows them):
- contacts are loaded from VAN lists: names with nicknames, typos and casing,
  `external_id` holding the MyVoters VAN id as text or '' (never null), and a
  free JSON `custom_fields` that sometimes carries {"VanID": ...};
- the same human is loaded into several campaigns (most are never texted
  there: `needsMessage`, no assignment);
- contacts are re-delivered as their `message_status` and `is_opted_out`
  change (`updated_at` later); only some intermediate versions were captured;
- opt-outs are per organization and per cell, not per contact: opting out
  flips `is_opted_out` on every contact of that cell in the organization;
  a cell can be opted out twice; some opt-outs were imported before the cycle;
  an opt-out clicked by mistake is deleted in Spoke (the row is gone, the
  contact's earlier versions still show it);
- incoming messages carry no texter (`user_id` null); landlines fail with
  Twilio error 30006;
- some volunteers hold two texter accounts (signed up twice);
- edited scripts leave soft-deleted interaction steps (`is_deleted`);
- timestamps are timestamptz in Spoke: delivered as naive UTC.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..messy import email_variant, first_name_variant, last_name_variant, nameless, nickname_for, phone_format
from ..spec import ToolOutput
from ..world import CYCLE_START, ELECTION_DAY, ORG_DOMAIN, ORG_NAME, Conversation, Human, World

SERVICE_NUMBER_AREAS = ["215", "267", "412", "610", "717"]


# ---------------------------------------------------------------------------
# The texting program shared by Spoke and Scale to Win
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class IdBases:
    """First id of each table (Postgres serials: ids only grow, each table its own sequence)."""

    campaign: int
    user: int
    assignment: int
    contact: int
    message: int
    opt_out: int
    step: int
    response: int


@dataclass
class TextUser:
    """One texter or admin account (a volunteer may hold two)."""

    user_id: int
    human_id: int
    first_name: str
    last_name: str
    alias: str | None
    email: str
    cell: str
    auth0_id: str
    created_at: datetime
    is_admin: bool = False
    is_superadmin: bool = False


@dataclass
class TextCampaign:
    """One texting campaign with its script (interaction steps)."""

    campaign_id: int
    organization_id: int
    title: str
    description: str
    creator_user_id: int
    created_at: datetime
    due_by: datetime
    is_archived: bool
    archived_at: datetime | None
    root_step_id: int = 0
    answer_step_ids: dict[str, int] = field(default_factory=dict)
    pitch: str = ""


@dataclass
class TextAssignment:
    """One texter's assignment in one campaign."""

    assignment_id: int
    campaign_id: int
    user_id: int
    created_at: datetime
    updated_at: datetime
    max_contacts: int | None


@dataclass
class ContactVersion:
    """One delivered version of a campaign contact."""

    message_status: str
    is_opted_out: bool
    updated_at: datetime


@dataclass
class TextContact:
    """One person loaded into one campaign (texted or not)."""

    contact_id: int
    campaign_id: int
    organization_id: int
    human_id: int
    first_name: str
    last_name: str
    cell: str
    is_landline: bool
    zip: str
    external_id: str
    custom_fields: str
    created_at: datetime
    assignment_id: int | None = None
    conversation: Conversation | None = None
    error_code: int | None = None
    keep_opt_version: bool = False  # the sync caught the contact while a mistaken opt-out stood
    events: list[tuple[datetime, str, object]] = field(default_factory=list)
    versions: list[ContactVersion] = field(default_factory=list)

    @property
    def final(self) -> ContactVersion:
        return self.versions[-1]


@dataclass
class TextMessage:
    """One message, outgoing (texter) or incoming (contact)."""

    message_id: int
    contact_id: int
    assignment_id: int | None
    user_id: int | None
    is_from_contact: bool
    text: str
    send_status: str
    error_code: int | None
    created_at: datetime
    contact_number: str
    user_number: str
    service_id: str
    kind: str  # initial, reply, follow_up, opt_out_notice


@dataclass
class TextOptOut:
    """One opt-out of a cell in one organization."""

    opt_out_id: int
    cell: str
    organization_id: int
    assignment_id: int | None
    contact_id: int | None
    reason_code: str
    created_at: datetime
    removed_at: datetime | None = None


@dataclass
class TextStep:
    """One interaction step (a question node or an answer branch of the script)."""

    step_id: int
    campaign_id: int
    parent_id: int | None
    question: str
    answer_option: str
    script: str
    is_deleted: bool
    created_at: datetime


@dataclass
class TextResponse:
    """One survey answer recorded by a texter for a contact."""

    response_id: int
    contact_id: int
    step_id: int
    value: str
    created_at: datetime
    result: str


@dataclass
class TextProgram:
    """Everything one texting tool holds; the writers turn it into vendor tables."""

    tool: str
    organizations: dict[int, str]
    campaigns: list[TextCampaign]
    users: list[TextUser]
    assignments: list[TextAssignment]
    contacts: list[TextContact]
    messages: list[TextMessage]
    opt_outs: list[TextOptOut]
    steps: list[TextStep]
    responses: list[TextResponse]
    first_outgoing: list[tuple[int, int]]  # (message_id, sender human_id), one per conversation
    user_human: dict[int, int]


def e164(digits: str) -> str:
    """A 10-digit US number as +1XXXXXXXXXX (how Spoke stores cells)."""
    return f"+1{digits}"


def _hex(rng: random.Random, bits: int) -> str:
    return f"{rng.getrandbits(bits):0{bits // 4}x}"


def _campaign_order(name: str) -> tuple[int, str]:
    tail = name.rsplit(" ", 1)[-1]
    return (int(tail) if tail.isdigit() else 0, name)


PITCHES = [
    "We're talking with neighbors about fully funding our public schools.",
    "We're making sure everyone in the district has a plan to vote.",
    "We're fighting to lower rent and utility costs in our communities.",
    "We're building support for paid family leave across Pennsylvania.",
    "We're organizing for clean water and safe streets in our neighborhoods.",
]
QUESTION = "Can we count on you to vote on Nov 3?"
ANSWERS = {
    "Yes": "Amazing, thank you {first}! We'll send a reminder with your polling place closer to the day.",
    "No": "Thanks for letting us know, {first}. Have a good one!",
    "Undecided": "Totally fair. Can I send you some info on the candidates and the issues?",
}
REPLIES = {
    "Yes": ["Yes!", "yes", "Absolutely", "Yes I'll be voting", "Count me in", "yep", "Of course"],
    "Undecided": ["Maybe", "Not sure yet", "depends on work", "Who is running?", "I'll think about it"],
    "refused": ["No", "Not interested", "no thanks", "I don't support this", "Please don't text me about politics"],
    "opted_out": ["STOP", "stop", "Stop texting me", "unsubscribe", "Remove me from your list", "STOP2END"],
    "wrong_number": ["Wrong number", "This isn't {first}", "wrong #", "You have the wrong person", "Who?"],
}
FOLLOW_UPS = {
    "refused": "Understood, thanks for your time!",
    "wrong_number": "Sorry to bother you! We'll update our records.",
}
OPT_OUT_NOTICE = "I'm opting you out of texts immediately. Have a great day."
OPT_OUT_REASONS = ["", "", "", "STOP", "stop", "Asked to be removed", "hostile", "Unsubscribe"]


def _texter_cell(human: Human, rng: random.Random) -> str:
    """The cell on a texter's account: E.164 mostly, as typed on older accounts, blank if none."""
    digits = human.cell or human.landline
    if digits is None:
        return ""
    if rng.random() < 0.12:
        return phone_format(digits, rng)
    return e164(digits)


def _texter_email(human: Human, rng: random.Random, second: bool = False) -> str:
    if second and human.work_email:
        return human.work_email
    if human.email:
        return email_variant(human.email, rng).strip() if second or rng.random() < 0.3 else human.email
    if human.work_email:
        return human.work_email
    local = f"{human.first_name}.{human.last_name}".lower().replace(" ", "").replace("'", "")
    return f"{local}{rng.randrange(10, 99)}@gmail.com"


def _make_user(human: Human, rng: random.Random, created_at: datetime, second: bool = False) -> TextUser:
    first = first_name_variant(human.first_name, rng, p_nick=0.25, p_typo=0.02)
    alias = None
    if rng.random() < 0.3:
        alias = (nickname_for(human.first_name, rng) or human.first_name).title()
    return TextUser(
        user_id=0, human_id=human.human_id, first_name=first,
        last_name=last_name_variant(human.last_name, rng, p_typo=0.02), alias=alias,
        email=_texter_email(human, rng, second),
        cell=_texter_cell(human, rng) if not second or rng.random() < 0.7 else "",
        auth0_id=f"auth0|{_hex(rng, 96)}", created_at=created_at,
    )


def _contact_record(human: Human, rng: random.Random) -> tuple[str, str, str, str, str]:
    """Names, zip, external_id and custom_fields as a VAN list export loads them into Spoke."""
    first = first_name_variant(human.first_name, rng, p_nick=0.06, p_typo=0.02)
    last = last_name_variant(human.last_name, rng, p_typo=0.02)
    if rng.random() < 0.03:
        first, last = first.upper(), last.upper()
    if rng.random() < 0.01:
        last = ""
    roll = rng.random()
    if roll < 0.75:
        zip_code = human.zip5
    elif roll < 0.87 and human.zip4:
        zip_code = f"{human.zip5}-{human.zip4}"
    else:
        zip_code = ""
    van_id = str(human.van_id_myv) if human.van_id_myv else ""
    external_id = van_id if van_id and rng.random() < 0.88 else ""
    fields: dict[str, str] = {}
    roll = rng.random()
    if van_id and (roll < 0.25 or (not external_id and roll < 0.6)):
        fields["VanID"] = van_id
        fields["vanPhoneId"] = str(rng.randrange(20_000_000, 90_000_000))
    elif roll < 0.45:
        fields["Precinct"] = human.precinct
        fields["HD"] = str(human.house_district)
    return first, last, zip_code, external_id, json.dumps(fields)


def _versions(contact: TextContact, rng: random.Random, p_captured: float) -> None:
    """Fold a contact's events into delivered versions: the final one always, earlier ones sometimes."""
    status, opted = "needsMessage", False
    snapshots: list[ContactVersion] = []
    for at, kind, value in sorted(contact.events, key=lambda e: e[0]):
        if kind == "status":
            status = str(value)
        else:
            opted = bool(value)
        at = max(at, contact.created_at)
        if snapshots and snapshots[-1].updated_at == at:
            snapshots[-1] = ContactVersion(status, opted, at)
        else:
            snapshots.append(ContactVersion(status, opted, at))
    if not snapshots:
        snapshots.append(ContactVersion(status, opted, contact.created_at))
    final = snapshots[-1]
    kept = [v for v in snapshots[:-1] if rng.random() < p_captured
            or (contact.keep_opt_version and v.is_opted_out != final.is_opted_out)]
    contact.versions = [*kept, final]


def build_program(world: World, tool: str, rng: random.Random, ids: IdBases,
                  p_redelivered: float = 0.35) -> TextProgram:
    """The world's conversations of one texting tool as that tool's own records."""
    conversations = world.conversations_for(tool)
    organizations = {1: ORG_NAME, 2: f"{ORG_NAME} Action Fund"}

    # Campaigns: one per campaign name; the last one belongs to the c4 organization.
    first_start: dict[str, datetime] = {}
    last_start: dict[str, datetime] = {}
    for conversation in conversations:
        name = conversation.campaign
        if name not in first_start or conversation.started_at < first_start[name]:
            first_start[name] = conversation.started_at
        if name not in last_start or conversation.started_at > last_start[name]:
            last_start[name] = conversation.started_at
    names = sorted(first_start, key=_campaign_order)

    # Admins: staff organizers who create campaigns.
    staff = [world.human(o.human_id) for o in world.organizers]
    admins = rng.sample(staff, k=min(2, len(staff)))

    campaigns: dict[str, TextCampaign] = {}
    for index, name in enumerate(names):
        created = first_start[name] - timedelta(days=rng.randrange(3, 12), hours=rng.randrange(8))
        due = last_start[name] + timedelta(days=1)
        archived = due < ELECTION_DAY - timedelta(days=30) or rng.random() < 0.5
        campaigns[name] = TextCampaign(
            campaign_id=0, organization_id=2 if len(names) >= 3 and index == len(names) - 1 else 1,
            title=name if rng.random() < 0.7 else f"{name} ({rng.choice(['GOTV', 'ID', 'persuasion'])})",
            description=rng.choice(["", "Volunteer texting program", "Statewide ID texts", "Turf texts, HD lists"]),
            creator_user_id=0, created_at=created, due_by=due, is_archived=archived,
            archived_at=due + timedelta(days=rng.randrange(1, 20)) if archived else None,
            pitch=rng.choice(PITCHES),
        )
    for campaign_id, campaign in enumerate(sorted(campaigns.values(), key=lambda c: c.created_at), ids.campaign):
        campaign.campaign_id = campaign_id
    by_campaign_id = {c.campaign_id: c for c in campaigns.values()}

    # Texter accounts: one per sender (some hold a second one), plus the admins.
    sender_span: dict[int, list[datetime]] = {}
    pair_start: dict[tuple[str, int], datetime] = {}
    for conversation in conversations:
        span = sender_span.setdefault(conversation.sender_human_id, [conversation.started_at, conversation.started_at])
        span[0], span[1] = min(span[0], conversation.started_at), max(span[1], conversation.started_at)
        pair = (conversation.campaign, conversation.sender_human_id)
        if pair not in pair_start or conversation.started_at < pair_start[pair]:
            pair_start[pair] = conversation.started_at
    users: list[TextUser] = []
    first_campaign = min((c.created_at for c in campaigns.values()), default=CYCLE_START)
    for position, admin in enumerate(admins):
        user = _make_user(admin, rng, first_campaign - timedelta(days=rng.randrange(10, 60)))
        local = f"{admin.first_name}.{admin.last_name}".lower().replace(" ", "").replace("'", "")
        user.email = f"{local}@{ORG_DOMAIN}"
        user.is_admin, user.is_superadmin = True, position == 0
        users.append(user)
    second_account: dict[int, TextUser] = {}
    primary: dict[int, TextUser] = {u.human_id: u for u in users}
    for sender_id in sorted(sender_span):
        start, end = sender_span[sender_id]
        human = world.human(sender_id)
        if sender_id not in primary:
            user = _make_user(human, rng, start - timedelta(days=rng.randrange(1, 21), minutes=rng.randrange(600)))
            primary[sender_id] = user
            users.append(user)
        if end - start > timedelta(days=20) and rng.random() < 0.08:
            moment = start + (end - start) * rng.uniform(0.2, 0.7)
            twin = _make_user(human, rng, moment, second=True)
            second_account[sender_id] = twin
            users.append(twin)
    users.sort(key=lambda u: u.created_at)
    for user_id, user in enumerate(users, ids.user):
        user.user_id = user_id
    for campaign in campaigns.values():
        campaign.creator_user_id = primary[rng.choice(admins).human_id].user_id if admins else users[0].user_id

    # Assignments: one per (campaign, account), made just before the first conversation.
    account_for: dict[tuple[str, int], TextUser] = {}
    assignments_by_pair: dict[tuple[int, int], TextAssignment] = {}
    for pair in sorted(pair_start, key=lambda p: (pair_start[p], p)):
        sender_id = pair[1]
        twin = second_account.get(sender_id)
        account = twin if twin and twin.created_at <= pair_start[pair] and rng.random() < 0.7 else primary[sender_id]
        account_for[pair] = account
        key = (campaigns[pair[0]].campaign_id, account.user_id)
        if key not in assignments_by_pair:
            created = max(pair_start[pair] - timedelta(minutes=rng.randrange(5, 120)), account.created_at)
            assignments_by_pair[key] = TextAssignment(
                assignment_id=0, campaign_id=key[0], user_id=key[1], created_at=created, updated_at=created,
                max_contacts=rng.choice([None, None, 50, 100, 200]))
    assignments = sorted(assignments_by_pair.values(), key=lambda a: (a.created_at, a.campaign_id, a.user_id))
    for assignment_id, assignment in enumerate(assignments, ids.assignment):
        assignment.assignment_id = assignment_id

    # Script: a question, three answers and some soft-deleted drafts per campaign.
    steps: list[TextStep] = []
    next_step = ids.step
    for campaign in sorted(campaigns.values(), key=lambda c: c.campaign_id):
        at = campaign.created_at + timedelta(minutes=rng.randrange(5, 90))
        drafts = rng.randrange(0, 3)
        if drafts == 2:
            # A first root written and thrown away before the campaign started.
            steps.append(TextStep(next_step, campaign.campaign_id, None, "Will you vote?", "",
                                  "Hi {firstName}, will you vote?", True, at - timedelta(minutes=30)))
            next_step += 1
        root = TextStep(next_step, campaign.campaign_id, None, QUESTION, "",
                        "Hi {firstName}, it's {texterAliasOrFirstName} with " + ORG_NAME + ". " + campaign.pitch + " "
                        + QUESTION, False, at)
        steps.append(root)
        campaign.root_step_id = root.step_id
        next_step += 1
        for answer, script in ANSWERS.items():
            steps.append(TextStep(next_step, campaign.campaign_id, root.step_id, "", answer,
                                  script.replace("{first}", "{firstName}"), False, at + timedelta(minutes=2)))
            campaign.answer_step_ids[answer] = next_step
            next_step += 1
        if drafts >= 1:
            steps.append(TextStep(next_step, campaign.campaign_id, root.step_id, "", "Maybe",
                                  "No worries, we'll check back in.", True, at + timedelta(minutes=1)))
            next_step += 1

    # Contacts: the texted ones, plus humans also loaded into another campaign but never texted there.
    per_campaign: dict[str, list[tuple[Human, Conversation | None]]] = {name: [] for name in names}
    for conversation in conversations:
        per_campaign[conversation.campaign].append((world.human(conversation.human_id), conversation))
        if len(names) > 1 and rng.random() < 0.10:
            other = rng.choice([n for n in names if n != conversation.campaign])
            per_campaign[other].append((world.human(conversation.human_id), None))
    contacts: list[TextContact] = []
    next_contact = ids.contact
    by_org_cell: dict[tuple[int, str], list[TextContact]] = {}
    for name in sorted(names, key=lambda n: campaigns[n].created_at):
        campaign = campaigns[name]
        upload = campaign.created_at + timedelta(minutes=rng.randrange(20, 240))
        for human, conversation in sorted(per_campaign[name], key=lambda item: item[0].human_id):
            first, last, zip_code, external_id, custom_fields = _contact_record(human, rng)
            digits = human.cell or human.landline or ""
            if nameless(world.seed, tool, next_contact):
                first, last = "", ""
            contact = TextContact(
                contact_id=next_contact, campaign_id=campaign.campaign_id, organization_id=campaign.organization_id,
                human_id=human.human_id, first_name=first, last_name=last, cell=e164(digits),
                is_landline=human.cell is None, zip=zip_code, external_id=external_id,
                custom_fields=custom_fields, created_at=upload, conversation=conversation,
            )
            contact.events.append((upload, "status", "needsMessage"))
            next_contact += 1
            contacts.append(contact)
            by_org_cell.setdefault((contact.organization_id, contact.cell), []).append(contact)

    # Messages, opt-outs and survey answers per texted contact.
    numbers = [e164(f"{rng.choice(SERVICE_NUMBER_AREAS)}{rng.randrange(200, 990)}{rng.randrange(10_000):04d}")
               for _ in range(12)]
    pending: list[TextMessage] = []
    opt_outs: list[TextOptOut] = []
    responses: list[TextResponse] = []
    first_by_conversation: dict[int, TextMessage] = {}
    users_by_id = {u.user_id: u for u in users}
    mistakes = doubles = 0  # at least one of each quirk, even in a small world

    def opt(contact: TextContact, at: datetime, value: bool) -> None:
        for other in by_org_cell[(contact.organization_id, contact.cell)]:
            other.events.append((at, "opt", value))

    for contact in contacts:
        conversation = contact.conversation
        if conversation is None:
            continue
        campaign = by_campaign_id[contact.campaign_id]
        account = account_for[(conversation.campaign, conversation.sender_human_id)]
        texter = users_by_id[account.user_id]
        assignment = assignments_by_pair[(campaign.campaign_id, account.user_id)]
        contact.assignment_id = assignment.assignment_id
        assignment.updated_at = max(assignment.updated_at, conversation.started_at - timedelta(minutes=1))
        number = rng.choice(numbers)
        human = world.human(contact.human_id)

        def message(at: datetime, text: str, inbound: bool, kind: str, status: str = "DELIVERED",
                    error: int | None = None, contact: TextContact = contact,
                    assignment_id: int = assignment.assignment_id, user_id: int = account.user_id,
                    number: str = number) -> TextMessage:
            created = TextMessage(
                message_id=0, contact_id=contact.contact_id, assignment_id=assignment_id,
                user_id=None if inbound else user_id, is_from_contact=inbound, text=text,
                send_status=status, error_code=error, created_at=at, contact_number=contact.cell,
                user_number=number, service_id=f"SM{_hex(rng, 128)}", kind=kind)
            pending.append(created)
            return created

        start = conversation.started_at
        status, error = "DELIVERED", None
        if contact.is_landline and not conversation.replied:
            status, error = "ERROR", 30006
        elif not conversation.replied and rng.random() < 0.03:
            status, error = "ERROR", rng.choice([30003, 30005, 30007])
        elif rng.random() < 0.04:
            status = "SENT"
        greeting = texter.alias or texter.first_name
        text = (f"Hi {contact.first_name or 'there'}, it's {greeting} with {ORG_NAME}. {campaign.pitch} {QUESTION}")
        first_by_conversation[conversation.conversation_id] = message(start, text, False, "initial", status, error)
        contact.error_code = error
        contact.events.append((start, "status", "messaged"))
        if not conversation.replied:
            continue

        result = conversation.result
        reply_at = start + timedelta(minutes=rng.randrange(2, 360), seconds=rng.randrange(60))
        answer = None
        if result == "canvassed":
            answer = "Yes" if rng.random() < 0.7 else "Undecided"
            reply = rng.choice(REPLIES[answer])
        else:
            reply = rng.choice(REPLIES[result]).replace("{first}", contact.first_name or human.first_name)
        message(reply_at, reply, True, "reply")
        contact.events.append((reply_at, "status", "needsResponse"))
        last = reply_at
        follow_up_at = reply_at + timedelta(minutes=rng.randrange(1, 90), seconds=rng.randrange(60))
        followed = False
        if result == "opted_out":
            if rng.random() < 0.8:
                message(follow_up_at, OPT_OUT_NOTICE, False, "opt_out_notice")
                followed = True
            opted_at = follow_up_at + timedelta(seconds=rng.randrange(1, 30))
            opt_outs.append(TextOptOut(0, contact.cell, contact.organization_id, assignment.assignment_id,
                                       contact.contact_id, rng.choice(OPT_OUT_REASONS), opted_at))
            opt(contact, opted_at, True)
            if not doubles or rng.random() < 0.08:
                doubles += 1
                # Opted out a second time (keyword auto-reply and the texter's click both recorded).
                again = opted_at + timedelta(minutes=rng.randrange(1, 600))
                opt_outs.append(TextOptOut(0, contact.cell, contact.organization_id, assignment.assignment_id,
                                           contact.contact_id, "", again))
            contact.events.append((opted_at, "status", "closed"))
            last = opted_at
        else:
            chance = {"canvassed": 0.75, "refused": 0.4, "wrong_number": 0.5}[result]
            if rng.random() < chance:
                script = ANSWERS[answer] if answer else FOLLOW_UPS[result]
                message(follow_up_at, script.replace("{first}", contact.first_name or human.first_name), False,
                        "follow_up")
                followed = True
                last = follow_up_at
            if answer or (result == "refused" and rng.random() < 0.6):
                value = answer or "No"
                answered_at = reply_at + timedelta(minutes=rng.randrange(1, 30))
                responses.append(TextResponse(0, contact.contact_id, campaign.root_step_id, value, answered_at,
                                              result))
                last = max(last, answered_at)
            if result == "canvassed" and (not mistakes or rng.random() < 0.03):
                # A texter clicked opt-out by mistake and an admin removed it again.
                mistaken = last + timedelta(minutes=rng.randrange(1, 20))
                removed = mistaken + timedelta(minutes=rng.randrange(5, 600))
                opt_outs.append(TextOptOut(0, contact.cell, contact.organization_id, assignment.assignment_id,
                                           contact.contact_id, "", mistaken, removed))
                opt(contact, mistaken, True)
                opt(contact, removed, False)
                contact.keep_opt_version = not mistakes or rng.random() < 0.5
                mistakes += 1
            if followed:
                contact.events.append((last, "status", "convo" if rng.random() < 0.5 else "closed"))
            elif rng.random() < 0.5:
                contact.events.append((last + timedelta(minutes=rng.randrange(1, 600)), "status", "closed"))

    # Opt-outs imported before the cycle for humans this tool never texted.
    texted = {c.human_id for c in conversations}
    n_imported = max(2, len(conversations) // 40)
    for _ in range(n_imported):
        human = world.humans[rng.randrange(len(world.humans))]
        if human.human_id in texted or human.cell is None:
            continue
        opt_outs.append(TextOptOut(0, e164(human.cell), 1, None, None, rng.choice(["", "imported"]),
                                   CYCLE_START - timedelta(days=rng.randrange(30, 700), minutes=rng.randrange(1440))))

    for contact in contacts:
        _versions(contact, rng, p_redelivered)

    pending.sort(key=lambda m: (m.created_at, m.contact_id, m.is_from_contact))
    for message_id, item in enumerate(pending, ids.message):
        item.message_id = message_id
    opt_outs.sort(key=lambda o: (o.created_at, o.cell))
    for opt_out_id, item in enumerate(opt_outs, ids.opt_out):
        item.opt_out_id = opt_out_id
    responses.sort(key=lambda r: (r.created_at, r.contact_id))
    for response_id, item in enumerate(responses, ids.response):
        item.response_id = response_id

    first_outgoing = [(first_by_conversation[c.conversation_id].message_id, c.sender_human_id)
                      for c in conversations]
    return TextProgram(
        tool=tool, organizations=organizations,
        campaigns=sorted(campaigns.values(), key=lambda c: c.campaign_id), users=users, assignments=assignments,
        contacts=contacts, messages=pending, opt_outs=opt_outs, steps=steps, responses=responses,
        first_outgoing=first_outgoing, user_human={u.user_id: u.human_id for u in users},
    )


# ---------------------------------------------------------------------------
# Spoke's tables
# ---------------------------------------------------------------------------

SPOKE_IDS = IdBases(campaign=41, user=12, assignment=1_301, contact=2_400_001, message=9_800_001,
                    opt_out=60_001, step=880, response=310_001)


def _service_times(at: datetime, rng: random.Random) -> tuple[datetime, datetime, datetime]:
    queued = at + timedelta(seconds=rng.randrange(0, 3))
    sent = queued + timedelta(seconds=rng.randrange(1, 5))
    return queued, sent, sent + timedelta(seconds=rng.randrange(1, 20))


def emit(world: World) -> ToolOutput:
    """Spoke's replicated tables and their ground truth."""
    rng = world.rng("spoke")
    program = build_program(world, "spoke", rng, SPOKE_IDS)
    output = ToolOutput("spoke")

    campaign = output.table("campaign", [
        ("id", "bigint"), ("organization_id", "integer"), ("title", "varchar"), ("description", "varchar"),
        ("creator_id", "bigint"), ("is_started", "boolean"), ("is_archived", "boolean"),
        ("use_dynamic_assignment", "boolean"), ("due_by", "timestamp"), ("created_at", "timestamp"),
    ])
    for item in program.campaigns:
        campaign.add(id=item.campaign_id, organization_id=item.organization_id, title=item.title,
                     description=item.description, creator_id=item.creator_user_id, is_started=True,
                     is_archived=item.is_archived, use_dynamic_assignment=rng.random() < 0.6, due_by=item.due_by,
                     created_at=item.created_at)

    user = output.table("user", [
        ("id", "bigint"), ("auth0_id", "varchar"), ("first_name", "varchar"), ("last_name", "varchar"),
        ("alias", "varchar"), ("email", "varchar"), ("cell", "varchar"), ("is_superadmin", "boolean"),
        ("created_at", "timestamp"),
    ])
    for item in program.users:
        user.add(id=item.user_id, auth0_id=item.auth0_id, first_name=item.first_name, last_name=item.last_name,
                 alias=item.alias, email=item.email, cell=item.cell, is_superadmin=item.is_superadmin,
                 created_at=item.created_at)
        output.person_records.append(("user", str(item.user_id), item.human_id))

    assignment = output.table("assignment", [
        ("id", "bigint"), ("campaign_id", "bigint"), ("user_id", "bigint"), ("max_contacts", "integer"),
        ("created_at", "timestamp"),
    ])
    for item in program.assignments:
        assignment.add(id=item.assignment_id, campaign_id=item.campaign_id, user_id=item.user_id,
                       max_contacts=item.max_contacts, created_at=item.created_at)

    contact = output.table("campaign_contact", [
        ("id", "bigint"), ("campaign_id", "bigint"), ("assignment_id", "bigint"), ("external_id", "varchar"),
        ("first_name", "varchar"), ("last_name", "varchar"), ("cell", "varchar"), ("zip", "varchar"),
        ("custom_fields", "varchar"), ("message_status", "varchar"), ("is_opted_out", "boolean"),
        ("error_code", "integer"), ("timezone_offset", "varchar"), ("created_at", "timestamp"),
        ("updated_at", "timestamp"),
    ])
    for item in program.contacts:
        for version in item.versions:
            contact.add(id=item.contact_id, campaign_id=item.campaign_id,
                        assignment_id=item.assignment_id if version.message_status != "needsMessage" else None,
                        external_id=item.external_id, first_name=item.first_name, last_name=item.last_name,
                        cell=item.cell, zip=item.zip, custom_fields=item.custom_fields,
                        message_status=version.message_status, is_opted_out=version.is_opted_out,
                        error_code=item.error_code if version.message_status != "needsMessage" else None,
                        timezone_offset="-5_1", created_at=item.created_at, updated_at=version.updated_at)
        output.person_records.append(("campaign_contact", str(item.contact_id), item.human_id))

    message = output.table("message", [
        ("id", "bigint"), ("campaign_contact_id", "bigint"), ("assignment_id", "bigint"), ("user_id", "bigint"),
        ("user_number", "varchar"), ("contact_number", "varchar"), ("is_from_contact", "boolean"),
        ("text", "varchar"), ("send_status", "varchar"), ("service", "varchar"), ("service_id", "varchar"),
        ("error_code", "integer"), ("created_at", "timestamp"), ("queued_at", "timestamp"),
        ("sent_at", "timestamp"), ("service_response_at", "timestamp"),
    ])
    for item in program.messages:
        if item.is_from_contact:
            queued = sent = None
            response_at = item.created_at
        else:
            queued, sent, response_at = _service_times(item.created_at, rng)
            if item.send_status == "SENT":
                response_at = None
        message.add(id=item.message_id, campaign_contact_id=item.contact_id, assignment_id=item.assignment_id,
                    user_id=item.user_id, user_number=item.user_number, contact_number=item.contact_number,
                    is_from_contact=item.is_from_contact, text=item.text, send_status=item.send_status,
                    service="twilio", service_id=item.service_id, error_code=item.error_code,
                    created_at=item.created_at, queued_at=queued, sent_at=sent, service_response_at=response_at)
    for message_id, sender_human_id in program.first_outgoing:
        output.attempts.append(("message", str(message_id), sender_human_id, "text"))

    step = output.table("interaction_step", [
        ("id", "bigint"), ("campaign_id", "bigint"), ("parent_interaction_id", "bigint"), ("question", "varchar"),
        ("answer_option", "varchar"), ("script", "varchar"), ("is_deleted", "boolean"), ("created_at", "timestamp"),
    ])
    for item in program.steps:
        step.add(id=item.step_id, campaign_id=item.campaign_id, parent_interaction_id=item.parent_id,
                 question=item.question, answer_option=item.answer_option, script=item.script,
                 is_deleted=item.is_deleted, created_at=item.created_at)

    response = output.table("question_response", [
        ("id", "bigint"), ("campaign_contact_id", "bigint"), ("interaction_step_id", "bigint"), ("value", "varchar"),
        ("created_at", "timestamp"),
    ])
    for item in program.responses:
        response.add(id=item.response_id, campaign_contact_id=item.contact_id, interaction_step_id=item.step_id,
                     value=item.value, created_at=item.created_at)

    opt_out = output.table("opt_out", [
        ("id", "bigint"), ("cell", "varchar"), ("organization_id", "integer"), ("assignment_id", "bigint"),
        ("reason_code", "varchar"), ("created_at", "timestamp"),
    ])
    for item in program.opt_outs:
        if item.removed_at is not None:
            continue  # Spoke deletes an opt-out outright when it is reversed.
        opt_out.add(id=item.opt_out_id, cell=item.cell, organization_id=item.organization_id,
                    assignment_id=item.assignment_id, reason_code=item.reason_code, created_at=item.created_at)
    return output
