"""The synthetic state: humans, households, turf, organizers, events and signups.

The world is the ground truth every tool emitter draws from. A tool never
invents a human; it picks humans from the world and writes its own (messy)
records of them, so tests and benchmarks know which records are the same human.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from faker import Faker

from . import rates

SIZES: dict[str, int] = {"small": 600, "demo": 6_000, "half": 100_000, "large": 200_000}

CYCLE_START = datetime(2026, 1, 5, 9, 0, 0)
ELECTION_DAY = datetime(2026, 11, 3, 7, 0, 0)
STATE = "PA"
ORG_NAME = "Keystone Organizing Project"
ORG_DOMAIN = "keystoneorganizing.org"

COUNTIES = ["Allegheny", "Philadelphia", "Erie", "Dauphin", "Lackawanna", "Centre", "Berks", "Lehigh"]
PERSONAL_DOMAINS = ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "comcast.net", "aol.com"]
EVENT_KINDS = ["CANVASS", "PHONE_BANK", "TEXT_BANK", "MEETING", "TRAINING", "HOUSE_PARTY", "COMMUNITY"]


@dataclass
class Human:
    """One real person. Tools hold records of humans; the world holds the humans."""

    human_id: int
    first_name: str
    last_name: str
    middle_name: str | None
    suffix: str | None
    sex: str
    dob: date
    email: str | None
    work_email: str | None
    cell: str | None
    landline: str | None
    household_id: int
    street_no: str
    street_name: str
    apt: str | None
    city: str
    county: str
    zip5: str
    zip4: str | None
    house_district: int
    senate_district: int
    precinct: str
    is_voter: bool
    van_id_myv: int | None
    dwid: int | None
    van_id_myc: int | None = None
    is_member: bool = False
    is_volunteer: bool = False
    is_leader: bool = False
    is_staff: bool = False

    @property
    def address_line(self) -> str:
        apt = f" Apt {self.apt}" if self.apt else ""
        return f"{self.street_no} {self.street_name}{apt}"


@dataclass
class Organizer:
    """A staff organizer: owns turf (house districts) and leads one team."""

    human_id: int
    team: str
    house_districts: list[int]


@dataclass
class Event:
    """An organizing event with one shift (timeslot)."""

    event_id: int
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    house_district: int
    county: str
    host_human_id: int
    on_mobilize: bool
    on_van: bool
    created_at: datetime


@dataclass
class Signup:
    """A human signed up for an event; attended is None when nobody recorded it."""

    event_id: int
    human_id: int
    role: str
    status: str
    attended: bool | None
    signed_up_at: datetime
    via_mobilize: bool


@dataclass
class Conversation:
    """One outreach conversation run in a texting, dialer or relational tool.

    The tool that ran it writes its own records of it; when synced_to_van is
    true, VAN also holds a copy under the tool's integration user (the same
    attempt, which the package must count once and credit to the sender).
    """

    conversation_id: int
    tool: str
    channel: str
    campaign: str
    human_id: int
    sender_human_id: int
    started_at: datetime
    replied: bool
    result: str
    synced_to_van: bool


# Per tool: (channel, share of humans reached, share synced to VAN, result weights).
# Spoke's real-time VAN sync writes only conversations with a response (S9, Spoke#784).
TEXT_RESULTS = {"no_response": 60, "canvassed": 25, "opted_out": 5, "wrong_number": 5, "refused": 5}
DIAL_RESULTS = {"not_home": 40, "left_message": 25, "canvassed": 20, "refused": 8, "wrong_number": 7}
RELATIONAL_RESULTS = {"canvassed": 55, "no_response": 40, "refused": 5}
CONVERSATION_TOOLS: dict[str, tuple[str, float, float, dict[str, int]]] = {
    "spoke": ("text", 0.40, -1.0, TEXT_RESULTS),
    "scale_to_win": ("text", 0.20, 0.6, TEXT_RESULTS),
    "thrutext": ("text", 0.25, 0.7, TEXT_RESULTS),
    "hustle": ("text", 0.15, 0.5, TEXT_RESULTS),
    "thrutalk": ("dial", 0.20, 1.0, DIAL_RESULTS),
    "empower": ("relational", 0.06, 0.0, RELATIONAL_RESULTS),
}


@dataclass
class World:
    """Everything the tool emitters need, built deterministically from (seed, size)."""

    seed: int
    size: str
    humans: list[Human] = field(default_factory=list)
    organizers: list[Organizer] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    signups: list[Signup] = field(default_factory=list)
    conversations: list[Conversation] = field(default_factory=list)
    house_districts: list[int] = field(default_factory=list)

    def rng(self, purpose: str) -> random.Random:
        """An independent, reproducible random stream per purpose (e.g. per tool)."""
        return random.Random(f"{self.seed}:{self.size}:{purpose}")

    def human(self, human_id: int) -> Human:
        """The human with this id (ids are dense, starting at 1)."""
        return self.humans[human_id - 1]

    def conversations_for(self, tool: str) -> list[Conversation]:
        """The conversations one tool ran, in id order."""
        return [c for c in self.conversations if c.tool == tool]

    def organizer_for_district(self, house_district: int) -> Organizer:
        for organizer in self.organizers:
            if house_district in organizer.house_districts:
                return organizer
        raise KeyError(house_district)

    def volunteers_by_district(self) -> dict[int, list[Human]]:
        """Volunteers grouped by the house district they live in."""
        grouped: dict[int, list[Human]] = {district: [] for district in self.house_districts}
        for human in self.humans:
            if human.is_volunteer:
                grouped[human.house_district].append(human)
        return grouped

    def random_time(self, rng: random.Random, start: datetime = CYCLE_START, end: datetime = ELECTION_DAY) -> datetime:
        """A time between start and end, during waking hours, to the second."""
        days = (end - start).days
        day = start + timedelta(days=rng.randrange(max(days, 1)))
        return day.replace(hour=rng.randrange(9, 21), minute=rng.randrange(60), second=rng.randrange(60))


def _digits(rng: random.Random, area_codes: list[str]) -> str:
    # Exchanges 200-989 avoid the 555 and N11 ranges that the package rejects as junk.
    return f"{rng.choice(area_codes)}{rng.randrange(200, 990)}{rng.randrange(10_000):04d}"


def build_world(seed: int = 360, size: str = "small") -> World:
    """Build the synthetic state for one election cycle."""
    if size not in SIZES:
        raise ValueError(f"size must be one of {sorted(SIZES)}")
    world = World(seed=seed, size=size)
    rng = world.rng("world")
    fake = Faker("en_US")
    fake.seed_instance(seed)
    n_people = SIZES[size]
    n_districts = max(6, min(80, n_people // 250))
    world.house_districts = list(range(1, n_districts + 1))
    area_codes = ["215", "267", "412", "610", "717", "724", "814", "570"]
    street_names = [fake.street_name() for _ in range(max(50, n_people // 40))]
    # Faker is slow per call; draw name pools once and pick from them with rng.
    female_names = [fake.first_name_female() for _ in range(3_000)]
    male_names = [fake.first_name_male() for _ in range(3_000)]
    last_names = [fake.last_name() for _ in range(6_000)]
    domains = [fake.domain_name() for _ in range(300)]

    next_myv = 100_000_001
    next_dwid = 9_000_000_001
    human_id = 0
    household_id = 0
    emails_in_use: set[str] = set()
    while len(world.humans) < n_people:
        household_id += 1
        county = rng.choice(COUNTIES)
        district = rng.choice(world.house_districts)
        household_size = rng.choices([1, 2, 3, 4, 5], weights=[30, 35, 17, 12, 6])[0]
        last_name = rng.choice(last_names)
        street_no = str(rng.randrange(1, 9_999))
        street_name = rng.choice(street_names)
        apt = str(rng.randrange(1, 40)) if rng.random() < 0.2 else None
        zip5 = f"{rng.randrange(15_000, 19_700):05d}"
        city = f"{county} {rng.choice(['Township', 'City', 'Borough'])}"
        landline = _digits(rng, area_codes) if rng.random() < rates.current().landline else None
        shared_email = None
        adult_dob = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 62))
        for member in range(household_size):
            if len(world.humans) >= n_people:
                break
            human_id += 1
            sex = rng.choice("FM")
            first = rng.choice(female_names) if sex == "F" else rng.choice(male_names)
            suffix = None
            dob = adult_dob + timedelta(days=rng.randrange(-3000, 3000)) if member < 2 else (
                adult_dob + timedelta(days=365 * rng.randrange(20, 32) + rng.randrange(365)))
            if dob > date(2008, 10, 1):
                # Too young to register: born some time in the decade before the cutoff.
                dob = date(2008, 10, 1) - timedelta(days=rng.randrange(3650))
            parents = world.humans[-member:][:2] if member >= 2 else []
            fathers = [h for h in parents if h.sex == "M" and h.household_id == household_id]
            if member >= 2 and sex == "M" and rng.random() < 0.15 and fathers:
                # A junior: same first and last name as his father, same address, another dob.
                first, suffix = fathers[0].first_name, "Jr"
                if dob == fathers[0].dob:
                    dob -= timedelta(days=1)
            member_last = last_name if rng.random() < 0.85 else rng.choice(last_names)
            local = f"{first}.{member_last}".lower().replace(" ", "").replace("'", "")
            number, domain = rng.randrange(100), rng.choice(PERSONAL_DOMAINS)
            # A mailbox belongs to one person (or one couple): two John Smiths never share one.
            while f"{local}{number}@{domain}" in emails_in_use:
                number += 100
            email = f"{local}{number}@{domain}"
            emails_in_use.add(email)
            if rng.random() < rates.current().missing_email:
                email = None
            if member < 2 and household_size > 1 and rng.random() < rates.current().shared_email:
                # Couples sharing one mailbox.
                shared_email = shared_email or email
                email = shared_email
            cell = _digits(rng, area_codes) if rng.random() < 0.88 else None
            is_voter = rng.random() < rates.current().voter and dob < date(2008, 11, 3)
            van_id_myv = dwid = None
            if is_voter:
                van_id_myv, next_myv = next_myv, next_myv + rng.randrange(1, 30)
                if rng.random() < 0.9:
                    dwid, next_dwid = next_dwid, next_dwid + rng.randrange(1, 50)
            work_email = f"{first[0]}{member_last}@{rng.choice(domains)}".lower() if rng.random() < 0.1 else None
            if work_email is not None:
                local_part, _, work_domain = work_email.partition("@")
                suffix_number = 1
                while work_email in emails_in_use:
                    suffix_number += 1
                    work_email = f"{local_part}{suffix_number}@{work_domain}"
                emails_in_use.add(work_email)
            world.humans.append(Human(
                human_id=human_id, first_name=first, last_name=member_last,
                middle_name=rng.choice(male_names)[0] if rng.random() < 0.3 else None, suffix=suffix, sex=sex,
                dob=dob, email=email,
                work_email=work_email,
                cell=cell, landline=landline, household_id=household_id, street_no=street_no,
                street_name=street_name, apt=apt, city=city, county=county, zip5=zip5,
                zip4=f"{rng.randrange(10_000):04d}" if rng.random() < 0.6 else None,
                house_district=district, senate_district=(district + 3) // 4,
                precinct=f"{county[:3].upper()}-{district:02d}-{rng.randrange(1, 12):02d}",
                is_voter=is_voter, van_id_myv=van_id_myv, dwid=dwid,
            ))

    _assign_roles(world, rng)
    _build_organizers(world, rng)
    _build_events(world, rng, fake)
    _build_conversations(world)
    return world


def _assign_roles(world: World, rng: random.Random) -> None:
    next_myc = 5_000_001
    for human in world.humans:
        human.is_member = rng.random() < 0.35
        human.is_volunteer = human.is_member and rng.random() < 0.3
        human.is_leader = human.is_volunteer and rng.random() < 0.15
        if human.is_member:
            human.van_id_myc, next_myc = next_myc, next_myc + rng.randrange(1, 4)


def _build_organizers(world: World, rng: random.Random) -> None:
    """Staff organizers, each owning a contiguous block of house districts, in teams of regions."""
    per_organizer = 3
    districts = world.house_districts
    staff_pool = [h for h in world.humans if h.is_member and not h.is_volunteer]
    rng.shuffle(staff_pool)
    teams = ["West", "Central", "Northeast", "Southeast"]
    for index, start in enumerate(range(0, len(districts), per_organizer)):
        staff = staff_pool[index]
        staff.is_staff = True
        # Staff share the office line and the org's info@ mailbox on some records.
        world.organizers.append(Organizer(
            human_id=staff.human_id,
            team=teams[min(len(teams) - 1, start * len(teams) // len(districts))],
            house_districts=districts[start:start + per_organizer],
        ))


def _build_events(world: World, rng: random.Random, fake: Faker) -> None:
    """Events across the cycle, with signups; most are on Mobilize, most sync to VAN."""
    members = [h for h in world.humans if h.is_member]
    volunteers = [h for h in world.humans if h.is_volunteer]
    n_events = max(20, len(world.humans) // 25)
    next_event = 700_001
    for _ in range(n_events):
        kind = rng.choices(EVENT_KINDS, weights=[30, 20, 10, 15, 10, 8, 7])[0]
        district = rng.choice(world.house_districts)
        starts = world.random_time(rng, end=ELECTION_DAY - timedelta(days=1))
        starts = starts.replace(minute=0, second=0)
        host = rng.choice(volunteers) if volunteers and rng.random() < 0.4 else world.human(
            world.organizer_for_district(district).human_id)
        event = Event(
            event_id=next_event, kind=kind,
            title=f"{kind.replace('_', ' ').title()} - {fake.city()} HD{district}",
            starts_at=starts, ends_at=starts + timedelta(hours=rng.choice([2, 3, 4])),
            house_district=district, county=host.county,
            host_human_id=host.human_id, on_mobilize=rng.random() < 0.85, on_van=rng.random() < 0.8,
            created_at=starts - timedelta(days=rng.randrange(3, 40)),
        )
        if not (event.on_mobilize or event.on_van):
            event.on_van = True
        world.events.append(event)
        next_event += rng.randrange(1, 5)
        pool = volunteers if kind in ("CANVASS", "PHONE_BANK", "TEXT_BANK") and volunteers else members
        for human in rng.sample(pool, k=min(len(pool), rng.randrange(3, 15))):
            status = rng.choices(["CONFIRMED", "REGISTERED", "CANCELLED"], weights=[55, 35, 10])[0]
            attended: bool | None = None
            if status != "CANCELLED" and starts < ELECTION_DAY:
                attended = rng.choices([True, False, None], weights=[60, 20, 20])[0]
            role = "Canvasser" if kind == "CANVASS" else "Phonebanker" if kind == "PHONE_BANK" else "Attendee"
            world.signups.append(Signup(
                event_id=event.event_id, human_id=human.human_id, role=role, status=status, attended=attended,
                signed_up_at=event.created_at + timedelta(hours=rng.randrange(1, 24 * 3)),
                via_mobilize=event.on_mobilize and rng.random() < 0.9,
            ))


def _build_conversations(world: World) -> None:
    """Texting, dialer and relational conversations, each sent by a volunteer of the target's turf."""
    by_district = world.volunteers_by_district()
    all_volunteers = [h for h in world.humans if h.is_volunteer]
    next_id = 1
    for tool, (channel, reach, van_share, results) in CONVERSATION_TOOLS.items():
        rng = world.rng(f"conversations:{tool}")
        n_campaigns = 3 + len(world.humans) // 20_000
        campaigns = [f"{tool.replace('_', ' ').title()} {channel} program {n}" for n in range(1, n_campaigns + 1)]
        outcomes, weights = list(results), list(results.values())
        for human in world.humans:
            if rng.random() >= reach or (channel != "relational" and human.cell is None and human.landline is None):
                continue
            senders = by_district.get(human.house_district) or all_volunteers
            sender = rng.choice(senders)
            if sender.human_id == human.human_id:
                continue
            result = rng.choices(outcomes, weights=weights)[0]
            replied = result in ("canvassed", "opted_out", "refused", "wrong_number")
            synced = replied if van_share < 0 else rng.random() < van_share
            world.conversations.append(Conversation(
                conversation_id=next_id, tool=tool, channel=channel, campaign=rng.choice(campaigns),
                human_id=human.human_id, sender_human_id=sender.human_id, started_at=world.random_time(rng),
                replied=replied, result=result, synced_to_van=synced,
            ))
            next_id += 1


def as_seen_by(world: World, tool: str) -> World:
    """The world as one tool holds it: with rates.moved above 0, some movers keep their previous address there.

    Whether a person moved, and from where, is drawn from a stream per person (the same old address in every
    tool); whether a tool holds the old address, from a stream per tool and person. Only the address changes
    (street, apartment, ZIP, city): districts, precinct and everything else stay today's.
    """
    rate = rates.current().moved
    if rate <= 0:
        return world
    streets = sorted({human.street_name for human in world.humans})
    cities_by_zip = {human.zip5: human.city for human in world.humans}
    humans = []
    for human in world.humans:
        mover = random.Random(f"{world.seed}:{world.size}:moved:{human.human_id}")
        holds_old = random.Random(f"{world.seed}:{world.size}:moved:{tool}:{human.human_id}").random() < 0.5
        if mover.random() >= rate or not holds_old:
            humans.append(human)
            continue
        street_no, street_name = str(mover.randrange(1, 9_999)), mover.choice(streets)
        zip5 = human.zip5 if mover.random() < 0.5 else f"{mover.randrange(15_000, 19_700):05d}"
        humans.append(replace(human, street_no=street_no, street_name=street_name, apt=None, zip5=zip5, zip4=None,
                              city=cities_by_zip.get(zip5, human.city)))
    return replace(world, humans=humans)

