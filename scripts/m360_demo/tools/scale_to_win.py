"""Scale to Win Text (a Spoke fork) as its warehouse delivery shows it.

Same texting model as Spoke (see `spoke.py`, whose `build_program` this module
reuses with its own random stream), written in Scale to Win's shapes:
plural table names, Rails-style `created_at`/`updated_at` on most tables,
carrier lookup columns on contacts, segment counts and canned responses on
messages, and no `question_response` table: survey outcomes arrive as tags on
contacts (`campaign_contacts_tags`; the tag names table is not delivered).

Quirks reproduced on top of Spoke's:
- opt-outs are soft-deleted (`deleted_at`) when reversed, and carry the result
  of their sync to VAN (`van_sync_at`, `van_sync_result`); rows are
  re-delivered when the VAN sync or the deletion updates them;
- campaigns and assignments are re-delivered as they change (`updated_at`);
- carrier lookups are missing for some contacts; landlines are typed as such.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

from ..spec import ToolOutput
from ..world import World
from .spoke import IdBases, TextProgram, build_program

S2W_IDS = IdBases(campaign=1_201, user=3_001, assignment=45_001, contact=7_100_001, message=52_000_001,
                  opt_out=880_001, step=12_001, response=1)

# Tag ids of the organization (the tags table itself is not in the delivery).
TAG_SUPPORTER, TAG_UNDECIDED, TAG_OPPOSED, TAG_WRONG_NUMBER, TAG_SPANISH, TAG_VOLUNTEER = 7, 8, 9, 10, 11, 14
MOBILE_CARRIERS = ["Verizon Wireless", "T-Mobile USA, Inc.", "AT&T Wireless", "Cellco Partnership", "Sprint Spectrum"]
LANDLINE_CARRIERS = ["Verizon Pennsylvania LLC", "Windstream", "Frontier Communications", "Comcast IP Phone"]
VAN_SYNC_ERRORS = ["error: person not found in VAN", "error: 429 too many requests", "error: phone not on record"]
NOTES = ["Moved out of district", "Prefers Spanish", "Asked for a call instead", "Wants to volunteer",
         "Said she already voted by mail"]


def _segments(text: str) -> int:
    return 1 if len(text) <= 160 else math.ceil(len(text) / 153)


def _maybe_earlier(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def emit(world: World) -> ToolOutput:
    """Scale to Win's delivered tables and their ground truth."""
    rng = world.rng("scale_to_win")
    program: TextProgram = build_program(world, "scale_to_win", rng, S2W_IDS, p_redelivered=0.3)
    output = ToolOutput("scale_to_win")
    sync_time = max((m.created_at for m in program.messages), default=datetime(2026, 11, 3)) + timedelta(days=2)

    campaigns = output.table("campaigns", [
        ("id", "bigint"), ("organization_id", "integer"), ("title", "varchar"), ("description", "varchar"),
        ("creator_id", "bigint"), ("is_started", "boolean"), ("is_archived", "boolean"), ("due_by", "timestamp"),
        ("created_at", "timestamp"), ("updated_at", "timestamp"),
    ])
    variants: dict[int, list[int]] = {}
    next_variant = 301
    for item in program.campaigns:
        common = {"id": item.campaign_id, "organization_id": item.organization_id, "title": item.title,
                  "description": item.description or None, "creator_id": item.creator_user_id, "is_started": True,
                  "due_by": item.due_by, "created_at": item.created_at}
        started = item.created_at + timedelta(hours=rng.randrange(1, 48))
        if item.archived_at is not None and _maybe_earlier(rng, 0.5):
            campaigns.add(**common, is_archived=False, updated_at=started)
        campaigns.add(**common, is_archived=item.is_archived, updated_at=item.archived_at or started)
        if rng.random() < 0.5:
            variants[item.campaign_id] = [next_variant, next_variant + 1]
            next_variant += 2

    users = output.table("users", [
        ("id", "bigint"), ("cell", "varchar"), ("alias", "varchar"), ("email", "varchar"),
        ("first_name", "varchar"), ("last_name", "varchar"), ("created_at", "timestamp"),
    ])
    for item in program.users:
        users.add(id=item.user_id, cell=item.cell or None, alias=item.alias, email=item.email,
                  first_name=item.first_name, last_name=item.last_name, created_at=item.created_at)
        output.person_records.append(("users", str(item.user_id), item.human_id))

    assignments = output.table("assignments", [
        ("id", "bigint"), ("user_id", "bigint"), ("campaign_id", "bigint"), ("dynamic_replies", "boolean"),
        ("dynamic_initials", "boolean"), ("created_at", "timestamp"), ("updated_at", "timestamp"),
    ])
    for item in program.assignments:
        dynamic = rng.random() < 0.6
        common = {"id": item.assignment_id, "user_id": item.user_id, "campaign_id": item.campaign_id,
                  "dynamic_replies": dynamic and rng.random() < 0.5, "dynamic_initials": dynamic,
                  "created_at": item.created_at}
        if item.updated_at > item.created_at and _maybe_earlier(rng, 0.3):
            assignments.add(**common, updated_at=item.created_at)
        assignments.add(**common, updated_at=item.updated_at)

    contacts = output.table("campaign_contacts", [
        ("id", "bigint"), ("campaign_id", "bigint"), ("assignment_id", "bigint"), ("external_id", "varchar"),
        ("first_name", "varchar"), ("last_name", "varchar"), ("cell", "varchar"), ("zip", "varchar"),
        ("notes", "varchar"), ("custom_fields", "varchar"), ("message_status", "varchar"),
        ("is_opted_out", "boolean"), ("error_code", "integer"), ("script_variant_id", "bigint"),
        ("carrier_data_number_type", "varchar"), ("carrier_data_carrier_name", "varchar"),
        ("created_at", "timestamp"), ("updated_at", "timestamp"),
    ])
    for item in program.contacts:
        number_type = carrier = None
        if rng.random() < 0.9:
            if item.is_landline:
                number_type, carrier = "landline", rng.choice(LANDLINE_CARRIERS)
            elif rng.random() < 0.06:
                number_type, carrier = "voip", rng.choice(["Google (Grand Central) - SVR", "Bandwidth.com - SVR"])
            else:
                number_type, carrier = "mobile", rng.choice(MOBILE_CARRIERS)
        variant = rng.choice(variants[item.campaign_id]) if item.campaign_id in variants else None
        notes = rng.choice(NOTES) if item.conversation and item.conversation.replied and rng.random() < 0.06 else None
        for version in item.versions:
            texted = version.message_status != "needsMessage"
            contacts.add(id=item.contact_id, campaign_id=item.campaign_id,
                         assignment_id=item.assignment_id if texted else None, external_id=item.external_id,
                         first_name=item.first_name, last_name=item.last_name, cell=item.cell, zip=item.zip,
                         notes=notes if version is item.final else None, custom_fields=item.custom_fields,
                         message_status=version.message_status, is_opted_out=version.is_opted_out,
                         error_code=item.error_code if texted else None, script_variant_id=variant,
                         carrier_data_number_type=number_type, carrier_data_carrier_name=carrier,
                         created_at=item.created_at, updated_at=version.updated_at)
        output.person_records.append(("campaign_contacts", str(item.contact_id), item.human_id))

    messages = output.table("messages", [
        ("id", "bigint"), ("campaign_contact_id", "bigint"), ("user_id", "bigint"), ("text", "varchar"),
        ("is_from_contact", "boolean"), ("send_status", "varchar"), ("service", "varchar"),
        ("num_segments", "integer"), ("contact_number", "varchar"), ("inbound_phone_number", "varchar"),
        ("canned_response_id", "bigint"), ("media_url", "varchar"), ("media_content_type", "varchar"),
        ("error_code", "integer"), ("created_at", "timestamp"), ("service_response_at", "timestamp"),
    ])
    contact_campaign = {c.contact_id: c.campaign_id for c in program.contacts}
    image_campaigns = {c.campaign_id for c in program.campaigns[:1]}
    for item in program.messages:
        media_url = media_type = None
        canned = None
        if item.kind == "initial" and contact_campaign[item.contact_id] in image_campaigns:
            media_url, media_type = "https://assets.keystoneorganizing.org/texts/plan-your-vote.png", "image/png"
        elif item.is_from_contact and rng.random() < 0.02:
            media_url, media_type = f"https://media.s2w-demo.invalid/inbound/{item.service_id}.jpg", "image/jpeg"
        elif item.kind in ("follow_up", "opt_out_notice") and rng.random() < 0.6:
            canned = 501 + contact_campaign[item.contact_id] % 50
        response_at = item.created_at + timedelta(seconds=rng.randrange(2, 25))
        if item.is_from_contact:
            response_at = item.created_at
        elif item.send_status == "SENT":
            response_at = None
        messages.add(id=item.message_id, campaign_contact_id=item.contact_id, user_id=item.user_id,
                     text=item.text, is_from_contact=item.is_from_contact, send_status=item.send_status,
                     service="twilio", num_segments=_segments(item.text), contact_number=item.contact_number,
                     inbound_phone_number=item.user_number, canned_response_id=canned, media_url=media_url,
                     media_content_type=media_type, error_code=item.error_code, created_at=item.created_at,
                     service_response_at=response_at)
    for message_id, sender_human_id in program.first_outgoing:
        output.attempts.append(("messages", str(message_id), sender_human_id, "text"))

    steps = output.table("interaction_steps", [
        ("id", "bigint"), ("campaign_id", "bigint"), ("parent_interaction_id", "bigint"), ("question", "varchar"),
        ("answer_option", "varchar"), ("script", "varchar"), ("is_deleted", "boolean"), ("created_at", "timestamp"),
        ("updated_at", "timestamp"),
    ])
    for item in program.steps:
        updated = item.created_at + timedelta(minutes=rng.randrange(1, 120)) if item.is_deleted else item.created_at
        steps.add(id=item.step_id, campaign_id=item.campaign_id, parent_interaction_id=item.parent_id,
                  question=item.question, answer_option=item.answer_option, script=item.script,
                  is_deleted=item.is_deleted, created_at=item.created_at, updated_at=updated)

    # Survey outcomes as contact tags (no question_response table in Scale to Win's delivery).
    tags = output.table("campaign_contacts_tags", [
        ("id", "bigint"), ("tag_id", "bigint"), ("campaign_contact_id", "bigint"), ("created_at", "timestamp"),
    ])
    tagged: list[tuple[datetime, int, int]] = []
    answer_tags = {"Yes": TAG_SUPPORTER, "Undecided": TAG_UNDECIDED, "No": TAG_OPPOSED}
    for response in program.responses:
        tagged.append((response.created_at, response.contact_id, answer_tags[response.value]))
        if response.value == "Yes" and rng.random() < 0.1:
            tagged.append((response.created_at + timedelta(seconds=5), response.contact_id, TAG_VOLUNTEER))
    for item in program.contacts:
        conversation = item.conversation
        if conversation and conversation.result == "wrong_number" and rng.random() < 0.7:
            tagged.append((conversation.started_at + timedelta(hours=rng.randrange(1, 12)), item.contact_id,
                           TAG_WRONG_NUMBER))
        elif conversation and conversation.replied and rng.random() < 0.03:
            tagged.append((conversation.started_at + timedelta(hours=1), item.contact_id, TAG_SPANISH))
    tagged.sort()
    for tag_row_id, (at, contact_id, tag_id) in enumerate(tagged, 64_001):
        tags.add(id=tag_row_id, tag_id=tag_id, campaign_contact_id=contact_id, created_at=at)

    opt_outs = output.table("opt_outs", [
        ("id", "bigint"), ("cell", "varchar"), ("organization_id", "integer"), ("opt_out_list_id", "bigint"),
        ("assignment_id", "bigint"), ("campaign_contact_id", "bigint"), ("reason_code", "varchar"),
        ("van_sync_at", "timestamp"), ("van_sync_result", "varchar"), ("deleted_at", "timestamp"),
        ("created_at", "timestamp"), ("updated_at", "timestamp"),
    ])
    by_contact = {c.contact_id: c for c in program.contacts}
    for item in program.opt_outs:
        contact = by_contact.get(item.contact_id) if item.contact_id else None
        sync_at = result = None
        if contact is not None and contact.conversation is not None and item.removed_at is None:
            sync_at = min(item.created_at + timedelta(minutes=rng.randrange(1, 30)), sync_time)
            if contact.conversation.synced_to_van:
                result = "success"
            elif not contact.external_id:
                result = "skipped: contact has no external id"
            else:
                result = rng.choice(VAN_SYNC_ERRORS)
        common = {"id": item.opt_out_id, "cell": item.cell, "organization_id": item.organization_id,
                  "opt_out_list_id": item.organization_id, "assignment_id": item.assignment_id,
                  "campaign_contact_id": item.contact_id, "reason_code": item.reason_code or None,
                  "created_at": item.created_at}
        final_update = item.removed_at or sync_at or item.created_at
        if final_update > item.created_at and _maybe_earlier(rng, 0.35):
            opt_outs.add(**common, van_sync_at=None, van_sync_result=None, deleted_at=None,
                         updated_at=item.created_at)
        opt_outs.add(**common, van_sync_at=sync_at, van_sync_result=result, deleted_at=item.removed_at,
                     updated_at=final_update)
    return output
