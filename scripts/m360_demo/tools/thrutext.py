"""ThruText (GetThru) daily CSV exports: messages, survey answers and opt-outs.

ThruText hands a group three CSV files a day; a hub loads them as they come,
so every column arrives as text except the segment count. What the demo
reproduces:

- `timestamp` / `updated_at` are text in UTC: '2026-05-01 14:03:22' in the
  message and survey exports, ISO with a 'T' in the opt-out export; an
  outgoing message that failed at the carrier has a blank timestamp.
- Export windows overlap, so a row can come again in the next day's file
  (same message_id, same content). ThruText exports carry no deletion marker.
- A survey answer edited later is re-exported with a later `updated_at` and
  its new `sync_status` (the newer row wins).
- Contacts are uploaded per campaign with the customer's custom fields; here
  `van_id` (the VAN id, filled when the upload came from VAN) and
  `van_campaign_id`. Contact names and phones are as messy as the upload.
- Incoming messages leave the sender_* (texter) columns blank.

Ground truth: one person record per ThruText contact (`daily_messages`,
contact_id); one attempt per conversation, the first outgoing message.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .. import messy
from ..spec import ToolOutput
from ..world import ORG_DOMAIN, Conversation, Human, World

TOOL = "thrutext"

CONTACT_COLUMNS = [
    ("contact_id", "varchar"),
    ("contact_first_name", "varchar"),
    ("contact_last_name", "varchar"),
    ("contact_phone", "varchar"),
]
CUSTOM_COLUMNS = [("van_id", "varchar"), ("van_campaign_id", "varchar")]

MESSAGE_COLUMNS = [
    ("timestamp", "varchar"),
    ("message_id", "varchar"),
    ("message_direction", "varchar"),
    ("message_body", "varchar"),
    ("sender_first_name", "varchar"),
    ("sender_last_name", "varchar"),
    ("sender_phone", "varchar"),
    ("sender_email", "varchar"),
    ("campaign_id", "varchar"),
    ("campaign_name", "varchar"),
    ("conversation_id", "varchar"),
    ("conversation_phone", "varchar"),
    *CONTACT_COLUMNS,
    ("media_content", "varchar"),
    ("message_segment_count", "integer"),
    ("message_error", "varchar"),
    *CUSTOM_COLUMNS,
]
SURVEY_COLUMNS = [
    ("campaign_id", "varchar"),
    ("campaign_name", "varchar"),
    ("conversation_id", "varchar"),
    ("survey_id", "varchar"),
    ("survey_question", "varchar"),
    ("survey_type", "varchar"),
    ("response", "varchar"),
    *CONTACT_COLUMNS,
    ("updated_at", "varchar"),
    ("sync_status", "varchar"),
    *CUSTOM_COLUMNS,
]
OPT_OUT_COLUMNS = [
    ("timestamp", "varchar"),
    *CONTACT_COLUMNS,
    ("conversation_id", "varchar"),
    ("note", "varchar"),
    ("opt_out_type", "varchar"),
    *CUSTOM_COLUMNS,
]

SURVEYS = [
    ("support", "How likely are you to support the campaign?", "multiple_choice",
     ["Strong support", "Lean support", "Undecided", "Lean oppose", "Strong oppose"]),
    ("vote_plan", "Do you plan to vote on November 3?", "multiple_choice", ["Yes", "No", "Maybe"]),
    ("issue", "What issue matters most to you?", "open_ended",
     ["housing", "Wages!", "healthcare", "schools", "transit"]),
]
P_REDELIVERED = 0.06
P_SURVEY_EDITED = 0.12
P_CARRIER_ERROR = 0.03


def _stamp(moment: datetime, iso: bool = False) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S" if iso else "%Y-%m-%d %H:%M:%S")


def _van_id(human: Human) -> str | None:
    value = human.van_id_myv or human.van_id_myc
    return str(value) if value else None


class _Texters:
    """One ThruText user account per volunteer texter, fixed the first time they send."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world, self.rng, self.accounts = world, rng, {}

    def account(self, human_id: int) -> dict[str, str | None]:
        if human_id not in self.accounts:
            human, rng = self.world.human(human_id), self.rng
            email = human.email or f"{human.first_name}.{human.last_name}@{ORG_DOMAIN}".lower()
            self.accounts[human_id] = {
                "sender_first_name": messy.first_name_variant(human.first_name, rng, p_nick=0.25),
                "sender_last_name": messy.last_name_variant(human.last_name, rng, p_typo=0.01),
                "sender_phone": messy.phone_format(human.cell, rng) if human.cell else None,
                "sender_email": messy.email_variant(email, rng) if rng.random() < 0.95 else None,
            }
        return self.accounts[human_id]


def emit(world: World) -> ToolOutput:
    """The three daily exports for every ThruText conversation in the world."""
    rng = world.rng(TOOL)
    output = ToolOutput(TOOL)
    messages = output.table("daily_messages", MESSAGE_COLUMNS)
    surveys = output.table("daily_surveys", SURVEY_COLUMNS)
    opt_outs = output.table("opt_outs", OPT_OUT_COLUMNS)
    texters = _Texters(world, rng)

    campaign_ids: dict[str, str] = {}
    redelivered: list[tuple] = []
    redelivered_opt_outs: list[tuple] = []
    next_message = 7_310_000_001
    for conversation in world.conversations_for(TOOL):
        human = world.human(conversation.human_id)
        campaign_id = campaign_ids.setdefault(conversation.campaign, str(41_000 + 7 * len(campaign_ids)))
        # Odd-numbered campaigns were uploaded from VAN lists with the VAN id as a custom field.
        from_van = int(campaign_id) % 2 == 1 or conversation.synced_to_van
        contact_id = f"{conversation.conversation_id * 13 + 880_000_000}"
        phone = human.cell or human.landline or ""
        contact = {
            "contact_id": contact_id,
            "contact_first_name": messy.first_name_variant(human.first_name, rng),
            "contact_last_name": messy.last_name_variant(human.last_name, rng),
            "contact_phone": messy.phone_format(phone, rng),
            "van_id": _van_id(human) if from_van and rng.random() < 0.92 else None,
            "van_campaign_id": str(1_200 + int(campaign_id) % 97) if from_van else None,
        }
        if messy.nameless(world.seed, TOOL, contact_id):
            contact["contact_first_name"] = contact["contact_last_name"] = None
        common = {"campaign_id": campaign_id, "campaign_name": conversation.campaign,
                  "conversation_id": str(conversation.conversation_id), **contact}
        output.person_records.append(("daily_messages", contact_id, human.human_id))

        texter = texters.account(conversation.sender_human_id)
        area_code = rng.choice(["215", "412", "717"])
        conversation_phone = f"+1{area_code}{rng.randrange(200, 990)}{rng.randrange(10_000):04d}"
        thread = _thread(conversation, rng)
        for index, (moment, direction, body) in enumerate(thread):
            message_id = str(next_message)
            next_message += rng.randrange(1, 40)
            failed = direction == "outgoing" and index == 0 and rng.random() < P_CARRIER_ERROR
            sender = texter if direction == "outgoing" else dict.fromkeys(texter)
            messages.add(
                timestamp="" if failed else _stamp(moment),
                message_id=message_id,
                message_direction=direction,
                message_body=body,
                conversation_phone=conversation_phone,
                media_content=None,
                message_segment_count=1 + len(body) // 160,
                message_error="30006: landline or unreachable carrier" if failed else None,
                **sender,
                **common,
            )
            if index == 0:
                output.attempts.append(("daily_messages", message_id, conversation.sender_human_id, "text"))
            if rng.random() < P_REDELIVERED:
                redelivered.append(messages.rows[-1])

        if conversation.result in ("canvassed", "refused"):
            _survey_rows(surveys, conversation, common, rng)
        if conversation.result == "opted_out":
            opted_at = thread[1][0] if len(thread) > 1 else conversation.started_at
            opt_outs.add(
                timestamp=_stamp(opted_at + timedelta(seconds=rng.randrange(1, 30)), iso=True),
                note=rng.choice([None, None, "replied STOP", "asked not to be texted again"]),
                opt_out_type=rng.choice(["keyword", "keyword", "texter"]),
                **{key: value for key, value in common.items() if key not in ("campaign_id", "campaign_name")},
            )
            if rng.random() < 0.2:
                redelivered_opt_outs.append(opt_outs.rows[-1])

    # The next day's files repeat the tail of the previous export window.
    messages.rows.extend(redelivered)
    opt_outs.rows.extend(redelivered_opt_outs)
    return output


def _thread(conversation: Conversation, rng: random.Random) -> list[tuple[datetime, str, str]]:
    """The messages of one conversation: (time, direction, body)."""
    at = conversation.started_at
    first = rng.choice(["Hi! This is a volunteer with Keystone Organizing Project.",
                        "Hey there, it's a volunteer with Keystone Organizing Project checking in"])
    thread = [(at, "outgoing", f"{first} Can we count on your support in November?")]
    reply_at = at + timedelta(minutes=rng.randrange(1, 240))
    if conversation.result == "no_response":
        if rng.random() < 0.4:
            thread.append((at + timedelta(days=2, minutes=rng.randrange(60)), "outgoing", "Just following up!"))
    elif conversation.result == "opted_out":
        thread.append((reply_at, "incoming", rng.choice(["STOP", "stop", "Stop texting me"])))
    elif conversation.result == "wrong_number":
        thread.append((reply_at, "incoming", "wrong number"))
        thread.append((reply_at + timedelta(minutes=3), "outgoing", "Sorry about that!"))
    elif conversation.result == "refused":
        thread.append((reply_at, "incoming", rng.choice(["no thanks", "Not interested."])))
    else:
        thread.append((reply_at, "incoming", rng.choice(["Yes!", "sure", "Yes I'll be voting"])))
        thread.append((reply_at + timedelta(minutes=rng.randrange(1, 20)), "outgoing", "Great! Do you have a plan?"))
        thread.append((reply_at + timedelta(minutes=rng.randrange(25, 90)), "incoming", "I'll vote early"))
    return thread


def _survey_rows(surveys, conversation: Conversation, common: dict, rng: random.Random) -> None:
    """Survey answers of a conversation with a response; a few edited and re-exported later."""
    answered_at = conversation.started_at + timedelta(minutes=rng.randrange(5, 300))
    status = "synced" if conversation.synced_to_van else "not_synced"
    questions = SURVEYS[:2] if conversation.result == "canvassed" else SURVEYS[:1]
    if conversation.result == "canvassed" and rng.random() < 0.3:
        questions = SURVEYS
    for survey_key, question, survey_type, answers in questions:
        if conversation.result == "refused":
            answer = rng.choice(answers[-2:])
        else:
            answer = rng.choice(answers[:3]) if survey_type == "multiple_choice" else rng.choice(answers)
        survey_id = f"{common['campaign_id']}-{survey_key}"
        row = {"survey_id": survey_id, "survey_question": question, "survey_type": survey_type, **common}
        if rng.random() < P_SURVEY_EDITED:
            # First answer exported while the VAN sync was pending; the edit arrives in a later file.
            surveys.add(response=rng.choice(answers), updated_at=_stamp(answered_at), sync_status="pending", **row)
            answered_at += timedelta(days=1, minutes=rng.randrange(600))
        surveys.add(response=answer, updated_at=_stamp(answered_at), sync_status=status, **row)
