"""NGP VAN core: people, contact details, contact attempts, users and lookups.

Emits the VAN bulk-sync tables the way a TMC-style hub lands them: per-mode
tables carry their database-mode suffix (`_vf` MyVoters, `_mym` MyCampaign),
lookups are unsuffixed. Times are naive America/New_York local times, as the
sync delivers them.

Quirks reproduced (see shared vendor notes, section 1):
- MyVoters ids are state-scoped and MyCampaign ids instance-scoped; attempt ids
  of `_vf` and `_mym` come from separate sequences and overlap on purpose.
- Door knocks and VPB calls by volunteers carry a public user id in
  `canvassedby` and a blank `username` ('' or null); staff calls carry the
  staff user and username; texting and dialer copies carry the integration user.
- The synced results lookup lacks ids used in transactions (10, 132, 141).
- Re-delivered rows (same id, later `datemodified`, changed values) in
  contacts, contactscontacts, contactsphones and contactsemails.
- Suppressed rows (`datesuppressed`), some only in a later re-delivery.
- MyCampaign duplicates: merged ones logged in contactsdeduped, a few not yet.
- Phones with formatting, junk phones, a shared office line and mailbox.

Ids beyond the result, contact-type and input-type codes documented in
public queries are synthetic.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from ..messy import casing, email_variant, first_name_variant, last_name_variant, maybe, phone_format, typo
from ..spec import Table, ToolOutput
from ..world import CYCLE_START, ELECTION_DAY, ORG_DOMAIN, ORG_NAME, STATE, Conversation, Human, World
from .van_activity import INTEGRATION_USERS, contacts_contact_id, staff_users

TOOL = "van"
LOCAL_TZ = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")

COMMITTEE_ID = 60_001
C3_COMMITTEE_ID = 60_002
OFFICE_PHONE = "2158830142"
OFFICE_EMAIL = f"info@{ORG_DOMAIN}"
JUNK_PHONES = ("0000000000", "9999999999", "1234567890")

# VAN's do-not-contact flags on contacts: the demo's people asked for no VAN-level block (their
# opt-outs live in the texting tools), so every record carries 0.
NO_CONTACT_FLAGS = {"nocall": 0, "noemail": 0, "nomail": 0, "notext": 0}

# Columns per base table (the name the source yml declares), in emitted order.
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "contacts": [
        ("statecode", "varchar"), ("vanid", "bigint"), ("firstname", "varchar"), ("middlename", "varchar"),
        ("lastname", "varchar"), ("suffix", "varchar"), ("streetno", "varchar"), ("streetname", "varchar"),
        ("aptno", "varchar"), ("city", "varchar"), ("state", "varchar"), ("zip5", "varchar"), ("zip4", "varchar"),
        ("vaddress", "varchar"), ("phone", "varchar"), ("dob", "date"), ("sex", "varchar"),
        ("countyname", "varchar"), ("precinctname", "varchar"), ("hdname", "varchar"), ("sdname", "varchar"),
        ("employername", "varchar"), ("occupationname", "varchar"), ("committeeid", "integer"),
        ("phoneid", "bigint"), ("emailid", "bigint"), ("maddressid", "bigint"), ("createdby", "bigint"),
        ("datecreated", "timestamp"), ("datemodified", "timestamp"), ("nocall", "integer"), ("noemail", "integer"),
        ("nomail", "integer"), ("notext", "integer"), ("datesuppressed", "timestamp"),
    ],
    "contactscontacts": [
        ("contactscontactid", "bigint"), ("vanid", "bigint"), ("statecode", "varchar"), ("resultid", "integer"),
        ("contacttypeid", "integer"), ("inputtypeid", "integer"), ("committeeid", "integer"),
        ("personcommitteeid", "integer"), ("canvassedby", "bigint"), ("username", "varchar"),
        ("createdby", "bigint"), ("datecanvassed", "timestamp"), ("datecreated", "timestamp"),
        ("datemodified", "timestamp"), ("campaignid", "integer"), ("contentid", "integer"),
        ("contactsphoneid", "bigint"),
    ],
    "contactsphones": [
        ("statecode", "varchar"), ("contactsphoneid", "bigint"), ("vanid", "bigint"), ("phone", "varchar"),
        ("phonetypeid", "integer"), ("iscellstatusid", "integer"), ("countrycode", "varchar"),
        ("createdby", "bigint"), ("datecreated", "timestamp"), ("datemodified", "timestamp"),
        ("datesuppressed", "timestamp"),
    ],
    "contactsemails": [
        ("statecode", "varchar"), ("contactsemailid", "bigint"), ("vanid", "bigint"), ("email", "varchar"),
        ("emailtypeid", "integer"), ("committeeid", "integer"), ("createdby", "bigint"),
        ("datecreated", "timestamp"), ("datemodified", "timestamp"), ("datesuppressed", "timestamp"),
    ],
    "contactsaddresses": [
        ("statecode", "varchar"), ("contactsaddressid", "bigint"), ("vanid", "bigint"),
        ("addressline1", "varchar"), ("addressline2", "varchar"), ("city", "varchar"), ("state", "varchar"),
        ("zip5", "varchar"), ("zip4", "varchar"), ("createdby", "bigint"), ("datecreated", "timestamp"),
        ("datemodified", "timestamp"), ("datesuppressed", "timestamp"),
    ],
    "contactsdeduped": [
        ("contactsdedupedid", "bigint"), ("vanid", "bigint"), ("dupvanid", "bigint"), ("dedupedby", "bigint"),
        ("datededuped", "timestamp"), ("datemodified", "timestamp"),
    ],
    "voterfiledwidlookup": [("vanid", "bigint"), ("statecode", "varchar"), ("dwid", "bigint")],
    "users": [
        ("userid", "bigint"), ("username", "varchar"), ("firstname", "varchar"), ("lastname", "varchar"),
        ("canvassername", "varchar"), ("email", "varchar"), ("cellphone", "varchar"),
    ],
    "publicusers": [
        ("publicuserid", "bigint"), ("publicusername", "varchar"), ("vanid", "bigint"),
        ("committeeid", "integer"), ("datecreated", "timestamp"),
    ],
    "results": [("resultid", "integer"), ("resultshortname", "varchar"), ("resultdescription", "varchar")],
    "contacttypes": [("contacttypeid", "integer"), ("contacttypename", "varchar")],
    "inputtypes": [("inputtypeid", "integer"), ("inputtypename", "varchar")],
    "committees": [
        ("committeeid", "integer"), ("committeename", "varchar"), ("committeeshortname", "varchar"),
        ("committeetypename", "varchar"), ("parentcommitteeid", "integer"), ("mastercommitteeid", "integer"),
        ("active", "integer"),
    ],
    "campaigns": [
        ("campaignid", "integer"), ("campaignname", "varchar"), ("campaigndescription", "varchar"),
        ("committeeid", "integer"), ("campaigntypeid", "integer"), ("campaigntypename", "varchar"),
        ("createdby", "bigint"), ("isactive", "integer"), ("datecreated", "timestamp"),
    ],
}

# The words VAN's CamelCase syncs (e.g. TSM_OneAZ_ContactsContacts_VF) build names from.
_WORDS = {
    "contacts": "Contacts", "contact": "Contact", "canvassed": "Canvassed",
    "canvasser": "Canvasser", "van": "Van", "id": "ID", "dwid": "DWID", "date": "Date", "created": "Created",
    "modified": "Modified", "suppressed": "Suppressed", "deduped": "Deduped", "dup": "Dup", "by": "By",
    "state": "State", "code": "Code", "codes": "Codes", "result": "Result", "results": "Results",
    "short": "Short", "name": "Name", "description": "Description", "type": "Type", "types": "Types",
    "input": "Input", "committee": "Committee", "committees": "Committees", "person": "Person", "user": "User",
    "users": "Users", "public": "Public", "campaign": "Campaign", "campaigns": "Campaigns", "content": "Content",
    "phone": "Phone", "phones": "Phones", "email": "Email", "emails": "Emails", "address": "Address",
    "addresses": "Addresses", "line": "Line", "first": "First", "middle": "Middle", "last": "Last",
    "suffix": "Suffix", "street": "Street", "no": "No", "apt": "Apt", "city": "City", "zip": "Zip",
    "vaddress": "VAddress", "dob": "DOB", "sex": "Sex", "county": "County", "precinct": "Precinct",
    "hd": "HD", "sd": "SD", "employer": "Employer", "occupation": "Occupation", "m": "M", "is": "Is",
    "call": "Call", "mail": "Mail", "text": "Text",
    "cell": "Cell", "status": "Status", "country": "Country", "voter": "Voter", "file": "File",
    "lookup": "Lookup", "parent": "Parent", "master": "Master", "active": "Active", "activist": "Activist",
    "survey": "Survey", "responses": "Responses", "response": "Response", "question": "Question",
    "questions": "Questions", "event": "Event", "events": "Events", "signups": "Signups", "statuses": "Statuses",
    "online": "Online", "forms": "Forms", "form": "Form", "contributions": "Contributions", "notes": "Notes",
}


def _segment(name: str) -> list[str] | None:
    """Split a lower-case VAN name into the fewest known words (digits stand alone); None if impossible."""
    best: dict[int, list[str]] = {len(name): []}
    for i in range(len(name) - 1, -1, -1):
        options = [[name[i]] + best[i + 1]] if name[i].isdigit() and i + 1 in best else []
        options += [[_WORDS[word]] + best[i + len(word)] for word in _WORDS
                    if name.startswith(word, i) and i + len(word) in best]
        if options:
            best[i] = min(options, key=len)
    return best.get(0)


def camel_case(name: str) -> str:
    """A lower-case VAN name in the sync's CamelCase (ContactsContactID); unknown words just capitalised."""
    parts = _segment(name)
    return "".join(parts) if parts is not None else name[:1].upper() + name[1:]


# Read by load.py (layout "hub"): CamelCase names of the MyVoters tables and shared lookups.
CAMEL_TABLES: dict[str, str] = {name: camel_case(name) for name in [
    *COLUMNS, "contactsactivistcodes", "contactssurveyresponses", "contactsnotes", "contactscodes",
    "activistcodes", "surveyquestions", "surveyresponses", "events", "eventsignups", "eventsignupsstatuses",
    "contactsonlineforms", "onlineforms", "contactscontributions", "codes",
]}
CAMEL_COLUMNS: dict[str, str] = {column: camel_case(column) for columns in COLUMNS.values() for column, _ in columns}
MYVOTERS_LOOKUPS: tuple[str, ...] = ("results", "contacttypes", "inputtypes")

# Result codes. 10, 132 and 141 are used by attempts but missing from the synced lookup (S2 seeds them).
RESULTS: dict[int, tuple[str, str]] = {
    1: ("Not Home", "Nobody answered the door or the phone"),
    2: ("Refused", "Refused to talk"),
    3: ("Left Message", "Left a voicemail or message"),
    4: ("Moved", "No longer lives at this address"),
    5: ("Wrong Number", "The number does not reach this person"),
    6: ("Deceased", "Reported deceased"),
    7: ("Busy", "Line busy"),
    8: ("Call Back", "Asked to be called back"),
    14: ("Canvassed", "Had a conversation"),
    18: ("Do Not Text", "Opted out of text messages"),
    19: ("Disconnected", "Number disconnected"),
    20: ("Inaccessible", "Could not reach the door"),
}
MISSING_RESULTS = {10: "Vacant", 132: "No Contact", 141: "Landline"}
CONTACT_TYPES = {1: "Phone", 2: "Walk", 3: "Mail", 19: "Auto Dial", 37: "SMS Text", 81: "Paid Phone"}
INPUT_TYPES = {4: "Manual", 10: "VPB", 11: "API", 14: "Bulk Upload", 27: "MiniVAN", 29: "OpenVPB"}
PHONE = 1
WALK = 2
SMS = 37
MANUAL = 4
VPB = 10
API = 11
MINIVAN = 27
OPENVPB = 29

# Conversation results of the outreach tools (world.py) -> VAN result ids.
CONVERSATION_RESULTS = {"canvassed": 14, "no_response": 132, "opted_out": 18, "wrong_number": 5,
                        "refused": 2, "not_home": 1, "left_message": 3}
DOOR_RESULTS = {1: 45, 14: 28, 2: 8, 4: 4, 10: 3, 20: 8, 6: 1}
CALL_RESULTS = {1: 30, 3: 24, 14: 22, 2: 8, 5: 7, 7: 3, 8: 3, 19: 2, 132: 1}

# The VAN users integrations post through: tool -> (first name, last name). Their user ids and
# usernames come from van_activity.INTEGRATION_USERS, so every VAN table names them alike.
INTEGRATIONS = {
    "spoke": ("Spoke", "Integration"),
    "scale_to_win": ("Scale to Win", "Integration"),
    "thrutext": ("ThruText", "Integration"),
    "hustle": ("Hustle", "Integration"),
    "thrutalk": ("ThruTalk", "Dialer"),
    "mobilize": ("Mobilize", "Integration"),
    "online_forms": ("Online", "Actions"),
}


def to_local(utc_naive: datetime) -> datetime:
    """A UTC-naive time as the naive America/New_York time VAN stores."""
    return utc_naive.replace(tzinfo=UTC).astimezone(LOCAL_TZ).replace(tzinfo=None)


@dataclass
class _Sequence:
    """A VAN id sequence with gaps (deleted or other committees' rows)."""

    next_id: int
    max_gap: int = 3

    def take(self, rng: random.Random) -> int:
        value = self.next_id
        self.next_id += rng.randrange(1, self.max_gap + 1)
        return value


@dataclass
class _State:
    """What the emitter builds up: tables, lookups from humans to VAN ids, and re-deliveries to emit last."""

    out: ToolOutput
    tables: dict[str, Table] = field(default_factory=dict)
    user_of_staff: dict[int, tuple[int, str]] = field(default_factory=dict)
    public_users_of: dict[int, list[int]] = field(default_factory=dict)
    integration_users: dict[str, tuple[int, str]] = field(default_factory=dict)
    campaign_ids: dict[str, int] = field(default_factory=dict)
    admin_user_id: int | None = None
    phone_ids: dict[int, dict[str, int]] = field(default_factory=dict)
    redeliveries: list[tuple[str, dict]] = field(default_factory=list)

    def add(self, table: str, **values: object) -> None:
        self.tables[table].add(**values)


def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    seconds = max(int((end - start).total_seconds()), 1)
    return start + timedelta(seconds=rng.randrange(seconds))


def _cycle_day(rng: random.Random, weekend: bool) -> datetime:
    """A day of the cycle, weighted towards election day (programs ramp up)."""
    days = (ELECTION_DAY - CYCLE_START).days
    day = CYCLE_START + timedelta(days=int(rng.triangular(0, days - 2, days - 2)))
    if weekend and day.weekday() < 5:
        day += timedelta(days=5 - day.weekday() + rng.randrange(2))
    return min(day, ELECTION_DAY - timedelta(days=1))


def _local_time(rng: random.Random, hours: tuple[int, int], weekend: bool = False) -> datetime:
    day = _cycle_day(rng, weekend)
    return day.replace(hour=rng.randrange(*hours), minute=rng.randrange(60), second=rng.randrange(60))


def _weighted(rng: random.Random, weights: dict[int, int]) -> int:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _lookups(state: _State) -> None:
    for result_id, (short, description) in RESULTS.items():
        state.add("results", resultid=result_id, resultshortname=short, resultdescription=description)
    for type_id, name in CONTACT_TYPES.items():
        state.add("contacttypes", contacttypeid=type_id, contacttypename=name)
    for type_id, name in INPUT_TYPES.items():
        state.add("inputtypes", inputtypeid=type_id, inputtypename=name)
    state.add("committees", committeeid=COMMITTEE_ID, committeename=ORG_NAME, committeeshortname="KOP",
              committeetypename="Organization", parentcommitteeid=None, mastercommitteeid=None, active=1)
    state.add("committees", committeeid=C3_COMMITTEE_ID, committeename=f"{ORG_NAME} Education Fund",
              committeeshortname="KOP EF", committeetypename="Organization", parentcommitteeid=COMMITTEE_ID,
              mastercommitteeid=COMMITTEE_ID, active=0)


def _users(world: World, state: _State, rng: random.Random) -> None:
    """Staff users for organizers, integration users, and public users for volunteers (and organizers)."""
    users = _Sequence(1_100_001, 7)
    # Staff ids are a pure function of the world, shared with van_activity (event creators).
    for user_id, username, human_id in staff_users(world):
        human = world.human(human_id)
        state.user_of_staff[human.human_id] = (user_id, username)
        state.add("users", userid=user_id, username=username, firstname=human.first_name,
                  lastname=human.last_name, canvassername=f"{human.first_name} {human.last_name}",
                  email=f"{human.first_name}.{human.last_name}@{ORG_DOMAIN}".lower().replace(" ", ""),
                  cellphone=human.cell)
    # A consultant with a VAN login who is no human of the world (never canvasses).
    state.admin_user_id = users.take(rng)
    state.add("users", userid=state.admin_user_id, username="dataadmin", firstname="Data", lastname="Admin",
              canvassername="Data Admin", email=f"data@{ORG_DOMAIN}", cellphone=None)
    for tool, (first, last) in INTEGRATIONS.items():
        user_id, username = INTEGRATION_USERS[tool]
        state.integration_users[tool] = (user_id, username)
        state.add("users", userid=user_id, username=username, firstname=first, lastname=last,
                  canvassername=f"{first} {last}", email=None, cellphone=None)

    public = _Sequence(3_500_001, 4)
    organizer_ids = {o.human_id for o in world.organizers}
    for human in world.humans:
        if not (human.is_volunteer or human.human_id in organizer_ids):
            continue
        accounts = 2 if human.is_volunteer and rng.random() < 0.05 else 1
        for account in range(accounts):
            public_id = public.take(rng)
            state.public_users_of.setdefault(human.human_id, []).append(public_id)
            if human.human_id in organizer_ids:
                # Staff log in to MiniVAN with a public account named like their canvasser name.
                name = f"{human.first_name} {human.last_name}"
            elif account == 1 or (human.email and rng.random() < 0.4):
                name = email_variant(human.email or f"{human.first_name}{human.human_id}@gmail.com", rng)
            else:
                name = f"{first_name_variant(human.first_name, rng)} {last_name_variant(human.last_name, rng)}"
            state.add("publicusers", publicuserid=public_id, publicusername=name,
                      vanid=human.van_id_myc if rng.random() >= 0.08 else None, committeeid=COMMITTEE_ID,
                      datecreated=_between(rng, datetime(2023, 1, 1), CYCLE_START + timedelta(days=90)))


def _campaigns(world: World, state: _State, rng: random.Random) -> None:
    """Field campaigns of the program, plus one per outreach-tool campaign synced to VAN."""
    campaign_ids = _Sequence(41_001, 2)
    names = [("2026 Door Canvass", "Field", "Volunteer door knocking in target house districts"),
             ("2026 Member Calls", "Field", "Organizers' own calls to members"),
             ("2026 Volunteer Phone Banks", "Phone Bank", "VPB and OpenVPB phone banks")]
    names += [(name, "Integration", f"Synced from {conversation.tool}") for name, conversation in
              sorted({c.campaign: c for c in world.conversations if c.synced_to_van}.items())]
    for name, type_name, description in names:
        campaign_id = campaign_ids.take(rng)
        state.campaign_ids[name] = campaign_id
        state.add("campaigns", campaignid=campaign_id, campaignname=name, campaigndescription=description,
                  committeeid=COMMITTEE_ID, campaigntypeid=1 if type_name == "Field" else 2,
                  campaigntypename=type_name, createdby=state.admin_user_id, isactive=1,
                  datecreated=_between(rng, CYCLE_START - timedelta(days=30), CYCLE_START + timedelta(days=60)))


def _voter_row(human: Human, rng: random.Random) -> dict:
    """A MyVoters record: the voter file's own spelling, districts and voting address."""
    created = _between(rng, datetime(2016, 1, 1), datetime(2025, 6, 1))
    return {
        "statecode": STATE, "vanid": human.van_id_myv, "firstname": casing(human.first_name, rng),
        "middlename": human.middle_name, "lastname": casing(human.last_name, rng), "suffix": human.suffix,
        "streetno": human.street_no, "streetname": human.street_name, "aptno": human.apt, "city": human.city,
        "state": STATE, "zip5": human.zip5, "zip4": human.zip4, "vaddress": human.address_line,
        "phone": maybe(human.landline or human.cell, rng, 0.4), "dob": human.dob, "sex": human.sex,
        "countyname": human.county, "precinctname": human.precinct, "hdname": f"{human.house_district:03d}",
        "sdname": f"{human.senate_district:03d}", "employername": None, "occupationname": None,
        "committeeid": None, "phoneid": None, "emailid": None, "maddressid": None, "createdby": None,
        "datecreated": created, "datemodified": _between(rng, created, CYCLE_START), "datesuppressed": None,
        **NO_CONTACT_FLAGS,
    }


class _People:
    """MyCampaign person records with their phones, emails and addresses."""

    def __init__(self, state: _State, rng: random.Random) -> None:
        self.state, self.rng = state, rng
        self.phones = _Sequence(30_000_001)
        self.emails = _Sequence(40_000_001)
        self.addresses = _Sequence(50_000_001)
        self.cells = 0
        self.staff_ids = [user_id for user_id, _ in state.user_of_staff.values()] or [None]

    def _phone(self, vanid: int, digits: str, type_id: int, created: datetime, formatted: bool = True) -> int:
        rng = self.rng
        phone_id = self.phones.take(rng)
        row = {
            "statecode": STATE, "contactsphoneid": phone_id, "vanid": vanid,
            "phone": phone_format(digits, rng) if formatted else digits, "phonetypeid": type_id,
            "iscellstatusid": 1 if type_id == 3 else 3, "countrycode": "US", "createdby": rng.choice(self.staff_ids),
            "datecreated": created, "datemodified": created, "datesuppressed": None,
        }
        roll = rng.random()
        if roll < 0.04:
            # Re-delivered: first as typed on the form, later retyped by the phone-type check.
            first = dict(row, phone=f" {digits} ", phonetypeid=1 if type_id == 3 else 3)
            self.state.add("contactsphones_mym", **first)
            row["datemodified"] = created + timedelta(days=rng.randrange(2, 60))
            self.state.redeliveries.append(("contactsphones_mym", row))
        elif roll < 0.06:
            # Marked wrong and deleted in a later delivery.
            self.state.add("contactsphones_mym", **row)
            later = dict(row, datemodified=created + timedelta(days=rng.randrange(5, 90)))
            later["datesuppressed"] = later["datemodified"]
            self.state.redeliveries.append(("contactsphones_mym", later))
        else:
            self.state.add("contactsphones_mym", **row)
        return phone_id

    def _email(self, vanid: int, email: str, type_id: int, created: datetime) -> int:
        rng = self.rng
        email_id = self.emails.take(rng)
        row = {
            "statecode": STATE, "contactsemailid": email_id, "vanid": vanid, "email": email, "emailtypeid": type_id,
            "committeeid": COMMITTEE_ID, "createdby": rng.choice(self.staff_ids), "datecreated": created,
            "datemodified": created, "datesuppressed": None,
        }
        if rng.random() < 0.05:
            # Re-delivered after a correction: the first delivery had a slip in the mailbox.
            local, _, domain = email.partition("@")
            self.state.add("contactsemails_mym", **dict(row, email=f"{typo(local, rng)}@{domain}".upper()))
            row["datemodified"] = created + timedelta(days=rng.randrange(1, 45))
            self.state.redeliveries.append(("contactsemails_mym", row))
        else:
            self.state.add("contactsemails_mym", **row)
        return email_id

    def _suppressed_details(self, vanid: int, created: datetime) -> None:
        """An old phone or a bounced email someone deleted."""
        rng = self.rng
        when = _between(rng, created, CYCLE_START + timedelta(days=200))
        if rng.random() < 0.5:
            digits = f"{rng.choice(['215', '412', '717'])}{rng.randrange(200, 990)}{rng.randrange(10_000):04d}"
            self.state.add("contactsphones_mym", statecode=STATE, contactsphoneid=self.phones.take(rng), vanid=vanid,
                           phone=phone_format(digits, rng), phonetypeid=1, iscellstatusid=3, countrycode="US",
                           createdby=None, datecreated=created, datemodified=when, datesuppressed=when)
        else:
            self.state.add("contactsemails_mym", statecode=STATE, contactsemailid=self.emails.take(rng), vanid=vanid,
                           email=f"old{vanid % 997}@aol.com", emailtypeid=1, committeeid=COMMITTEE_ID, createdby=None,
                           datecreated=created, datemodified=when, datesuppressed=when)

    def _details(self, human: Human, vanid: int, created: datetime, duplicate: bool,
                 is_staff: bool) -> tuple[dict[str, int], int | None, int | None]:
        """Phones, emails and address of one record; returns (phone ids by kind, email id, address id)."""
        rng = self.rng
        phones: dict[str, int] = {}
        if human.cell:
            # One cell in fifty is a placeholder someone typed to get past a required field.
            self.cells += 1
            junk = JUNK_PHONES[self.cells // 50 % len(JUNK_PHONES)] if self.cells % 50 == 17 else None
            phones["cell"] = self._phone(vanid, junk or human.cell, 3, created)
        if human.landline and (not duplicate or rng.random() < 0.3):
            phones["landline"] = self._phone(vanid, human.landline, 1, created)
        if is_staff and rng.random() < 0.7:
            phones["office"] = self._phone(vanid, OFFICE_PHONE, 2, created, formatted=False)
        email_id = None
        if human.email:
            email_id = self._email(vanid, email_variant(human.email, rng), 1, created)
        if human.work_email and not duplicate:
            self._email(vanid, human.work_email, 2, created)
        if is_staff:
            self._email(vanid, f"{human.first_name}.{human.last_name}@{ORG_DOMAIN}".lower().replace(" ", ""), 2,
                        created)
            if rng.random() < 0.5:
                self._email(vanid, OFFICE_EMAIL, 2, created)
        if not duplicate and rng.random() < 0.05:
            self._suppressed_details(vanid, created)
        address_id = None
        if rng.random() < 0.9:
            address_id = self.addresses.take(rng)
            self.state.add("contactsaddresses_mym", statecode=STATE, contactsaddressid=address_id, vanid=vanid,
                           addressline1=f"{human.street_no} {human.street_name}",
                           addressline2=f"Apt {human.apt}" if human.apt else None, city=human.city, state=STATE,
                           zip5=maybe(human.zip5, rng, 0.03), zip4=human.zip4, createdby=rng.choice(self.staff_ids),
                           datecreated=created, datemodified=created, datesuppressed=None)
        return phones, email_id, address_id

    def record(self, human: Human, vanid: int, *, duplicate: bool = False, suppressed_at: datetime | None = None,
               is_staff: bool = False) -> dict:
        """One contacts_mym row of a human, with its detail rows (none if deleted); returns the contacts row."""
        rng = self.rng
        created = _between(rng, datetime(2019, 3, 1), ELECTION_DAY - timedelta(days=30))
        phones: dict[str, int] = {}
        email_id = address_id = None
        if suppressed_at is None:
            phones, email_id, address_id = self._details(human, vanid, created, duplicate, is_staff)
        if not duplicate:
            self.state.phone_ids[vanid] = phones
        preferred = "cell" if "cell" in phones else next(iter(phones), None)
        has_phone = bool(human.cell or human.landline)
        geocoded = rng.random() < 0.8
        modified = _between(rng, created, ELECTION_DAY)
        return {
            "statecode": STATE if rng.random() < 0.97 else STATE.lower(), "vanid": vanid,
            "firstname": first_name_variant(human.first_name, rng, p_nick=0.3 if duplicate else 0.12),
            "middlename": maybe(human.middle_name, rng, 0.6), "lastname": last_name_variant(human.last_name, rng),
            "suffix": maybe(human.suffix, rng, 0.5), "streetno": human.street_no, "streetname": human.street_name,
            "aptno": human.apt, "city": human.city, "state": STATE, "zip5": human.zip5, "zip4": human.zip4,
            "vaddress": None,
            "phone": phone_format(human.cell or human.landline, rng) if has_phone and preferred != "office" else None,
            "dob": maybe(human.dob, rng, 0.6 if duplicate else 0.4), "sex": maybe(human.sex, rng, 0.5),
            "countyname": human.county if geocoded else None, "precinctname": human.precinct if geocoded else None,
            "hdname": f"{human.house_district:03d}" if geocoded else None,
            "sdname": f"{human.senate_district:03d}" if geocoded else None,
            "employername": ORG_NAME if is_staff else None, "occupationname": "Organizer" if is_staff else None,
            "committeeid": COMMITTEE_ID, "phoneid": phones.get(preferred) if preferred else None, "emailid": email_id,
            "maddressid": address_id, "createdby": rng.choice(self.staff_ids), "datecreated": created,
            "datemodified": max(modified, suppressed_at, created + timedelta(days=1)) if suppressed_at else modified,
            "datesuppressed": suppressed_at, **NO_CONTACT_FLAGS,
        }


def _redeliver_person(table: str, row: dict, human: Human, state: _State, rng: random.Random) -> None:
    """Emit an older version of a person row first; the current one arrives in a later delivery."""
    older = dict(row, datemodified=row["datecreated"])
    slipped = typo(human.last_name, rng)
    if rng.random() < 0.5 and slipped != row["lastname"]:
        older["lastname"] = slipped
    else:
        older["zip5"], older["zip4"] = None, None
    state.add(table, **older)
    state.redeliveries.append((table, dict(row, datemodified=max(row["datemodified"], older["datemodified"])
                                           + timedelta(days=rng.randrange(1, 30)))))


def _people(world: World, state: _State, rng: random.Random) -> None:
    """contacts_vf, voterfiledwidlookup, contacts_mym and its details, duplicates and the dedupe log."""
    out = state.out
    myv_next = max((h.van_id_myv or 0) for h in world.humans) + 7
    extra_myv = _Sequence(myv_next, 9)
    for human in world.humans:
        if human.van_id_myv is None:
            continue
        row = _voter_row(human, rng)
        if rng.random() < 0.03:
            _redeliver_person("contacts_vf", row, human, state, rng)
        else:
            state.add("contacts_vf", **row)
        out.person_records.append(("contacts_vf", str(human.van_id_myv), human.human_id))
        if human.dwid is not None:
            state.add("voterfiledwidlookup", vanid=human.van_id_myv, statecode=STATE, dwid=human.dwid)
        if rng.random() < 0.01:
            # A purged duplicate registration: suppressed, so no live record (not in the truth).
            purged = dict(_voter_row(human, rng), vanid=extra_myv.take(rng))
            purged["datesuppressed"] = purged["datemodified"]
            state.add("contacts_vf", **purged)

    people = _People(state, rng)
    staff = {o.human_id for o in world.organizers}
    members = [h for h in world.humans if h.van_id_myc is not None]
    myc = _Sequence(max(h.van_id_myc for h in members) + 11 if members else 5_000_001)
    dedupe_ids = _Sequence(70_000_001, 2)
    staff_users = [user_id for user_id, _ in state.user_of_staff.values()] or [None]
    for human in members:
        row = people.record(human, human.van_id_myc, is_staff=human.human_id in staff)
        if rng.random() < 0.04:
            _redeliver_person("contacts_mym", row, human, state, rng)
        else:
            state.add("contacts_mym", **row)
        out.person_records.append(("contacts_mym", str(human.van_id_myc), human.human_id))
        roll = rng.random()
        if roll < 0.04:
            # A second record of the same member (a form signup that did not match); most get merged.
            dup_vanid = myc.take(rng)
            dup = people.record(human, dup_vanid, duplicate=True)
            state.add("contacts_mym", **dup)
            out.person_records.append(("contacts_mym", str(dup_vanid), human.human_id))
            if roll < 0.03:
                merged = _between(rng, dup["datecreated"], dup["datecreated"] + timedelta(days=120))
                state.add("contactsdeduped_mym", contactsdedupedid=dedupe_ids.take(rng), vanid=human.van_id_myc,
                          dupvanid=dup_vanid, dedupedby=rng.choice(staff_users), datededuped=merged,
                          datemodified=merged)
        elif roll < 0.055:
            # A record entered by mistake and deleted: suppressed from the start or in a later delivery.
            deleted_at = _between(rng, CYCLE_START, ELECTION_DAY)
            junk = people.record(human, myc.take(rng), duplicate=True, suppressed_at=deleted_at)
            if roll < 0.05:
                state.add("contacts_mym", **junk)
            else:
                state.add("contacts_mym", **dict(junk, datesuppressed=None, datemodified=junk["datecreated"]))
                state.redeliveries.append(("contacts_mym", junk))


class _Attempts:
    """contactscontacts rows; `_vf` and `_mym` ids come from separate, overlapping sequences."""

    def __init__(self, state: _State, rng: random.Random) -> None:
        self.state, self.rng = state, rng
        self.sequences = {"contactscontacts_vf": _Sequence(900_000_001), "contactscontacts_mym": _Sequence(900_000_001)}

    def add(self, human: Human, mode: str, *, canvasser: int | None, channel: str, result_id: int,
            contact_type_id: int, input_type_id: int, canvassed_by: int | None, username: str | None,
            created_by: int | None, canvassed_at: datetime, entered_after: timedelta, campaign: str,
            phone_kind: str | None = None, attempt_id: int | None = None) -> None:
        rng = self.rng
        table = f"contactscontacts_{mode}"
        vanid = human.van_id_myv if mode == "vf" else human.van_id_myc
        if attempt_id is None:
            attempt_id = self.sequences[table].take(rng)
        phone_id = None
        if mode == "mym" and phone_kind:
            phones = self.state.phone_ids.get(vanid, {})
            phone_id = phones.get(phone_kind) or next(iter(phones.values()), None)
        created = canvassed_at + entered_after
        row = {
            "contactscontactid": attempt_id, "vanid": vanid, "statecode": STATE, "resultid": result_id,
            "contacttypeid": contact_type_id, "inputtypeid": input_type_id,
            "committeeid": COMMITTEE_ID if rng.random() < 0.9 else None, "personcommitteeid": COMMITTEE_ID,
            "canvassedby": canvassed_by, "username": username, "createdby": created_by, "datecanvassed": canvassed_at,
            "datecreated": created, "datemodified": created, "campaignid": self.state.campaign_ids[campaign],
            "contentid": rng.choice([5_101, 5_102, 5_103]), "contactsphoneid": phone_id,
        }
        if rng.random() < 0.03:
            # Re-delivered after an edit: first delivery had another result and a blank username.
            first = dict(row, resultid=1 if result_id != 1 else 14, username=None if username else "")
            self.state.add(table, **first)
            row["datemodified"] = created + timedelta(days=rng.randrange(1, 20), minutes=rng.randrange(60))
            self.state.redeliveries.append((table, row))
        else:
            self.state.add(table, **row)
        self.state.out.attempts.append((table, str(attempt_id), canvasser, channel))


def _blank(rng: random.Random) -> str | None:
    """The username VAN syncs for volunteers on public accounts: empty text or null."""
    return "" if rng.random() < 0.5 else None


def _field_attempts(world: World, state: _State, attempts: _Attempts, rng: random.Random) -> None:
    """Door knocks (volunteers, MyVoters), organizers' calls, and volunteer phone banks."""
    by_district = world.volunteers_by_district()
    organizer_of = {d: o for o in world.organizers for d in o.house_districts}
    all_callers = [h for h in world.humans if h.is_volunteer]
    for human in world.humans:
        district = human.house_district
        # (a) Door canvassing of voters by volunteers of the same or a neighbouring house district.
        if human.van_id_myv is not None and rng.random() < 0.35:
            district_choice = district if rng.random() < 0.8 else district + rng.choice([-1, 1])
            pool = by_district.get(district_choice) or by_district.get(district) or []
            if rng.random() < 0.1:
                pool = [world.human(organizer_of[district].human_id)]
            # Every volunteer and organizer has a public account (see _users).
            knocker = rng.choice(pool) if pool else None
            if knocker is not None and knocker.human_id != human.human_id:
                when = _local_time(rng, (10, 19), weekend=True)
                for knock in range(1 if rng.random() < 0.75 else 2):
                    result_id = 1 if knock == 0 and rng.random() < 0.8 else _weighted(rng, DOOR_RESULTS)
                    attempts.add(human, "vf", canvasser=knocker.human_id, channel="door", result_id=result_id,
                                 contact_type_id=WALK, input_type_id=MINIVAN if rng.random() < 0.8 else OPENVPB,
                                 canvassed_by=rng.choice(state.public_users_of[knocker.human_id]),
                                 username=_blank(rng), created_by=None, canvassed_at=when,
                                 entered_after=timedelta(minutes=rng.randrange(1, 240)), campaign="2026 Door Canvass")
                    when += timedelta(days=rng.randrange(7, 21))
                    if when >= ELECTION_DAY:
                        break
        has_phone = bool(human.cell or human.landline)
        phone_kind = "cell" if human.cell else "landline"
        # (b) Organizers call members of their turf (and a few voters) themselves.
        organizer = organizer_of.get(district)
        if organizer and has_phone and organizer.human_id != human.human_id:
            mode = "mym" if human.van_id_myc is not None and rng.random() < 0.5 else (
                "vf" if human.van_id_myv is not None and rng.random() < 0.03 else None)
            if mode:
                user_id, username = state.user_of_staff[organizer.human_id]
                shown = username if rng.random() < 0.9 else f"{username.upper()} "
                for _ in range(1 if rng.random() < 0.7 else 2):
                    attempts.add(human, mode, canvasser=organizer.human_id, channel="phone",
                                 result_id=_weighted(rng, CALL_RESULTS), contact_type_id=PHONE,
                                 input_type_id=MANUAL if rng.random() < 0.7 else VPB, canvassed_by=user_id,
                                 username=shown, created_by=user_id, canvassed_at=_local_time(rng, (10, 20)),
                                 entered_after=timedelta(seconds=rng.randrange(5, 600)), campaign="2026 Member Calls",
                                 phone_kind=phone_kind)
        # (c) Volunteer phone banks (VPB / OpenVPB), logged in with public accounts.
        if has_phone and all_callers:
            mode = "vf" if human.van_id_myv is not None and rng.random() < 0.15 else (
                "mym" if human.van_id_myc is not None and rng.random() < 0.1 else None)
            caller = rng.choice(all_callers)
            if mode and caller.human_id != human.human_id:
                attempts.add(human, mode, canvasser=caller.human_id, channel="phone",
                             result_id=_weighted(rng, CALL_RESULTS), contact_type_id=PHONE,
                             input_type_id=OPENVPB if rng.random() < 0.6 else VPB,
                             canvassed_by=rng.choice(state.public_users_of[caller.human_id]), username=_blank(rng),
                             created_by=None, canvassed_at=_local_time(rng, (17, 21)),
                             entered_after=timedelta(seconds=rng.randrange(1, 30)),
                             campaign="2026 Volunteer Phone Banks", phone_kind=phone_kind)


def _conversation_copies(world: World, state: _State, attempts: _Attempts, rng: random.Random) -> None:
    """VAN's copies of texting and dialer conversations, under each tool's integration user."""
    for conversation in world.conversations:
        if not conversation.synced_to_van:
            continue
        human = world.human(conversation.human_id)
        mode = "mym" if human.van_id_myc is not None else "vf" if human.van_id_myv is not None else None
        if mode is None:
            continue
        _copy(conversation, human, mode, state, attempts, rng)


def _copy(conversation: Conversation, human: Human, mode: str, state: _State, attempts: _Attempts,
          rng: random.Random) -> None:
    user_id, username = state.integration_users[conversation.tool]
    is_text = conversation.channel == "text"
    result_id = CONVERSATION_RESULTS.get(conversation.result, 14)
    if is_text and human.cell is None:
        result_id = 141
    canvassed_at = to_local(conversation.started_at) + timedelta(minutes=rng.randrange(1, 10),
                                                                 seconds=rng.randrange(60))
    attempts.add(human, mode, canvasser=conversation.sender_human_id, channel=conversation.channel,
                 result_id=result_id, contact_type_id=SMS if is_text else PHONE, input_type_id=API,
                 canvassed_by=user_id, username=username, created_by=user_id, canvassed_at=canvassed_at,
                 entered_after=timedelta(seconds=rng.randrange(1, 90)), campaign=conversation.campaign,
                 phone_kind="cell" if is_text else None,
                 # van_activity numbers the survey responses of this attempt the same way.
                 attempt_id=contacts_contact_id(conversation.conversation_id))


def emit(world: World) -> ToolOutput:
    """Every VAN core table of the world (see the module docstring for the quirks)."""
    out = ToolOutput(TOOL)
    state = _State(out)
    emitted = {
        "contacts_vf": "contacts", "contacts_mym": "contacts", "contactscontacts_vf": "contactscontacts",
        "contactscontacts_mym": "contactscontacts", "contactsphones_mym": "contactsphones",
        "contactsemails_mym": "contactsemails", "contactsaddresses_mym": "contactsaddresses",
        "contactsdeduped_mym": "contactsdeduped", "voterfiledwidlookup": "voterfiledwidlookup",
        **{name: name for name in ("users", "publicusers", "results", "contacttypes", "inputtypes",
                                   "committees", "campaigns")},
    }
    for name, base in emitted.items():
        state.tables[name] = out.table(name, COLUMNS[base])

    _lookups(state)
    _users(world, state, world.rng("van:users"))
    _campaigns(world, state, world.rng("van:campaigns"))
    _people(world, state, world.rng("van:people"))
    attempts = _Attempts(state, world.rng("van:attempts"))
    _field_attempts(world, state, attempts, world.rng("van:field"))
    _conversation_copies(world, state, attempts, world.rng("van:conversations"))
    # Later sync batches: the newer versions of re-delivered rows arrive after everything else.
    for table, row in state.redeliveries:
        state.add(table, **row)
    return out


__all__ = ["CAMEL_COLUMNS", "CAMEL_TABLES", "COLUMNS", "MYVOTERS_LOOKUPS", "camel_case", "emit", "to_local"]
