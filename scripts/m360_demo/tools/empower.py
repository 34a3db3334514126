"""Empower: relational organizing tables (profiles, outreachEntries, ctaResults, ctas).

Empower's sync keeps the vendor's camelCase names (`parentEid`, `outreachCreatedMts`)
and stores times as epoch milliseconds (bigint, UTC). Tables are emitted under
the vendor's names, so the loader creates them quoted and case-sensitive.

Profiles are of three kinds: staff (role `admin`), volunteer organizers (role
`organizer`, parentEid = who recruited them: a leader of their district or
their staff organizer) and targets (role null: friends and family an organizer
added from their phone's contacts, with nicknames, few emails, vanId when
Empower matched them to the voter file, myCampaignVanId when known).

outreachEntries has no id column: its key is (organizerEid, targetEid,
outreachCreatedMts), which is also the attempt id recorded in the truth
("<organizerEid>|<targetEid>|<outreachCreatedMts>").

Quirks reproduced: profile rows re-delivered with a later updatedMts (matched to
VAN later, phone edited); outreach entries re-delivered identically; follow-up
entries for unanswered outreach; a volunteer who is also someone's target has a
second (target) profile; ctaResults re-delivered as answers were filled in.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from .. import messy
from ..spec import ToolOutput
from ..world import ELECTION_DAY, Conversation, Human, World

TOOL = "empower"
LOCAL_ZONE = ZoneInfo("America/New_York")
ORGANIZATION_ID = 312
TEAMS = ["West", "Central", "Northeast", "Southeast"]
CONTACT_MODES = ["TEXT", "CALL", "IN_PERSON", "SOCIAL_MEDIA"]
RELATIONSHIPS = ["Friend", "Family", "Coworker", "Neighbor", "Classmate", "Other"]
SUPPORT_ANSWERS = {"canvassed": ["Strong support", "Lean support", "Undecided"], "refused": ["Not interested"]}

PROFILE_COLUMNS = [
    ("eid", "varchar"), ("parentEid", "varchar"), ("role", "varchar"), ("firstName", "varchar"),
    ("lastName", "varchar"), ("email", "varchar"), ("phone", "varchar"), ("address", "varchar"),
    ("city", "varchar"), ("state", "varchar"), ("zip", "varchar"), ("vanId", "bigint"),
    ("myCampaignVanId", "bigint"), ("relationship", "varchar"), ("notes", "varchar"), ("regionId", "integer"),
    ("currentCtaId", "integer"), ("activeCtaIds", "varchar"), ("createdMts", "bigint"), ("updatedMts", "bigint"),
    ("lastUsedEmpowerMts", "bigint"),
]
OUTREACH_COLUMNS = [
    ("organizerEid", "varchar"), ("targetEid", "varchar"), ("outreachContactMode", "varchar"),
    ("outreachDidGetResponse", "boolean"), ("outreachCtaProgress", "varchar"), ("outreachCurrentCtaId", "integer"),
    ("outreachNote", "varchar"), ("outreachCreatedMts", "bigint"),
]
CTA_RESULT_COLUMNS = [
    ("profileEid", "varchar"), ("ctaId", "integer"), ("contactedMts", "bigint"), ("answers", "varchar"),
    ("answerIdsByPromptId", "varchar"), ("notes", "varchar"),
]
CTA_COLUMNS = [
    ("id", "integer"), ("name", "varchar"), ("organizationId", "integer"), ("actionType", "varchar"),
    ("spokeCampaignId", "integer"), ("regionIds", "varchar"), ("activeUntilMts", "bigint"),
]


def epoch_ms(local: datetime, rng: random.Random) -> int:
    """A naive local (America/New_York) world time as epoch milliseconds, with a random millisecond part."""
    moment = local.replace(tzinfo=LOCAL_ZONE).astimezone(UTC)
    return int(moment.timestamp()) * 1000 + rng.randrange(1000)


def pick(rng: random.Random, n: int, share: float) -> set[int]:
    """About share * n distinct indices out of n, at least one when n > 0."""
    if n == 0:
        return set()
    return set(rng.sample(range(n), k=min(n, max(1, round(n * share)))))


class Profiles:
    """Builds profile rows; one organizer profile per human, target profiles per target."""

    def __init__(self, rng: random.Random, output: ToolOutput) -> None:
        self.rng = rng
        self.output = output
        self.table = output.table("profiles", PROFILE_COLUMNS)
        self.organizer_eids: dict[int, str] = {}
        self.taken: set[str] = set()

    def new_eid(self) -> str:
        while True:
            eid = f"{self.rng.getrandbits(64):016x}"
            if eid not in self.taken:
                self.taken.add(eid)
                return eid

    def add(self, human: Human, role: str | None, parent: str | None, region: int, created: datetime,
            cta_id: int | None, active_ctas: list[int], redeliver: bool) -> str:
        """Write one profile (and an earlier delivery when redeliver) and its truth; returns its eid."""
        rng = self.rng
        eid = self.new_eid()
        is_target = role is None
        digits = human.cell or human.landline
        phone = None
        if digits and rng.random() < (0.85 if is_target else 0.97):
            phone = f"+1{digits}" if rng.random() < 0.6 else messy.phone_format(digits, rng)
        email = human.email if not is_target or rng.random() < 0.3 else None
        if email and rng.random() < 0.2:
            email = messy.email_variant(email, rng)
        has_address = not is_target or rng.random() < 0.3
        created_mts = epoch_ms(created, rng)
        updated_mts = created_mts + rng.randrange(60_000, 40 * 86_400_000)
        matched = human.van_id_myv if human.is_voter and rng.random() < (0.75 if is_target else 0.9) else None
        values = {
            "eid": eid, "parentEid": parent, "role": role,
            "firstName": messy.first_name_variant(human.first_name, rng, 0.35 if is_target else 0.1),
            "lastName": None if is_target and rng.random() < 0.1 else messy.last_name_variant(human.last_name, rng),
            "email": email, "phone": phone,
            "address": human.address_line if has_address else None,
            "city": human.city if has_address or rng.random() < 0.2 else None,
            "state": "PA" if has_address or rng.random() < 0.3 else None,
            "zip": human.zip5 if has_address or rng.random() < 0.3 else None,
            "myCampaignVanId": human.van_id_myc if human.van_id_myc and rng.random() < 0.6 else None,
            "relationship": rng.choice(RELATIONSHIPS) if is_target else None,
            "notes": "Met at the block party" if rng.random() < 0.05 else None,
            "regionId": region, "currentCtaId": cta_id,
            "activeCtaIds": json.dumps(active_ctas) if active_ctas else None,
            "createdMts": created_mts,
            "lastUsedEmpowerMts": None if is_target else updated_mts + rng.randrange(0, 5 * 86_400_000),
        }
        if redeliver:
            # First synced before Empower matched the profile to the voter file.
            self.table.add(**values, vanId=None, updatedMts=created_mts)
        self.table.add(**values, vanId=matched, updatedMts=updated_mts)
        self.output.person_records.append(("profiles", eid, human.human_id))
        return eid


def emit(world: World) -> ToolOutput:
    """All Empower tables, with ground truth for profiles and outreach attempts."""
    rng = world.rng(TOOL)
    output = ToolOutput(TOOL)
    conversations = world.conversations_for(TOOL)
    district_team = {d: o.team for o in world.organizers for d in o.house_districts}
    district_staff = {d: o.human_id for o in world.organizers for d in o.house_districts}

    def region(human: Human) -> int:
        return TEAMS.index(district_team.get(human.house_district, TEAMS[0])) + 1

    campaigns = sorted({c.campaign for c in conversations})
    cta_ids = {name: 101 + index * 3 for index, name in enumerate(campaigns)}
    _emit_ctas(world, rng, output, cta_ids)
    all_ctas = list(cta_ids.values())

    profiles = Profiles(rng, output)
    launch = world.events[0].created_at if world.events else ELECTION_DAY - timedelta(days=300)
    # Staff first: the first organizer recruited the others.
    admin_eid: str | None = None
    for organizer in world.organizers:
        staff = world.human(organizer.human_id)
        eid = profiles.add(staff, "admin", admin_eid, region(staff), launch - timedelta(days=rng.randrange(30, 60)),
                           None, all_ctas, redeliver=False)
        profiles.organizer_eids[staff.human_id] = eid
        admin_eid = admin_eid or eid

    senders: list[Human] = []
    seen: set[int] = set()
    for conversation in conversations:
        if conversation.sender_human_id not in seen and conversation.sender_human_id not in profiles.organizer_eids:
            seen.add(conversation.sender_human_id)
            senders.append(world.human(conversation.sender_human_id))
    first_outreach: dict[int, datetime] = {}
    for conversation in conversations:
        sender = conversation.sender_human_id
        first_outreach[sender] = min(first_outreach.get(sender, conversation.started_at), conversation.started_at)
    # Leaders join first so they can recruit volunteers of their district.
    senders.sort(key=lambda human: (not human.is_leader, human.human_id))
    leaders_by_district: dict[int, list[str]] = {}
    redelivered = pick(rng, len(senders), 0.08)
    for index, sender in enumerate(senders):
        staff_eid = profiles.organizer_eids.get(district_staff.get(sender.house_district, -1), admin_eid)
        leaders = leaders_by_district.get(sender.house_district, [])
        parent = rng.choice(leaders) if leaders and rng.random() < 0.5 else staff_eid
        joined = first_outreach[sender.human_id] - timedelta(days=rng.randrange(1, 30))
        eid = profiles.add(sender, "organizer", parent, region(sender), joined, None,
                           rng.sample(all_ctas, k=min(len(all_ctas), rng.randrange(1, 3))), index in redelivered)
        profiles.organizer_eids[sender.human_id] = eid
        if sender.is_leader:
            leaders_by_district.setdefault(sender.house_district, []).append(eid)

    target_eids: list[str] = []
    redelivered = pick(rng, len(conversations), 0.08)
    for index, conversation in enumerate(conversations):
        target = world.human(conversation.human_id)
        added = conversation.started_at - timedelta(days=rng.randrange(0, 10), hours=rng.randrange(1, 12))
        target_eids.append(profiles.add(
            target, None, profiles.organizer_eids[conversation.sender_human_id], region(target), added,
            cta_ids[conversation.campaign], [], index in redelivered))

    _emit_outreach(rng, output, conversations, profiles.organizer_eids, target_eids, cta_ids)
    _emit_cta_results(rng, output, conversations, target_eids, cta_ids)
    return output


def _emit_ctas(world: World, rng: random.Random, output: ToolOutput, cta_ids: dict[str, int]) -> None:
    table = output.table("ctas", CTA_COLUMNS)
    for name, cta_id in cta_ids.items():
        table.add(id=cta_id, name=name, organizationId=ORGANIZATION_ID,
                  actionType=rng.choice(["VOTE_PLEDGE", "VOTER_REGISTRATION", "VOLUNTEER_RECRUITMENT"]),
                  spokeCampaignId=None, regionIds=json.dumps(list(range(1, len(TEAMS) + 1))),
                  activeUntilMts=epoch_ms(ELECTION_DAY + timedelta(hours=13), rng))


def _emit_outreach(rng: random.Random, output: ToolOutput, conversations: list[Conversation],
                   organizer_eids: dict[int, str], target_eids: list[str], cta_ids: dict[str, int]) -> None:
    """outreachEntries: one per conversation, follow-ups for some unanswered ones, some re-delivered."""
    table = output.table("outreachEntries", OUTREACH_COLUMNS)
    unanswered = [i for i, c in enumerate(conversations) if not c.replied]
    followed_up = {unanswered[i] for i in pick(rng, len(unanswered), 0.15)}
    duplicated = pick(rng, len(conversations), 0.03)
    for index, conversation in enumerate(conversations):
        organizer, target = organizer_eids[conversation.sender_human_id], target_eids[index]
        times = [conversation.started_at]
        if index in followed_up:
            times.append(conversation.started_at + timedelta(days=rng.randrange(2, 10)))
        mode = rng.choices(CONTACT_MODES, weights=[50, 20, 20, 10])[0]
        for attempt, moment in enumerate(times):
            answered = conversation.replied and attempt == len(times) - 1
            created_mts = epoch_ms(moment, rng)
            values = {
                "organizerEid": organizer, "targetEid": target, "outreachContactMode": mode,
                "outreachDidGetResponse": answered,
                "outreachCtaProgress": "COMPLETED" if answered and conversation.result == "canvassed"
                else "CONTACTED",
                "outreachCurrentCtaId": cta_ids[conversation.campaign],
                "outreachNote": rng.choice(["Will vote early", "Call back after work", "Busy this week"])
                if rng.random() < 0.15 else None,
                "outreachCreatedMts": created_mts,
            }
            table.add(**values)
            if index in duplicated and attempt == 0:
                table.add(**values)
            output.attempts.append(("outreachEntries", f"{organizer}|{target}|{created_mts}",
                                    conversation.sender_human_id, "relational"))


def _emit_cta_results(rng: random.Random, output: ToolOutput, conversations: list[Conversation],
                      target_eids: list[str], cta_ids: dict[str, int]) -> None:
    """ctaResults: the answers recorded for targets who responded; some delivered twice as they were filled in."""
    table = output.table("ctaResults", CTA_RESULT_COLUMNS)
    answered = [i for i, c in enumerate(conversations) if c.result in SUPPORT_ANSWERS]
    redelivered = {answered[i] for i in pick(rng, len(answered), 0.1)}
    for index in answered:
        conversation = conversations[index]
        support = rng.choice(SUPPORT_ANSWERS[conversation.result])
        contacted = epoch_ms(conversation.started_at + timedelta(minutes=rng.randrange(5, 240)), rng)
        plan = rng.choice(["Early in person", "Mail", "Election day"]) if conversation.result == "canvassed" else None
        values = {"profileEid": target_eids[index], "ctaId": cta_ids[conversation.campaign]}
        if index in redelivered:
            table.add(**values, contactedMts=contacted - rng.randrange(60_000, 3_600_000),
                      answers=json.dumps({"support": support}), answerIdsByPromptId=json.dumps({"11": "41"}),
                      notes=None)
        answers = {"support": support, "votePlan": plan} if plan else {"support": support}
        ids = {"11": "41", "12": "52"} if plan else {"11": "43"}
        table.add(**values, contactedMts=contacted, answers=json.dumps(answers, sort_keys=True),
                  answerIdsByPromptId=json.dumps(ids, sort_keys=True),
                  notes="Wants a ride to the polls" if rng.random() < 0.05 else None)
