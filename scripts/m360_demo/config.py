"""The demo group's own configuration, as its data manager would keep it: turf rules and a canvasser roster.

Written beside the tools' raw tables (raw/m360_demo_config/) and loaded into the schema m360_demo_config; the
integration project reads them as the package's turf rules and roster. Real groups keep these as seeds.
  turf_rules:        priority, turf_field, turf_value -> organizer_name, team (house districts first, counties
                     as a fallback)
  canvasser_roster:  staff by their VAN user id, volunteers by e-mail -> name, role, team, organizer
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .spec import ToolOutput
from .tools.van_activity import staff_users
from .world import World

TOOL = "m360_demo_config"


def emit(world: World) -> ToolOutput:
    output = ToolOutput(TOOL)
    rules = output.table("turf_rules", [("priority", "bigint"), ("turf_field", "varchar"), ("turf_value", "varchar"),
                                        ("organizer_name", "varchar"), ("team", "varchar")])
    roster = output.table("canvasser_roster", [
        ("source_system", "varchar"), ("canvasser_source_id", "varchar"), ("email", "varchar"),
        ("canvasser_name", "varchar"), ("role", "varchar"), ("team", "varchar"), ("organizer_name", "varchar")])

    def name_of(human_id: int) -> str:
        human = world.human(human_id)
        return f"{human.first_name} {human.last_name}"

    for organizer in world.organizers:
        for district in organizer.house_districts:
            rules.add(priority=10, turf_field="house_district", turf_value=str(district),
                      organizer_name=name_of(organizer.human_id), team=organizer.team)
    # Counties as a fallback (for people with no house district): the organizer most of the county's people have.
    by_county: dict[str, Counter[int]] = defaultdict(Counter)
    for human in world.humans:
        by_county[human.county][world.organizer_for_district(human.house_district).human_id] += 1
    team_of = {organizer.human_id: organizer.team for organizer in world.organizers}
    for county, counts in sorted(by_county.items()):
        organizer_id = min(counts, key=lambda human_id: (-counts[human_id], human_id))
        rules.add(priority=50, turf_field="county", turf_value=county, organizer_name=name_of(organizer_id),
                  team=team_of[organizer_id])

    for user_id, _username, human_id in staff_users(world):
        roster.add(source_system="van", canvasser_source_id=str(user_id), email=None, canvasser_name=name_of(human_id),
                   role="organizer", team=team_of[human_id], organizer_name=name_of(human_id))
    for human in world.humans:
        if human.is_volunteer and human.email:
            organizer = world.organizer_for_district(human.house_district)
            roster.add(source_system=None, canvasser_source_id=None, email=human.email,
                       canvasser_name=f"{human.first_name} {human.last_name}", role="volunteer",
                       team=organizer.team, organizer_name=name_of(organizer.human_id))
    return output
