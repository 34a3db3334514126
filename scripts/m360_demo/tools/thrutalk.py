"""ThruTalk (GetThru's dialer) daily export of campaign dials.

`daily_campaign_dials` has one row per dial. What the demo reproduces:

- The export has no dial id. A dial is identified by its campaign, the number
  dialled and the second it was dialled (staging hashes those into a key).
- `time_dialed_est` is naive US Eastern wall-clock time (EST or EDT, as the
  date falls), delivered as text like the other GetThru CSV exports.
- Overlapping export windows re-deliver some rows in the next day's file.
- Contact phones keep the upload's format; caller names are what volunteers
  typed when they joined (nicknames), caller e-mail is sometimes blank.
- `result` is ThruTalk's display label, not a code.

`caller_activity_details` is not generated: no public column list exists.

Ground truth: one person record and one attempt per dial, both identified by
the dial's natural key '<campaign>|<contact_phone>|<time_dialed_est>' (the
staging model's source_id).
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from .. import messy
from ..spec import ToolOutput
from ..world import World

TOOL = "thrutalk"
EASTERN = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")

DIAL_COLUMNS = [
    ("campaign", "varchar"),
    ("contact_first_name", "varchar"),
    ("contact_last_name", "varchar"),
    ("contact_phone", "varchar"),
    ("time_dialed_est", "varchar"),
    ("caller_first_name", "varchar"),
    ("caller_last_name", "varchar"),
    ("caller_phone_number", "varchar"),
    ("caller_email", "varchar"),
    ("result", "varchar"),
]

RESULT_LABELS = {
    "not_home": ["No Answer", "Busy"],
    "left_message": ["Left Message", "Answering Machine"],
    "canvassed": ["Talked to Correct Person"],
    "refused": ["Refused"],
    "wrong_number": ["Wrong Number", "Disconnected"],
}
P_REDELIVERED = 0.05


def dial_key(campaign: str, contact_phone: str, time_dialed_est: str) -> str:
    """The natural key of a dial, as the staging model's source_id spells it."""
    return f"{campaign}|{contact_phone}|{time_dialed_est}"


def emit(world: World) -> ToolOutput:
    """One dial per ThruTalk conversation in the world, plus re-delivered rows."""
    rng = world.rng(TOOL)
    output = ToolOutput(TOOL)
    dials = output.table("daily_campaign_dials", DIAL_COLUMNS)
    callers: dict[int, dict[str, str | None]] = {}
    seen: set[str] = set()
    redelivered: list[tuple] = []
    for conversation in world.conversations_for(TOOL):
        human = world.human(conversation.human_id)
        if conversation.sender_human_id not in callers:
            caller = world.human(conversation.sender_human_id)
            callers[conversation.sender_human_id] = {
                "caller_first_name": messy.first_name_variant(caller.first_name, rng, p_nick=0.25),
                "caller_last_name": messy.last_name_variant(caller.last_name, rng, p_typo=0.01),
                "caller_phone_number": messy.phone_format(caller.cell, rng) if caller.cell else None,
                "caller_email": messy.email_variant(caller.email, rng)
                if caller.email and rng.random() < 0.9 else None,
            }
        phone = messy.phone_format(human.cell or human.landline or "", rng)
        # World times are UTC; the export writes New York wall-clock time.
        eastern = conversation.started_at.replace(tzinfo=UTC).astimezone(EASTERN).replace(tzinfo=None)
        while dial_key(conversation.campaign, phone, eastern.strftime("%Y-%m-%d %H:%M:%S")) in seen:
            eastern += timedelta(seconds=1)
        time_dialed = eastern.strftime("%Y-%m-%d %H:%M:%S")
        key = dial_key(conversation.campaign, phone, time_dialed)
        seen.add(key)
        dials.add(
            campaign=conversation.campaign,
            contact_first_name=messy.first_name_variant(human.first_name, rng),
            contact_last_name=messy.maybe(messy.last_name_variant(human.last_name, rng), rng, 0.02),
            contact_phone=phone,
            time_dialed_est=time_dialed,
            result=rng.choice(RESULT_LABELS[conversation.result]),
            **callers[conversation.sender_human_id],
        )
        output.person_records.append(("daily_campaign_dials", key, human.human_id))
        output.attempts.append(("daily_campaign_dials", key, conversation.sender_human_id, "dial"))
        if rng.random() < P_REDELIVERED:
            redelivered.append(dials.rows[-1])
    dials.rows.extend(redelivered)
    return output
