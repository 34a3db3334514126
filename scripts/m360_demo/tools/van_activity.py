"""NGP VAN activity tables: events, signups and their status history, activist codes,
survey responses, source codes, online forms and contributions.

The people themselves (contacts, phones, emails, addresses), contact attempts
and users come from `van.py`; this module only references VAN ids:
MyCampaign `vanid` = `Human.van_id_myc` (members only), MyVoters `vanid` =
`Human.van_id_myv`. Per-person tables carry the database-mode suffix the hub
syncs them with (`_mym`, and `_vf` for door-canvass responses of voters);
lookups carry none. Times are naive America/New_York wall-clock times, as VAN
bulk syncs deliver them.

Quirks reproduced:
- re-delivered rows: an older version of a row (older `datemodified`, stale
  values such as an earlier status pointer or event time) sits beside the current one;
- suppression: accidental duplicate events and duplicate signups carry `datesuppressed`;
- status history: several `eventsignupsstatuses` rows per signup; the signup's
  `currenteventsignupseventstatusid` points at the latest one (latest
  `datecreated`, ties broken by the higher status id, e.g. a walk-in entered as
  "Walk In" and "Completed" in the same second);
- survey responses written by texting and dialer integrations (API user in
  `username`), bulk uploads with no `contactscontactid`, and MyVoters response ids
  that overlap MyCampaign ones (ids are unique only within a database mode);
- online forms hold what people typed: nicknames, typos, case, gmail dots and
  +tags, phone formats, blank strings, and now and then a spouse's VAN id
  (the form matched the shared household mailbox);
- event short names cut at VAN's 12 characters; events created by the Mobilize integration.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from .. import messy
from ..spec import Table, ToolOutput
from ..world import CYCLE_START, ELECTION_DAY, STATE, Event, Human, World

TOOL = "van"

# The committee and the first campaign van.py emits ("2026 Door Canvass").
COMMITTEE_ID = 60_001
CAMPAIGN_ID = 41_001
# Users this module references as creators; van.py owns the users table. Usernames follow
# van.py (staff: first initial + last name; integrations: the same API usernames).
STAFF_USER_BASE = 410_001
INTEGRATION_USERS: dict[str, tuple[int, str]] = {
    "mobilize": (499_101, "mobilize_integration"),
    "spoke": (499_102, "spoke_integration"),
    "scale_to_win": (499_103, "scaletowin_api"),
    "thrutext": (499_104, "thrutext_sync"),
    "hustle": (499_105, "hustle_integration"),
    "thrutalk": (499_106, "thrutalk_dialer"),
    "online_forms": (499_107, "online_actions"),
}
# Input types (van.py's inputtypes lookup): VPB, bulk upload, API; online actions post through the API.
INPUT_VPB, INPUT_BULK, INPUT_API = 10, 14, 11
INPUT_FORM = INPUT_API
# Contact types (van.py's contacttypes lookup): walk (door), phone, SMS text.
CONTACT_WALK, CONTACT_PHONE, CONTACT_TEXT = 2, 1, 37
CONTACT_TYPE_BY_CHANNEL = {"text": CONTACT_TEXT, "dial": CONTACT_PHONE}
# VAN contact-attempt id of a conversation synced to VAN (see contacts_contact_id).
CONTACTS_CONTACT_ID_BASE = 60_000_000

EVENT_STATUSES: dict[str, int] = {
    "Scheduled": 1, "Confirmed": 2, "Completed": 3, "No Show": 4, "Declined": 5, "Cancelled": 6,
    "Invited": 7, "Left Msg": 8, "Tentative": 9, "Walk In": 10, "Sched-Web": 11, "Conf Twice": 12, "Texted": 13,
}
EVENT_ROLES: dict[str, int] = {"Attendee": 1, "Host": 2, "Volunteer": 3, "Canvasser": 4, "Phonebanker": 5}
EVENT_CALENDARS: dict[str, tuple[int, str]] = {
    "CANVASS": (201, "Canvass"), "PHONE_BANK": (202, "Phone Bank"), "TEXT_BANK": (203, "Text Bank"),
    "MEETING": (204, "Meeting"), "TRAINING": (205, "Training"), "HOUSE_PARTY": (206, "House Party"),
    "COMMUNITY": (207, "Community Event"),
}

# (id, type, name, description, active: 1 active / 5 archived)
ACTIVIST_CODES: list[tuple[int, str, str, str, int]] = [
    (4_510_001, "Constituency", "Member", "Dues-paying or card-signed member", 1),
    (4_510_002, "Volunteer", "Volunteer", "Has volunteered this cycle", 1),
    (4_510_003, "Volunteer", "Leader", "Volunteer leader (runs events or a team)", 1),
    (4_510_004, "Donor", "Donor", "Gave at least once", 1),
    (4_510_005, "Action", "Event Attendee", "Attended an event", 1),
    (4_510_006, "Action", "Petition Signer", "Signed an online petition", 1),
    (4_510_007, "Volunteer", "Volunteer 2024", "Volunteered in the 2024 cycle", 5),
    (4_510_008, "Constituency", "Union Member", "Member of a partner union", 1),
]
AC = {name: code_id for code_id, _, name, _, _ in ACTIVIST_CODES}

# (id, type, name, text, cycle, active, [(response id, response name), ...])
SURVEY_QUESTIONS: list[tuple[int, str, str, str, int, int, list[tuple[int, str]]]] = [
    (310_001, "Issue", "Support 1-5", "How much do you support raising the minimum wage?", 2026, 1,
     [(810_011, "1 - Strong Support"), (810_012, "2 - Lean Support"), (810_013, "3 - Undecided"),
      (810_014, "4 - Lean Oppose"), (810_015, "5 - Strong Oppose")]),
    (310_002, "Volunteer", "Volunteer Ask", "Would you volunteer with us this fall?", 2026, 1,
     [(810_021, "Yes"), (810_022, "Maybe"), (810_023, "No")]),
    (310_003, "Issue", "Top Issue", "What issue matters most to you?", 2026, 1,
     [(810_031, "Housing"), (810_032, "Wages"), (810_033, "Healthcare"), (810_034, "Climate"),
      (810_035, "Schools")]),
    (310_004, "Other", "Vote Plan", "How do you plan to vote?", 2026, 1,
     [(810_041, "Mail / Early"), (810_042, "Election Day"), (810_043, "Not Voting")]),
    (310_005, "Issue", "Support 2024", "Support for the 2024 ballot question", 2024, 5,
     [(810_051, "Yes"), (810_052, "No")]),
]
SUPPORT_WEIGHTS = [30, 25, 20, 12, 13]

# Source codes (tags) applied to people; the codes lookup itself is van.py's.
SOURCE_CODES = [1_001, 1_002, 1_003, 1_004, 1_005]

# (id, name, type id, active flag); type ids: 1 signup, 2 petition, 3 contribution, 4 event signup.
ONLINE_FORMS: list[tuple[int, str, int, int]] = [
    (40_001, "Join Keystone Organizing Project", 1, 1),
    (40_002, "Petition: Raise the Wage", 2, 1),
    (40_003, "Petition: Fund Our Schools", 2, 0),
    (40_004, "Volunteer Interest Form", 1, 1),
    (40_005, "Donate to Keystone", 3, 1),
    (40_006, "Become a Monthly Sustainer", 3, 1),
]
FORM_JOIN, FORM_WAGE, FORM_SCHOOLS, FORM_VOLUNTEER, FORM_DONATE, FORM_SUSTAINER = (f[0] for f in ONLINE_FORMS)
EVENT_FORM_BASE = 41_001
MARKET_SOURCES = [None, None, "email", "fb", "sms", "twitter", "website", "refcode_canvass"]
# Contribution statuses and payment types (van.py's lookups, if any).
STATUS_SETTLED, STATUS_PENDING, STATUS_DECLINED, STATUS_REFUNDED = 1, 2, 3, 4
PAY_CASH, PAY_CHECK, PAY_CARD = 1, 2, 3

# MyVoters tables land CamelCase in the hub layout; load.py merges these with van.py's dicts.
CAMEL_TABLES_ACTIVITY: dict[str, str] = {"contactssurveyresponses": "ContactsSurveyResponses"}
CAMEL_COLUMNS_ACTIVITY: dict[str, str] = {
    "statecode": "StateCode", "contactssurveyresponseid": "ContactsSurveyResponseID", "vanid": "VanID",
    "contactscontactid": "ContactsContactID", "surveyquestionid": "SurveyQuestionID",
    "surveyresponseid": "SurveyResponseID", "datecanvassed": "DateCanvassed", "datecreated": "DateCreated",
    "datemodified": "DateModified", "inputtypeid": "InputTypeID", "contacttypeid": "ContactTypeID",
    "committeeid": "CommitteeID", "username": "UserName", "canvassedby": "CanvassedBy",
    "campaignid": "CampaignID", "contentid": "ContentID",
}

T_INT, T_BIG, T_TXT, T_TS, T_NUM = "integer", "bigint", "varchar", "timestamp", "numeric"

COLUMNS: dict[str, list[tuple[str, str]]] = {
    "activistcodes": [
        ("activistcodeid", T_INT), ("activistcodetype", T_TXT), ("activistcodename", T_TXT),
        ("activistcodedescription", T_TXT), ("committeeid", T_INT), ("active", T_INT)],
    "surveyquestions": [
        ("surveyquestionid", T_INT), ("cycle", T_INT), ("surveyquestiontype", T_TXT),
        ("surveyquestionname", T_TXT), ("surveyquestiontext", T_TXT), ("createdcommitteeid", T_INT),
        ("active", T_INT)],
    "surveyresponses": [
        ("surveyquestionid", T_INT), ("surveyresponseid", T_INT), ("surveyresponsename", T_TXT)],
    "eventstatuses": [("eventstatusid", T_INT), ("eventstatusname", T_TXT)],
    "events": [
        ("eventid", T_INT), ("eventcalendarid", T_INT), ("eventcalendarname", T_TXT), ("eventname", T_TXT),
        ("eventshortname", T_TXT), ("eventdescription", T_TXT), ("dateoffsetbegin", T_TS),
        ("dateoffsetend", T_TS), ("createdby", T_BIG), ("createdbyusername", T_TXT),
        ("createdbycommitteeid", T_INT), ("campaignid", T_INT), ("eventrepetitionid", T_INT),
        ("ispublicwebsiteviewable", T_INT), ("datecreated", T_TS), ("datemodified", T_TS),
        ("datesuppressed", T_TS)],
    "onlineforms": [
        ("onlineformid", T_INT), ("onlineformname", T_TXT), ("onlineformtypeid", T_INT),
        ("onlineformurl", T_TXT), ("committeeid", T_INT), ("eventid", T_INT), ("campaignid", T_INT),
        ("isactive", T_INT), ("datecreated", T_TS), ("datemodified", T_TS)],
    "eventsignups_mym": [
        ("eventsignupid", T_BIG), ("statecode", T_TXT), ("eventid", T_INT), ("vanid", T_BIG),
        ("eventshiftid", T_INT), ("locationid", T_INT), ("eventroleid", T_INT), ("eventrolename", T_TXT),
        ("currenteventsignupseventstatusid", T_BIG), ("createdby", T_BIG), ("canvassedby", T_BIG),
        ("inputtypeid", T_INT), ("datetimeoffsetbegin", T_TS), ("datetimeoffsetend", T_TS),
        ("datemodified", T_TS), ("datesuppressed", T_TS)],
    "eventsignupsstatuses_mym": [
        ("eventsignupseventstatusid", T_BIG), ("statecode", T_TXT), ("eventsignupid", T_BIG),
        ("eventstatusid", T_INT), ("eventstatusname", T_TXT), ("createdby", T_BIG),
        ("createdbyusername", T_TXT), ("contactscontactid", T_BIG), ("datecreated", T_TS),
        ("datemodified", T_TS)],
    "contactsactivistcodes_mym": [
        ("contactsactivistcodeid", T_BIG), ("statecode", T_TXT), ("vanid", T_BIG), ("activistcodeid", T_INT),
        ("committeeid", T_INT), ("contactscontactid", T_BIG), ("inputtypeid", T_INT), ("contacttypeid", T_INT),
        ("canvassedby", T_BIG), ("username", T_TXT), ("campaignid", T_INT), ("contentid", T_INT),
        ("datecanvassed", T_TS), ("datecreated", T_TS), ("datemodified", T_TS)],
    "contactscodes_mym": [
        ("contactscodeid", T_BIG), ("statecode", T_TXT), ("vanid", T_BIG), ("codeid", T_INT),
        ("committeeid", T_INT), ("inputtypeid", T_INT), ("createdby", T_BIG), ("datecreated", T_TS),
        ("datemodified", T_TS)],
    "contactsonlineforms_mym": [
        ("contactsonlineformid", T_BIG), ("vanid", T_BIG), ("onlineformid", T_INT), ("isnewcontact", T_INT),
        ("marketsource", T_TXT), ("submittedfirstname", T_TXT), ("submittedlastname", T_TXT),
        ("submittedaddressline1", T_TXT), ("submittedcity", T_TXT), ("submittedstateprovince", T_TXT),
        ("submittedpostalcode", T_TXT), ("submittedhomeemail", T_TXT), ("submittedworkemail", T_TXT),
        ("submittedhomephone", T_TXT), ("submittedworkphone", T_TXT), ("submittedmobilephone", T_TXT),
        ("submittedmobilephonecountrycode", T_TXT), ("datecreated", T_TS), ("datemodified", T_TS)],
    "contactscontributions_mym": [
        ("contactscontributionid", T_BIG), ("vanid", T_BIG), ("committeeid", T_INT), ("amount", T_NUM),
        ("paymenttypeid", T_INT), ("contributionstatusid", T_INT), ("financialprogramid", T_INT),
        ("contactsrecurringcontributionid", T_BIG), ("contactsonlineformid", T_BIG),
        ("onlinereferencenumber", T_TXT), ("directmarketingcode", T_TXT), ("datereceived", T_TS),
        ("datecanceled", T_TS), ("datecreated", T_TS), ("datemodified", T_TS)],
}
SURVEY_RESPONSE_COLUMNS: list[tuple[str, str]] = [
    ("contactssurveyresponseid", T_BIG), ("statecode", T_TXT), ("vanid", T_BIG), ("contactscontactid", T_BIG),
    ("surveyquestionid", T_INT), ("surveyresponseid", T_INT), ("inputtypeid", T_INT), ("contacttypeid", T_INT),
    ("committeeid", T_INT), ("canvassedby", T_BIG), ("username", T_TXT), ("campaignid", T_INT),
    ("contentid", T_INT), ("datecanvassed", T_TS), ("datecreated", T_TS), ("datemodified", T_TS)]
COLUMNS["contactssurveyresponses_mym"] = SURVEY_RESPONSE_COLUMNS
COLUMNS["contactssurveyresponses_vf"] = SURVEY_RESPONSE_COLUMNS


def contacts_contact_id(conversation_id: int) -> int:
    """The VAN contactscontactid of a world conversation synced to VAN.

    A pure function of the conversation, so van.py can number its copies of synced
    conversations the same way; until it does, these ids do not join its contactscontacts.
    """
    return CONTACTS_CONTACT_ID_BASE + conversation_id


def staff_users(world: World) -> list[tuple[int, str, int]]:
    """(userid, username, human_id) of the org's staff VAN users, one per organizer.

    A pure function of the world (no randomness), so van.py can give its users the same ids.
    """
    users = []
    for index, organizer in enumerate(world.organizers):
        human = world.human(organizer.human_id)
        username = f"{human.first_name[0]}{human.last_name}".lower().replace(" ", "").replace("'", "")
        users.append((STAFF_USER_BASE + index, username, human.human_id))
    return users


def _waking(moment: datetime) -> datetime:
    """Move a time forward into 08:00-22:59 (data entry hours; never inside a DST change)."""
    if moment.hour < 8:
        return moment.replace(hour=8)
    if moment.hour == 23:
        return (moment + timedelta(days=1)).replace(hour=8)
    return moment


def _no_dst_gap(value: Any) -> Any:
    """A naive local time that exists in America/New_York (02:xx on the spring-forward Sunday does not)."""
    if isinstance(value, datetime) and value.month == 3 and value.weekday() == 6 and 8 <= value.day <= 14 \
            and value.hour == 2:
        return value + timedelta(hours=1)
    return value


def _after(rng: random.Random, moment: datetime, min_minutes: int, max_minutes: int) -> datetime:
    return _waking(moment + timedelta(minutes=rng.randrange(min_minutes, max_minutes + 1),
                                      seconds=rng.randrange(60)))


class _Activity:
    """Builds every table; one instance per emit call."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.rng = world.rng("van_activity")
        self.out = ToolOutput(TOOL)
        self.rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.staff = staff_users(world)
        self.staff_by_district: dict[int, tuple[int, str, int]] = {}
        for index, organizer in enumerate(world.organizers):
            for district in organizer.house_districts:
                self.staff_by_district[district] = self.staff[index]
        self.members = [h for h in world.humans if h.van_id_myc is not None]
        self.members_by_household: dict[int, list[Human]] = defaultdict(list)
        for human in self.members:
            self.members_by_household[human.household_id].append(human)
        self.next_id: dict[str, int] = {
            "signup": 3_000_001, "status": 6_000_001, "activist": 12_000_001, "code": 15_000_001,
            "form": 18_000_001, "response": 20_000_001, "response_vf": 20_000_001, "contribution": 25_000_001,
            "recurring": 27_000_001, "location": 55_001, "shift": 95_001,
            # Accidental duplicate events get ids above every real one.
            "duplicate_event": max((e.event_id for e in world.events), default=700_000) // 10_000 * 10_000 + 90_001,
        }
        self.van_events: dict[int, Event] = {}
        self.event_forms: dict[int, int] = {}

    def new_id(self, kind: str, step: int = 1) -> int:
        value = self.next_id[kind]
        self.next_id[kind] += step
        return value

    def staff_for(self, human: Human) -> tuple[int, str, int]:
        return self.staff_by_district.get(human.house_district) or self.staff[0]

    # -- lookups -------------------------------------------------------------------------------------

    def lookups(self) -> None:
        for code_id, kind, name, description, active in ACTIVIST_CODES:
            self.rows["activistcodes"].append({
                "activistcodeid": code_id, "activistcodetype": kind, "activistcodename": name,
                "activistcodedescription": description, "committeeid": COMMITTEE_ID, "active": active})
        for question_id, kind, name, text, cycle, active, responses in SURVEY_QUESTIONS:
            self.rows["surveyquestions"].append({
                "surveyquestionid": question_id, "cycle": cycle, "surveyquestiontype": kind, "surveyquestionname": name,
                "surveyquestiontext": text, "createdcommitteeid": COMMITTEE_ID, "active": active})
            for response_id, response_name in responses:
                self.rows["surveyresponses"].append({
                    "surveyquestionid": question_id, "surveyresponseid": response_id,
                    "surveyresponsename": response_name})
        for name, status_id in EVENT_STATUSES.items():
            self.rows["eventstatuses"].append({"eventstatusid": status_id, "eventstatusname": name})
        created = CYCLE_START - timedelta(days=90)
        for form_id, name, type_id, active in ONLINE_FORMS:
            self.rows["onlineforms"].append({
                "onlineformid": form_id, "onlineformname": name, "onlineformtypeid": type_id,
                "onlineformurl": f"https://secure.everyaction.com/{form_id:x}", "committeeid": COMMITTEE_ID,
                "eventid": None, "campaignid": CAMPAIGN_ID, "isactive": active, "datecreated": created,
                "datemodified": created + timedelta(days=2)})

    # -- events, signups, statuses -------------------------------------------------------------------

    def events(self) -> None:
        rng = self.rng
        mobilize_user = INTEGRATION_USERS["mobilize"]
        for event in self.world.events:
            if not event.on_van:
                continue
            self.van_events[event.event_id] = event
            calendar_id, calendar_name = EVENT_CALENDARS[event.kind]
            host = self.world.human(event.host_human_id)
            if event.on_mobilize:
                creator = mobilize_user
            else:
                creator = self.staff_for(host)[:2]
            created = event.created_at
            modified = _after(rng, created, 5, 60 * 24 * 3)
            row = {
                "eventid": event.event_id, "eventcalendarid": calendar_id, "eventcalendarname": calendar_name,
                "eventname": event.title, "eventshortname": event.title[:12],
                "eventdescription": rng.choice(["", None, f"Join us in {event.county} County!",
                                             f"{calendar_name} with the {host.last_name} team"]),
                "dateoffsetbegin": event.starts_at, "dateoffsetend": event.ends_at, "createdby": creator[0],
                "createdbyusername": creator[1], "createdbycommitteeid": COMMITTEE_ID, "campaignid": CAMPAIGN_ID,
                "eventrepetitionid": None,
                "ispublicwebsiteviewable": 1 if event.on_mobilize or rng.random() < 0.5 else 0,
                "datecreated": created, "datemodified": modified, "datesuppressed": None}
            roll = rng.random()
            if len(self.van_events) == 2:
                roll = 0.0  # every world, however small, has at least one of each quirk
            elif len(self.van_events) == 3:
                roll = 0.15
            if roll < 0.12:
                # Re-delivered: the first delivery still had the old start time (the event was moved).
                old = dict(row, dateoffsetbegin=event.starts_at - timedelta(hours=1),
                           dateoffsetend=event.ends_at - timedelta(hours=1), datemodified=created)
                row["datemodified"] = _after(rng, created, 60 * 24, 60 * 24 * 10)
                self.rows["events"].append(old)
            elif roll < 0.18:
                # An accidental duplicate, deleted a little later (suppressed).
                duplicate_at = _after(rng, created, 1, 30)
                self.rows["events"].append(dict(
                    row, eventid=self.new_id("duplicate_event", rng.randrange(1, 4)), datecreated=duplicate_at,
                    datemodified=_after(rng, duplicate_at, 60, 600), datesuppressed=_after(rng, duplicate_at, 60, 600)))
            self.rows["events"].append(row)
            if not event.on_mobilize:
                # Events not on Mobilize get a VAN online signup form.
                form_id = EVENT_FORM_BASE + len(self.van_events)
                self.rows["onlineforms"].append({
                    "onlineformid": form_id, "onlineformname": f"RSVP: {event.title}", "onlineformtypeid": 4,
                    "onlineformurl": f"https://secure.everyaction.com/{form_id:x}", "committeeid": COMMITTEE_ID,
                    "eventid": event.event_id, "campaignid": CAMPAIGN_ID, "isactive": 0, "datecreated": created,
                    "datemodified": modified})
                self.event_forms[event.event_id] = form_id

    def signups(self) -> None:
        rng = self.rng
        locations: dict[int, tuple[int, int]] = {}
        for signup in self.world.signups:
            event = self.van_events.get(signup.event_id)
            human = self.world.human(signup.human_id)
            if event is None or human.van_id_myc is None:
                continue
            if event.event_id not in locations:
                locations[event.event_id] = (self.new_id("location"), self.new_id("shift"))
                host = self.world.human(event.host_human_id)
                if host.van_id_myc is not None:
                    self.signup(event, host, "Host", ["Scheduled", "Confirmed", "Completed"], event.created_at,
                                "staff", locations[event.event_id])
            form_id = self.event_forms.get(event.event_id)
            channel = "mobilize" if signup.via_mobilize else "staff"
            if form_id is not None and rng.random() < 0.6:
                # An RSVP through the event's VAN form: a form submission and a web signup.
                channel = "form"
                self.form(human, form_id, signup.signed_up_at)
            history = self.history(signup.status, signup.attended, channel, rng)
            self.signup(event, human, signup.role, history, signup.signed_up_at, channel, locations[event.event_id])
            if rng.random() < 0.03:
                # A duplicate signup for the same shift, deleted by staff (suppressed).
                self.signup(event, human, signup.role, ["Scheduled"], signup.signed_up_at, "staff",
                            locations[event.event_id], suppressed=True)

    @staticmethod
    def history(status: str, attended: bool | None, channel: str, rng: random.Random) -> list[str]:
        """The status names a signup went through, oldest first."""
        if attended and rng.random() < 0.06:
            return ["Walk In", "Completed"]
        names = ["Sched-Web" if channel == "form" else "Scheduled"]
        if status == "CONFIRMED":
            if rng.random() < 0.2:
                names.append("Left Msg")
            names.append("Confirmed")
            if rng.random() < 0.1:
                names.append("Conf Twice")
        if status == "CANCELLED":
            names.append("Declined" if rng.random() < 0.2 else "Cancelled")
            return names
        if attended is True:
            names.append("Completed")
        elif attended is False:
            names.append("No Show")
        return names

    def status_times(self, event: Event, history: list[str], signed_up_at: datetime) -> list[datetime]:
        """When each status was entered: signup, then before the event, then after it (data entry lag).

        A walk-in is entered after the event as "Walk In" and "Completed" in the same second.
        """
        rng = self.rng
        times: list[datetime] = []
        moment = signed_up_at
        for index, name in enumerate(history):
            if name == "Walk In":
                moment = _after(rng, event.ends_at, 10, 60 * 48)
            elif index == 0 or history[0] == "Walk In":
                pass
            elif name in ("Completed", "No Show"):
                moment = _after(rng, max(moment, event.ends_at), 10, 60 * 48)
            else:
                span = int((event.starts_at - moment).total_seconds() // 60) - 30
                moment = _after(rng, moment, 1, max(1, min(span, 60 * 24 * 5)))
            times.append(moment)
        return times

    def signup(self, event: Event, human: Human, role: str, history: list[str], signed_up_at: datetime,
               channel: str, locations: tuple[int, int], suppressed: bool = False) -> None:
        rng = self.rng
        staff = self.staff_for(human)
        signup_id = self.new_id("signup", rng.randrange(1, 3))
        web_user = INTEGRATION_USERS["online_forms" if channel == "form" else "mobilize"]
        creator = staff[:2] if channel == "staff" else web_user
        times = self.status_times(event, history, signed_up_at)
        status_ids = []
        for index, (name, created) in enumerate(zip(history, times, strict=True)):
            status_id = self.new_id("status")
            status_ids.append(status_id)
            by = creator if index == 0 else staff[:2]
            row = {
                "eventsignupseventstatusid": status_id, "statecode": STATE, "eventsignupid": signup_id,
                "eventstatusid": EVENT_STATUSES[name], "eventstatusname": name, "createdby": by[0],
                "createdbyusername": by[1], "contactscontactid": None, "datecreated": created, "datemodified": created}
            if rng.random() < 0.04:
                # Re-delivered status row; the older copy lacked the creator's username.
                self.rows["eventsignupsstatuses_mym"].append(dict(row, createdbyusername=None))
                row["datemodified"] = _after(rng, created, 30, 60 * 24 * 7)
            self.rows["eventsignupsstatuses_mym"].append(row)
        row = {
            "eventsignupid": signup_id, "statecode": STATE, "eventid": event.event_id, "vanid": human.van_id_myc,
            "eventshiftid": locations[1], "locationid": locations[0], "eventroleid": EVENT_ROLES[role],
            "eventrolename": role,
            "currenteventsignupseventstatusid": status_ids[-1], "createdby": creator[0],
            "canvassedby": staff[0] if channel == "staff" else None,
            "inputtypeid": {"staff": INPUT_VPB, "form": INPUT_FORM, "mobilize": INPUT_API}[channel],
            "datetimeoffsetbegin": event.starts_at, "datetimeoffsetend": event.ends_at, "datemodified": times[-1],
            "datesuppressed": None}
        if suppressed:
            row["datesuppressed"] = _after(rng, times[-1], 30, 60 * 24 * 2)
            row["datemodified"] = row["datesuppressed"]
        elif len(times) > 1 and times[-2] < times[-1] and rng.random() < 0.25:
            # Re-delivered: the first delivery still pointed at an earlier status.
            self.rows["eventsignups_mym"].append(dict(
                row, currenteventsignupseventstatusid=status_ids[-2], datemodified=times[-2]))
        self.rows["eventsignups_mym"].append(row)
        if history[-1] == "Completed" and rng.random() < 0.7:
            self.activist_code(human, "Event Attendee", _after(rng, times[-1], 5, 60 * 24 * 3), INPUT_BULK)

    # -- activist codes, source codes, survey responses ------------------------------------------------

    def activist_code(self, human: Human, name: str, when: datetime, input_type: int,
                      contact_id: int | None = None, contact_type: int | None = None) -> None:
        rng = self.rng
        staff = self.staff_for(human)
        row = {
            "contactsactivistcodeid": self.new_id("activist", rng.randrange(1, 3)), "statecode": STATE,
            "vanid": human.van_id_myc, "activistcodeid": AC[name], "committeeid": COMMITTEE_ID,
            "contactscontactid": contact_id,
            "inputtypeid": input_type, "contacttypeid": contact_type, "canvassedby": staff[0] if contact_id else None,
            "username": staff[1], "campaignid": CAMPAIGN_ID if contact_id else None, "contentid": None,
            "datecanvassed": when, "datecreated": when, "datemodified": when}
        if rng.random() < 0.04:
            self.rows["contactsactivistcodes_mym"].append(dict(row))
            row["datemodified"] = _after(rng, when, 60, 60 * 24 * 20)
        self.rows["contactsactivistcodes_mym"].append(row)

    def member_codes(self) -> None:
        rng = self.rng
        for human in self.members:
            joined = self.world.random_time(rng, end=CYCLE_START + timedelta(days=200))
            if rng.random() < 0.92:
                self.activist_code(human, "Member", joined, INPUT_BULK)
                if rng.random() < 0.02:
                    # The same code applied twice (two bulk uploads): two rows, two ids.
                    self.activist_code(human, "Member", _after(rng, joined, 60 * 24, 60 * 24 * 30), INPUT_BULK)
            if human.is_volunteer:
                self.activist_code(human, "Volunteer", self.world.random_time(rng), INPUT_VPB)
                if rng.random() < 0.3:
                    self.activist_code(human, "Volunteer 2024", datetime(2024, 9, 1, 10) + timedelta(
                        days=rng.randrange(60), minutes=rng.randrange(600)), INPUT_VPB)
            if human.is_leader:
                self.activist_code(human, "Leader", self.world.random_time(rng), INPUT_VPB)
            if rng.random() < 0.04:
                self.activist_code(human, "Union Member", self.world.random_time(rng), INPUT_BULK)
            if rng.random() < 0.35:
                for code_id in rng.sample(SOURCE_CODES, k=rng.choice([1, 1, 2])):
                    staff = self.staff_for(human)
                    when = self.world.random_time(rng)
                    row = {
                        "contactscodeid": self.new_id("code"), "statecode": STATE, "vanid": human.van_id_myc,
                        "codeid": code_id, "committeeid": COMMITTEE_ID,
                        "inputtypeid": rng.choice([INPUT_BULK, INPUT_VPB]), "createdby": staff[0],
                        "datecreated": when, "datemodified": when}
                    if rng.random() < 0.05:
                        self.rows["contactscodes_mym"].append(dict(row))
                        row["datemodified"] = _after(rng, when, 60, 60 * 24 * 30)
                    self.rows["contactscodes_mym"].append(row)

    def survey_response(self, table: str, vanid: int, question: int, response: int, when: datetime,
                        input_type: int, contact_type: int | None, contact_id: int | None,
                        user: tuple[int | None, str | None], created: datetime | None = None) -> None:
        rng = self.rng
        created = created or when
        row = {
            "contactssurveyresponseid": self.new_id("response_vf" if table.endswith("_vf") else "response",
                                                 rng.randrange(1, 3)),
            "statecode": STATE, "vanid": vanid, "contactscontactid": contact_id, "surveyquestionid": question,
            "surveyresponseid": response, "inputtypeid": input_type, "contacttypeid": contact_type,
            "committeeid": COMMITTEE_ID, "canvassedby": user[0], "username": user[1], "campaignid": CAMPAIGN_ID,
            "contentid": None, "datecanvassed": when,
            "datecreated": created, "datemodified": created}
        if rng.random() < 0.05:
            self.rows[table].append(dict(row))
            row["datemodified"] = _after(rng, created, 60, 60 * 24 * 14)
        self.rows[table].append(row)

    def responses(self) -> None:
        rng = self.rng
        questions = {q[2]: q for q in SURVEY_QUESTIONS}
        support = [r for r, _ in questions["Support 1-5"][6]]
        issues = [r for r, _ in questions["Top Issue"][6]]
        volunteer = [r for r, _ in questions["Volunteer Ask"][6]]
        vote_plan = [r for r, _ in questions["Vote Plan"][6]]
        # Texting and dialer conversations synced to VAN by their integration user.
        for conversation in self.world.conversations:
            if not conversation.synced_to_van or conversation.result != "canvassed":
                continue
            human = self.world.human(conversation.human_id)
            if human.van_id_myc is not None:
                table, vanid = "contactssurveyresponses_mym", human.van_id_myc
            elif human.van_id_myv is not None:
                table, vanid = "contactssurveyresponses_vf", human.van_id_myv
            else:
                continue
            user = INTEGRATION_USERS.get(conversation.tool, (None, None))
            username = user[1] if rng.random() < 0.7 else rng.choice(["", None])
            when = _after(rng, conversation.started_at, 1, 40)
            created = _after(rng, when, 0, 180)
            contact_id = contacts_contact_id(conversation.conversation_id)
            contact_type = CONTACT_TYPE_BY_CHANNEL.get(conversation.channel, CONTACT_PHONE)
            self.survey_response(table, vanid, questions["Support 1-5"][0], rng.choices(support, SUPPORT_WEIGHTS)[0],
                                 when, INPUT_API, contact_type, contact_id, (user[0], username), created)
            if rng.random() < 0.35:
                self.survey_response(table, vanid, questions["Top Issue"][0], rng.choice(issues), when, INPUT_API,
                                     contact_type, contact_id, (user[0], username), created)
        # Paper door-canvass sheets bulk-uploaded into MyVoters: no contact attempt id, no canvasser.
        for human in self.world.humans:
            if human.van_id_myv is None or rng.random() >= 0.08:
                continue
            staff = self.staff_for(human)
            when = self.world.random_time(rng).replace(hour=rng.randrange(10, 19))
            uploaded = _after(rng, when, 60 * 24, 60 * 24 * 10)
            self.survey_response("contactssurveyresponses_vf", human.van_id_myv, questions["Support 1-5"][0],
                                 rng.choices(support, SUPPORT_WEIGHTS)[0], when, INPUT_BULK, CONTACT_WALK, None,
                                 (None, staff[1]), uploaded)
            if rng.random() < 0.3:
                self.survey_response("contactssurveyresponses_vf", human.van_id_myv, questions["Vote Plan"][0],
                                     rng.choice(vote_plan), when, INPUT_BULK, CONTACT_WALK, None, (None, staff[1]),
                                     uploaded)
        # Volunteer asks of members, entered by their organizer in VPB.
        for human in self.members:
            if rng.random() >= 0.15:
                continue
            staff = self.staff_for(human)
            when = self.world.random_time(rng)
            answer = volunteer[0] if human.is_volunteer else rng.choice(volunteer)
            self.survey_response("contactssurveyresponses_mym", human.van_id_myc, questions["Volunteer Ask"][0],
                                 answer, when, INPUT_VPB, CONTACT_PHONE, None, staff[:2])
            if rng.random() < 0.1:
                # A 2024 answer still sitting on the record.
                self.survey_response("contactssurveyresponses_mym", human.van_id_myc, questions["Support 2024"][0],
                                     rng.choice([810_051, 810_052]), datetime(2024, 10, 1, 11) + timedelta(
                                         days=rng.randrange(30)), INPUT_VPB, CONTACT_WALK, None, staff[:2])

    # -- online forms and contributions ----------------------------------------------------------------

    def form(self, human: Human, form_id: int, when: datetime, new_contact: bool = False,
             vanid: int | None = None, email: str | None = None) -> int:
        """One form submission as typed by the human; returns its contactsonlineformid.

        vanid is the record VAN filed it under and email the mailbox typed: the human's own
        unless given (a housemate's shared mailbox).
        """
        rng = self.rng
        form_row_id = self.new_id("form", rng.randrange(1, 4))
        vanid = vanid or human.van_id_myc
        email = email or human.email
        blank = "" if rng.random() < 0.3 else None
        email = messy.email_variant(email, rng) if email and rng.random() < 0.95 else blank
        mobile = messy.phone_format(human.cell, rng) if human.cell and rng.random() < 0.75 else blank
        home = messy.phone_format(human.landline, rng) if human.landline and rng.random() < 0.4 else blank
        petition = form_id in (FORM_WAGE, FORM_SCHOOLS)
        address = None if petition and rng.random() < 0.6 else messy.casing(human.address_line, rng)
        zip_code = human.zip5
        if human.zip4 and rng.random() < 0.2:
            zip_code = f"{human.zip5}-{human.zip4}"
        row = {
            "contactsonlineformid": form_row_id, "vanid": vanid, "onlineformid": form_id,
            "isnewcontact": 1 if new_contact else 0,
            "marketsource": rng.choice(MARKET_SOURCES),
            "submittedfirstname": messy.first_name_variant(human.first_name, rng),
            "submittedlastname": messy.last_name_variant(human.last_name, rng), "submittedaddressline1": address,
            "submittedcity": None if address is None else human.city,
            "submittedstateprovince": None if address is None else rng.choice(
                [STATE, STATE, STATE.title(), "Pennsylvania"]),
            "submittedpostalcode": zip_code if rng.random() < 0.97 else f" {zip_code}",
            "submittedhomeemail": email,
            "submittedworkemail": human.work_email if human.work_email and rng.random() < 0.5 else None,
            "submittedhomephone": home, "submittedworkphone": None,
            "submittedmobilephone": mobile, "submittedmobilephonecountrycode": "1" if mobile else None,
            "datecreated": when, "datemodified": when}
        if rng.random() < 0.04:
            # Re-delivered after VAN's nightly match touched the row.
            self.rows["contactsonlineforms_mym"].append(dict(row))
            row["datemodified"] = _after(rng, when, 60 * 6, 60 * 24 * 2)
        self.rows["contactsonlineforms_mym"].append(row)
        self.out.person_records.append(("contactsonlineforms_mym", str(form_row_id), human.human_id))
        if rng.random() < 0.01:
            # Double-click: the same submission twice, seconds apart, with its own id.
            twin_id = self.new_id("form")
            self.rows["contactsonlineforms_mym"].append(dict(
                row, contactsonlineformid=twin_id, datecreated=when + timedelta(seconds=2),
                datemodified=when + timedelta(seconds=2)))
            self.out.person_records.append(("contactsonlineforms_mym", str(twin_id), human.human_id))
        return form_row_id

    def forms(self) -> None:
        rng = self.rng
        for human in self.members:
            if rng.random() < 0.25:
                self.form(human, FORM_JOIN, self.world.random_time(rng, end=CYCLE_START + timedelta(days=120)),
                          new_contact=rng.random() < 0.5)
            if rng.random() < 0.3:
                form_id = FORM_SCHOOLS if rng.random() < 0.3 else FORM_WAGE
                when = self.world.random_time(rng)
                self.form(human, form_id, when)
                if rng.random() < 0.6:
                    self.activist_code(human, "Petition Signer", _after(rng, when, 0, 2), INPUT_FORM)
            if human.is_volunteer and rng.random() < 0.4:
                self.form(human, FORM_VOLUNTEER, self.world.random_time(rng))
        # Someone without a VAN record signs a petition with the mailbox of the member they live
        # with: VAN matches the email and files the submission under the member's VAN id.
        for human in self.world.humans:
            housemates = self.members_by_household.get(human.household_id)
            if human.van_id_myc is not None or not housemates or rng.random() >= 0.08:
                continue
            member = rng.choice(housemates)
            if member.email:
                self.form(human, FORM_WAGE, self.world.random_time(rng), vanid=member.van_id_myc,
                          email=member.email)

    def contributions(self) -> None:
        rng = self.rng
        amounts = [Decimal(v) for v in ("5", "10", "15", "20.26", "25", "27", "50", "100", "250")]
        for human in self.members:
            roll = rng.random()
            if roll >= 0.27:
                continue
            gifts: list[dict[str, Any]] = []
            if roll < 0.05:
                # A monthly sustainer: one form submission, then monthly installments.
                start = self.world.random_time(rng, end=CYCLE_START + timedelta(days=150))
                form_row_id = self.form(human, FORM_SUSTAINER, start)
                recurring = self.new_id("recurring")
                amount = rng.choice(amounts[:6])
                months = rng.randrange(2, 11)
                for month in range(months):
                    when = start + timedelta(days=30 * month)
                    if when > ELECTION_DAY:
                        break
                    gifts.append({
                        "amount": amount, "paymenttypeid": PAY_CARD, "contactsrecurringcontributionid": recurring,
                        "contactsonlineformid": form_row_id if month == 0 else None, "datereceived": when,
                        "onlinereferencenumber": f"EA{recurring:x}{month:02d}".upper(),
                        "directmarketingcode": "SUSTAIN"})
            else:
                for _ in range(rng.choice([1, 1, 1, 2, 3])):
                    when = self.world.random_time(rng)
                    online = rng.random() < 0.7
                    gifts.append({
                        "amount": rng.choice(amounts),
                        "paymenttypeid": PAY_CARD if online else rng.choice([PAY_CASH, PAY_CHECK]),
                        "contactsrecurringcontributionid": None,
                        "contactsonlineformid": self.form(human, FORM_DONATE, when) if online else None,
                        "datereceived": when, "onlinereferencenumber": None,
                        "directmarketingcode": rng.choice([None, "SPRINGAPPEAL", "GOTV26", "EVENTTABLE"])})
            for gift in gifts:
                when = gift["datereceived"]
                created = when if gift["paymenttypeid"] == PAY_CARD else _after(rng, when, 60 * 24, 60 * 24 * 10)
                status_roll = rng.random()
                status = STATUS_SETTLED
                canceled = None
                if status_roll < 0.03:
                    status, canceled = STATUS_REFUNDED, _after(rng, created, 60 * 24, 60 * 24 * 20)
                elif status_roll < 0.06:
                    status = STATUS_DECLINED
                elif when > ELECTION_DAY - timedelta(days=5):
                    status = STATUS_PENDING
                if gift["onlinereferencenumber"] is None and gift["paymenttypeid"] == PAY_CARD:
                    gift["onlinereferencenumber"] = f"EA{rng.getrandbits(40):x}".upper()
                row = dict(
                    gift, contactscontributionid=self.new_id("contribution", rng.randrange(1, 3)),
                    vanid=human.van_id_myc, committeeid=COMMITTEE_ID, contributionstatusid=status,
                    financialprogramid=1, datecanceled=canceled, datecreated=created,
                    datemodified=canceled or created)
                if canceled is not None or rng.random() < 0.03:
                    # Re-delivered: the first delivery was the gift before its refund (or a later edit).
                    old = dict(row, contributionstatusid=STATUS_SETTLED if canceled else status, datecanceled=None,
                               datemodified=created)
                    if canceled is None:
                        row["datemodified"] = _after(rng, created, 60, 60 * 24 * 5)
                    self.rows["contactscontributions_mym"].append(old)
                self.rows["contactscontributions_mym"].append(row)
            if rng.random() < 0.8:
                self.activist_code(human, "Donor", _after(rng, gifts[0]["datereceived"] if gifts else CYCLE_START,
                                                          60, 60 * 24 * 7), INPUT_BULK)

    def build(self) -> ToolOutput:
        self.lookups()
        self.events()
        self.signups()
        self.member_codes()
        self.responses()
        self.forms()
        self.contributions()
        for name, columns in COLUMNS.items():
            table: Table = self.out.table(name, columns)
            names = table.column_names
            known = set(names)
            times = [index for index, (_, kind) in enumerate(columns) if kind == T_TS]
            for row in self.rows[name]:
                if not row.keys() <= known:
                    raise KeyError(f"{name}: unknown columns {sorted(set(row) - known)}")
                values = [row.get(column) for column in names]
                for index in times:
                    values[index] = _no_dst_gap(values[index])
                table.rows.append(tuple(values))
        return self.out


def emit(world: World) -> ToolOutput:
    """Every VAN activity table of the world (tool "van"; merged with van.py's tables)."""
    return _Activity(world).build()


__all__ = [
    "CAMEL_COLUMNS_ACTIVITY",
    "CAMEL_TABLES_ACTIVITY",
    "INTEGRATION_USERS",
    "contacts_contact_id",
    "emit",
    "staff_users",
]
