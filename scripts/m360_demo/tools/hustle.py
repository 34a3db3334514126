"""Hustle (peer-to-peer texting) tables as an Airbyte-style sync lands them.

What the demo reproduces:

- Ids are strings ('0000a1f3c9e2b47d'), except `leads.phone_number`, which
  the sync types as an integer (11 digits with the country code, or 10).
- Incremental syncs append a changed row again: some leads, messages and
  lead_externals appear twice with a later `updated_at` / `version`.
- Leads redacted after the fact (`pii_redacted_at`) keep their row but lose
  names, e-mail and phone; their messages lose the text.
- A few humans were imported twice (a second lead from another list).
- `lead_externals.identifiers` is JSON text holding the VAN id, sometimes as a
  string, sometimes as a number, sometimes with other keys; an empty object
  where the integration found no match.
- Texters are users with one agent per group they text for; agents removed
  from a group carry `deleted_at` (their messages keep the agent id).
- Survey questions and responses carry their VAN survey ids; a lead's answer
  is an `actions` row (type 'survey_response'), opt-outs are 'opt_out' actions.

Ground truth: every lead and every user is a person record; one attempt per
conversation, the first outbound message.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from .. import messy
from ..spec import Table, ToolOutput
from ..world import ORG_DOMAIN, Conversation, World

TOOL = "hustle"
ORGANIZATION_ID = "org0keystone"

LEAD_COLUMNS = [
    ("id", "varchar"), ("organization_id", "varchar"), ("first_name", "varchar"), ("last_name", "varchar"),
    ("email", "varchar"), ("phone_number", "bigint"), ("phone_number_type", "varchar"),
    ("global_opted_out", "boolean"), ("opt_out_type", "varchar"), ("pii_redacted_at", "timestamp"),
    ("created_at", "timestamp"), ("updated_at", "timestamp"),
]
LEAD_EXTERNAL_COLUMNS = [
    ("lead_id", "varchar"), ("integration_id", "varchar"), ("type", "varchar"), ("identifiers", "varchar"),
    ("version", "integer"), ("created_at", "timestamp"), ("updated_at", "timestamp"),
]
AGENT_COLUMNS = [
    ("id", "varchar"), ("user_id", "varchar"), ("group_id", "varchar"), ("organization_id", "varchar"),
    ("created_at", "timestamp"), ("updated_at", "timestamp"), ("deleted_at", "timestamp"),
]
USER_COLUMNS = [
    ("id", "varchar"), ("full_name", "varchar"), ("preferred_name", "varchar"), ("username", "varchar"),
    ("email", "varchar"), ("phone_number", "varchar"), ("created_at", "timestamp"), ("updated_at", "timestamp"),
]
MESSAGE_COLUMNS = [
    ("id", "varchar"), ("lead_id", "varchar"), ("agent_id", "varchar"), ("thread_id", "varchar"),
    ("group_id", "varchar"), ("goal_id", "varchar"), ("direction", "varchar"), ("type", "varchar"),
    ("message", "varchar"), ("pii_redacted_at", "timestamp"), ("created_at", "timestamp"),
    ("updated_at", "timestamp"),
]
SURVEY_QUESTION_COLUMNS = [
    ("id", "varchar"), ("goal_id", "varchar"), ("goal_step_id", "varchar"), ("integration_id", "varchar"),
    ("question", "varchar"), ("van_survey_question_id", "bigint"), ("created_at", "timestamp"),
    ("updated_at", "timestamp"),
]
SURVEY_RESPONSE_COLUMNS = [
    ("id", "varchar"), ("survey_question_id", "varchar"), ("integration_id", "varchar"),
    ("formatted_value", "varchar"), ("van_survey_response_id", "bigint"), ("created_at", "timestamp"),
    ("updated_at", "timestamp"),
]
ACTION_COLUMNS = [
    ("id", "varchar"), ("lead_id", "varchar"), ("agent_id", "varchar"), ("goal_id", "varchar"),
    ("survey_question_id", "varchar"), ("survey_response_id", "varchar"), ("value_str", "varchar"),
    ("type", "varchar"), ("created_at", "timestamp"), ("updated_at", "timestamp"),
]

SURVEY = [
    ("Will you vote on November 3?", [("Yes", 1_401), ("Maybe", 1_402), ("No", 1_403)]),
    ("Can we count on your support?", [("Strong yes", 1_411), ("Lean yes", 1_412), ("Undecided", 1_413),
                                       ("No", 1_414)]),
]
GROUPS = ["Keystone Volunteers", "Keystone Staff Texters"]
P_REDACTED = 0.04
P_DUPLICATE_LEAD = 0.03
P_RESYNCED = 0.08
SYNC_LAG = timedelta(days=3)


class _Ids:
    """Hustle-style string ids: unique (a counter prefix) with a random-looking tail."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.counter = rng, 0

    def __call__(self) -> str:
        self.counter += 1
        return f"{self.counter:06x}{self.rng.getrandbits(40):010x}"


def _phone_integer(digits: str | None, rng: random.Random) -> int | None:
    if not digits:
        return None
    return int(f"1{digits}") if rng.random() < 0.8 else int(digits)


def emit(world: World) -> ToolOutput:
    """Leads, texters, messages and survey answers of every Hustle conversation in the world."""
    rng = world.rng(TOOL)
    new_id = _Ids(rng)
    output = ToolOutput(TOOL)
    leads = output.table("leads", LEAD_COLUMNS)
    externals = output.table("lead_externals", LEAD_EXTERNAL_COLUMNS)
    users = output.table("users", USER_COLUMNS)
    agents = output.table("agents", AGENT_COLUMNS)
    messages = output.table("messages", MESSAGE_COLUMNS)
    questions = output.table("survey_questions", SURVEY_QUESTION_COLUMNS)
    responses = output.table("survey_responses", SURVEY_RESPONSE_COLUMNS)
    actions = output.table("actions", ACTION_COLUMNS)
    resynced: dict[str, list[tuple]] = {"leads": [], "messages": [], "lead_externals": []}

    integration_id = new_id()
    group_ids = [new_id() for _ in GROUPS]
    conversations = world.conversations_for(TOOL)
    goal_ids = {campaign: new_id() for campaign in sorted({c.campaign for c in conversations})}
    survey = _survey(questions, responses, goal_ids, integration_id, new_id)
    agent_for = _texters(world, rng, new_id, conversations, group_ids, users, agents, output)

    for conversation in conversations:
        human = world.human(conversation.human_id)
        created = conversation.started_at - timedelta(days=rng.randrange(1, 20), minutes=rng.randrange(600))
        redacted_at = conversation.started_at + timedelta(days=rng.randrange(30, 90)) \
            if rng.random() < P_REDACTED else None
        opted_out = conversation.result == "opted_out"
        lead_id = new_id()
        email = human.email if rng.random() < 0.6 else None
        lead = {
            "id": lead_id, "organization_id": ORGANIZATION_ID,
            "first_name": messy.first_name_variant(human.first_name, rng),
            "last_name": messy.last_name_variant(human.last_name, rng),
            "email": messy.email_variant(email, rng) if email else None,
            "phone_number": _phone_integer(human.cell or human.landline, rng),
            "phone_number_type": "mobile" if human.cell else rng.choice(["landline", None]),
            "global_opted_out": opted_out, "opt_out_type": "stop_keyword" if opted_out else None,
            "pii_redacted_at": redacted_at, "created_at": created,
        }
        before = dict(lead, pii_redacted_at=None)
        if redacted_at:
            lead.update(first_name=None, last_name=None, email=None, phone_number=None)
        last_change = conversation.started_at + timedelta(hours=rng.randrange(1, 48))
        leads.add(**lead, updated_at=redacted_at or last_change)
        if rng.random() < P_RESYNCED or (redacted_at and rng.random() < 0.5):
            # An earlier version of the row (before the last change or the redaction), synced again.
            leads.add(**before, updated_at=created)
            resynced["leads"].append(leads.rows.pop())
        output.person_records.append(("leads", lead_id, human.human_id))

        if rng.random() < P_DUPLICATE_LEAD:
            twin_id = new_id()
            twin_phone = human.cell or human.landline
            leads.add(id=twin_id, organization_id=ORGANIZATION_ID,
                      first_name=messy.first_name_variant(human.first_name, rng, p_nick=0.5),
                      last_name=messy.last_name_variant(human.last_name, rng),
                      email=messy.email_variant(human.email, rng) if human.email else None,
                      phone_number=int(twin_phone) if twin_phone else None, phone_number_type=None,
                      global_opted_out=False, created_at=created + timedelta(days=rng.randrange(1, 60)),
                      updated_at=created + timedelta(days=61))
            output.person_records.append(("leads", twin_id, human.human_id))

        if conversation.synced_to_van:
            _external(externals, resynced, lead_id, integration_id, world, conversation, created, rng)

        agent_id = agent_for[conversation.sender_human_id]
        _messages(messages, resynced, conversation, lead_id, agent_id, group_ids[0],
                  goal_ids[conversation.campaign], redacted_at, new_id, rng, output)
        _answers(actions, conversation, lead_id, agent_id, goal_ids[conversation.campaign], survey, new_id, rng)

    for name, table in (("leads", leads), ("messages", messages), ("lead_externals", externals)):
        table.rows.extend(resynced[name])
    return output


def _texters(world: World, rng: random.Random, new_id: _Ids, conversations: list[Conversation],
             group_ids: list[str], users: Table, agents: Table, output: ToolOutput) -> dict[int, str]:
    """One user per texter, an agent per group they text for; returns the agent each texter sends as."""
    agent_for: dict[int, str] = {}
    first_send: dict[int, datetime] = {}
    for conversation in conversations:
        known = first_send.get(conversation.sender_human_id)
        if known is None or conversation.started_at < known:
            first_send[conversation.sender_human_id] = conversation.started_at
    for human_id in sorted(first_send):
        human = world.human(human_id)
        joined = first_send[human_id] - timedelta(days=rng.randrange(1, 30))
        user_id = new_id()
        email = human.email or f"{human.first_name}.{human.last_name}@{ORG_DOMAIN}".lower()
        preferred = messy.nickname_for(human.first_name, rng) if rng.random() < 0.3 else None
        users.add(id=user_id, full_name=f"{human.first_name} {messy.last_name_variant(human.last_name, rng)}",
                  preferred_name=preferred.title() if preferred else None,
                  username=f"{human.first_name[0]}{human.last_name}{rng.randrange(100)}".lower().replace(" ", ""),
                  email=messy.email_variant(email, rng),
                  phone_number=messy.phone_format(human.cell, rng) if human.cell else None,
                  created_at=joined, updated_at=joined + timedelta(days=rng.randrange(0, 5)))
        output.person_records.append(("users", user_id, human_id))
        sending = new_id()
        agents.add(id=sending, user_id=user_id, group_id=group_ids[0], organization_id=ORGANIZATION_ID,
                   created_at=joined, updated_at=joined)
        agent_for[human_id] = sending
        if rng.random() < 0.15:
            # Also texted for the second group for a while, then was removed from it.
            removed = joined + timedelta(days=rng.randrange(10, 120))
            agents.add(id=new_id(), user_id=user_id, group_id=group_ids[1], organization_id=ORGANIZATION_ID,
                       created_at=joined, updated_at=removed, deleted_at=removed)
    return agent_for


def _external(externals: Table, resynced: dict[str, list[tuple]], lead_id: str, integration_id: str,
              world: World, conversation: Conversation, created: datetime, rng: random.Random) -> None:
    """The lead's VAN integration record: identifiers JSON with the VAN id (or an empty match)."""
    human = world.human(conversation.human_id)
    van_id = human.van_id_myv or human.van_id_myc
    if van_id is None:
        identifiers = "{}"
    else:
        roll = rng.random()
        if roll < 0.6:
            identifiers = json.dumps({"van_id": str(van_id)})
        elif roll < 0.8:
            identifiers = json.dumps({"van_id": van_id})
        else:
            identifiers = json.dumps({"van_id": str(van_id), "van_phone_id": str(rng.randrange(10**7, 10**8))},
                                     separators=(",", ":"))
    synced = conversation.started_at + SYNC_LAG
    row = {"lead_id": lead_id, "integration_id": integration_id, "type": "ngpvan", "created_at": created}
    externals.add(**row, identifiers=identifiers, version=2, updated_at=synced)
    if rng.random() < P_RESYNCED * 2:
        # Version 1, before the match: delivered again by an earlier sync.
        resynced["lead_externals"].append((*externals.rows[-1][:3], "{}", 1, created, created))


def _messages(messages: Table, resynced: dict[str, list[tuple]], conversation: Conversation, lead_id: str,
              agent_id: str, group_id: str, goal_id: str, redacted_at: datetime | None, new_id: _Ids,
              rng: random.Random, output: ToolOutput) -> None:
    """The thread of one conversation; the first outbound message is the attempt."""
    thread_id = new_id()
    at = conversation.started_at
    turns = [(at, "outbound", "Hi, it's a volunteer with Keystone Organizing Project! Can we count on you?")]
    reply_at = at + timedelta(minutes=rng.randrange(1, 300))
    replies = {"canvassed": "yes!", "refused": "no thank you", "opted_out": "STOP", "wrong_number": "wrong #"}
    if conversation.replied:
        turns.append((reply_at, "inbound", replies[conversation.result]))
        if conversation.result == "canvassed":
            turns.append((reply_at + timedelta(minutes=rng.randrange(1, 30)), "outbound", "Thank you!"))
    for index, (moment, direction, text) in enumerate(turns):
        message_id = new_id()
        messages.add(id=message_id, lead_id=lead_id, agent_id=agent_id if direction == "outbound" else None,
                     thread_id=thread_id, group_id=group_id, goal_id=goal_id, direction=direction,
                     type=rng.choice(["sms", "sms", "sms", "mms"]) if direction == "inbound" else "sms",
                     message=None if redacted_at else text, pii_redacted_at=redacted_at, created_at=moment,
                     updated_at=redacted_at or moment + timedelta(seconds=rng.randrange(1, 90)))
        if index == 0:
            output.attempts.append(("messages", message_id, conversation.sender_human_id, "text"))
        if rng.random() < P_RESYNCED:
            row = messages.rows[-1]
            if redacted_at:
                # The copy from before redaction still holds the text.
                resynced["messages"].append((*row[:8], text, None, moment, moment))
            else:
                resynced["messages"].append((*row[:-1], moment))


def _survey(questions: Table, responses: Table, goal_ids: dict[str, str], integration_id: str,
            new_id: _Ids) -> dict[str, list[tuple[str, list[tuple[str, str]]]]]:
    """Survey questions per goal and their responses; returns goal -> [(question id, [(response id, label)])]."""
    survey: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {}
    created = datetime(2026, 1, 2, 15, 0, 0)
    for goal_index, goal_id in enumerate(goal_ids.values()):
        survey[goal_id] = []
        for question_index, (question, answers) in enumerate(SURVEY):
            question_id = new_id()
            questions.add(id=question_id, goal_id=goal_id, goal_step_id=new_id(), integration_id=integration_id,
                          question=question, van_survey_question_id=350 + question_index if goal_index % 2 == 0
                          else None, created_at=created, updated_at=created)
            options = []
            for label, van_response in answers:
                response_id = new_id()
                responses.add(id=response_id, survey_question_id=question_id, integration_id=integration_id,
                              formatted_value=label,
                              van_survey_response_id=van_response if goal_index % 2 == 0 else None,
                              created_at=created, updated_at=created)
                options.append((response_id, label))
            survey[goal_id].append((question_id, options))
    return survey


def _answers(actions: Table, conversation: Conversation, lead_id: str, agent_id: str, goal_id: str,
             survey: dict[str, list[tuple[str, list[tuple[str, str]]]]], new_id: _Ids,
             rng: random.Random) -> None:
    """Survey answers and opt-outs recorded as actions on the lead."""
    at = conversation.started_at + timedelta(hours=rng.randrange(1, 12))
    if conversation.result == "opted_out":
        actions.add(id=new_id(), lead_id=lead_id, agent_id=agent_id, goal_id=goal_id, type="opt_out",
                    created_at=at, updated_at=at)
        return
    if conversation.result not in ("canvassed", "refused"):
        return
    for question_id, options in survey[goal_id]:
        response_id, label = options[-1] if conversation.result == "refused" else rng.choice(options[:-1])
        actions.add(id=new_id(), lead_id=lead_id, agent_id=agent_id, goal_id=goal_id,
                    survey_question_id=question_id, survey_response_id=response_id, value_str=label,
                    type="survey_response", created_at=at, updated_at=at)
