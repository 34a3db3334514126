"""One-way layers: fail when a model of the package reads a layer it may not read.

    python scripts/ci/check_layers.py [--manifest integration_tests/target/manifest.json] [--package movement_360]

Reads a dbt manifest (`dbt parse` of the integration project, which installs the package with `local: ../`)
and checks every model of the package, enabled or disabled, against the rules below. A model's layer is the
folder under `models/` it sits in; a parent's kind is its layer when it is a model of the package, else its
resource type.

| model layer    | may read                                                            |
|----------------|---------------------------------------------------------------------|
| `staging`      | sources declared in its own tool folder (`models/staging/<tool>/`), seeds |
| `intermediate` | staging, intermediate, seeds                                        |
| `marts`        | intermediate, marts, seeds                                          |
| `reports`      | intermediate, marts, reports, health, monitoring, seeds             |
| `health`       | sources, health, seeds (the health marts, `models/marts/health/`)   |
| `monitoring`   | intermediate, marts, health, monitoring, seeds (`models/marts/monitoring/`) |

- Seeds are configuration (override lists, rosters, the ladder) and may be read by any layer. A model of
  another project (the installing project's own roster or turf rules, named by a `*_seed` var in place of
  the package's seed) counts as a seed: the package can only reach it through such a var.
- Staging never reads another model, not even its own tool's staging, and never another tool's source.
- Only staging and the health marts read sources (and snapshots, which are sources kept by dbt). The
  health marts count what each raw table delivered and what staging drops, and must still build when a
  staging model fails, so they read the raw tables and declare the sources as their parents; the only
  models they read are health marts (the health history keeps each run of the two counting marts), and
  only reports and monitoring may read them.
- Monitoring (`models/marts/monitoring/`: data quality per tool and day, the vendor scorecard) measures the
  other marts and the health history: it may read intermediate, marts and health, and nothing but reports
  and monitoring reads it, so no mart depends on a measurement of itself.
- Nothing reads reports except reports: they are the end of the DAG, like marts are for intermediate.
- A model of the package outside these folders is a violation itself: add its layer here first.

Prints one line per offending edge and exits 1 when there is any; exits 0 with a count of what was checked
otherwise, 2 when the manifest cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MANIFEST = ROOT / "integration_tests" / "target" / "manifest.json"
PACKAGE = "movement_360"

LAYERS = ("staging", "intermediate", "marts", "reports", "health", "monitoring")
ALLOWED: dict[str, frozenset[str]] = {
    "staging": frozenset({"source", "seed"}),
    "intermediate": frozenset({"staging", "intermediate", "seed"}),
    "marts": frozenset({"intermediate", "marts", "seed"}),
    "reports": frozenset({"intermediate", "marts", "reports", "health", "monitoring", "seed"}),
    "health": frozenset({"source", "health", "seed"}),
    "monitoring": frozenset({"intermediate", "marts", "health", "monitoring", "seed"}),
}
# How a kind of parent is named in messages.
KIND_NAMES = {
    "source": "sources",
    "seed": "seeds",
    "snapshot": "snapshots",
    "staging": "staging",
    "intermediate": "intermediate",
    "marts": "marts",
    "reports": "reports",
    "health": "health marts",
    "monitoring": "monitoring marts",
}


@dataclass(frozen=True)
class Resource:
    """A node or source of the manifest, reduced to what the check needs."""

    unique_id: str
    name: str
    resource_type: str
    package: str
    path: str
    enabled: bool = True


@dataclass(frozen=True)
class Violation:
    """One offending edge (or a model outside any layer, when parent is None)."""

    model: Resource
    layer: str | None
    parent: Resource | None = None
    parent_kind: str | None = None
    reason: str = ""

    def message(self) -> str:
        model = f"{self.model.name} ({self.model.path}{'' if self.model.enabled else ', disabled'})"
        if self.parent is None:
            return f"{model}: {self.reason}"
        noun = "model " if self.parent.resource_type == "model" and self.parent_kind in LAYERS else ""
        parent = f"{self.parent_kind} {noun}{self.parent.name} ({self.parent.path})"
        return f"{self.layer} model {model} reads {parent}: {self.reason}"


def model_layer(path: str) -> str | None:
    """The layer of a model from its path (`models/<layer>/...`), None when it is in no layer folder."""
    parts = Path(path).parts
    if len(parts) >= 4 and parts[:3] == ("models", "marts", "health"):
        return "health"
    if len(parts) >= 4 and parts[:3] == ("models", "marts", "monitoring"):
        return "monitoring"
    if len(parts) >= 3 and parts[0] == "models" and parts[1] in LAYERS:
        return parts[1]
    return None


def tool_folder(path: str) -> str | None:
    """`models/staging/<tool>` for a file in a tool's staging folder, else None."""
    parts = Path(path).parts
    if len(parts) >= 4 and parts[0] == "models" and parts[1] == "staging":
        return "/".join(parts[:3])
    return None


def _resource(unique_id: str, node: dict, enabled: bool = True) -> Resource:
    name = node.get("name", unique_id.split(".")[-1])
    if node.get("source_name"):
        name = f"{node['source_name']}.{name}"
    return Resource(
        unique_id=unique_id,
        name=name,
        resource_type=node.get("resource_type", unique_id.split(".")[0]),
        package=node.get("package_name", ""),
        path=node.get("original_file_path", ""),
        enabled=enabled,
    )


class Manifest:
    """The enabled and disabled nodes and sources of a manifest, and each model's parents."""

    def __init__(self, data: dict) -> None:
        self.resources: dict[str, Resource] = {}
        self.raw: dict[str, dict] = {}
        for unique_id, node in data.get("nodes", {}).items():
            self.resources[unique_id] = _resource(unique_id, node)
            self.raw[unique_id] = node
        for unique_id, source in data.get("sources", {}).items():
            self.resources[unique_id] = _resource(unique_id, source)
            self.raw[unique_id] = source
        # Disabled resources: a list per unique id (one entry per config variant); the first is enough.
        for unique_id, variants in (data.get("disabled") or {}).items():
            if unique_id not in self.resources and variants:
                self.resources[unique_id] = _resource(unique_id, variants[0], enabled=False)
                self.raw[unique_id] = variants[0]

    def parents(self, unique_id: str) -> tuple[list[Resource], list[str]]:
        """The resources a node reads, and the refs or sources that resolve to nothing.

        Enabled nodes carry `depends_on.nodes`; disabled ones only their `refs` and `sources`, resolved here
        by name (a ref without a package prefers the node's own package, as dbt does).
        """
        node = self.raw[unique_id]
        resolved = (node.get("depends_on") or {}).get("nodes") or []
        if resolved or self.resources[unique_id].enabled:
            return [self.resources[p] for p in resolved if p in self.resources], [
                p for p in resolved if p not in self.resources
            ]
        parents: list[Resource] = []
        missing: list[str] = []
        package = self.resources[unique_id].package
        for ref in node.get("refs") or []:
            name = ref["name"] if isinstance(ref, dict) else ref[-1]
            ref_package = ref.get("package") if isinstance(ref, dict) else (ref[0] if len(ref) > 1 else None)
            found = self._find_ref(name, ref_package or package, strict=ref_package is not None)
            if found:
                parents.append(found)
            else:
                missing.append(f"ref('{name}')")
        for source_name, table_name in node.get("sources") or []:
            found = self._find_source(source_name, table_name, package)
            if found:
                parents.append(found)
            else:
                missing.append(f"source('{source_name}', '{table_name}')")
        return parents, missing

    def _find_ref(self, name: str, package: str, strict: bool) -> Resource | None:
        candidates = [
            r for r in self.resources.values()
            if r.name == name and r.resource_type in ("model", "seed", "snapshot")
        ]
        for resource in candidates:
            if resource.package == package:
                return resource
        return None if strict or not candidates else candidates[0]

    def _find_source(self, source_name: str, table_name: str, package: str) -> Resource | None:
        for unique_id, resource in self.resources.items():
            if resource.resource_type != "source":
                continue
            raw = self.raw[unique_id]
            if raw.get("source_name") == source_name and raw.get("name") == table_name and resource.package == package:
                return resource
        return None


def parent_kind(parent: Resource, package: str) -> str:
    """`staging`, `intermediate`, `marts`, `reports` for the package's models, else a resource kind."""
    if parent.resource_type == "model":
        if parent.package != package:
            return "seed"  # the installing project's stand-in for one of our seeds
        return model_layer(parent.path) or "model outside any layer"
    return parent.resource_type


def check(data: dict, package: str = PACKAGE) -> tuple[list[Violation], int, int]:
    """The violations of the layer rules in a manifest, and how many models and edges were checked."""
    manifest = Manifest(data)
    violations: list[Violation] = []
    models = edges = 0
    for unique_id in sorted(manifest.resources):
        model = manifest.resources[unique_id]
        if model.resource_type != "model" or model.package != package:
            continue
        models += 1
        layer = model_layer(model.path)
        if layer is None:
            folders = "models/{staging,intermediate,marts,reports}/"
            violations.append(Violation(model, None, reason=f"is in no layer folder ({folders})"))
            continue
        parents, missing = manifest.parents(unique_id)
        for name in missing:
            print(f"note: {model.name} reads {name}, which is not in the manifest", file=sys.stderr)
        allowed = ALLOWED[layer]
        for parent in sorted(parents, key=lambda r: r.unique_id):
            edges += 1
            kind = parent_kind(parent, package)
            if kind not in allowed:
                readable = ", ".join(KIND_NAMES[k] for k in (*LAYERS, "source", "seed") if k in allowed)
                violations.append(Violation(model, layer, parent, kind, f"{layer} may read only {readable}"))
            elif layer == "staging" and kind == "source" and tool_folder(parent.path) != tool_folder(model.path):
                violations.append(Violation(
                    model, layer, parent, kind,
                    f"staging reads only sources declared in its own tool folder ({tool_folder(model.path)}/)",
                ))
    return violations, models, edges


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST, help="path to a dbt manifest.json")
    parser.add_argument("--package", default=PACKAGE, help="the package whose models are checked")
    args = parser.parse_args(argv)
    try:
        data = json.loads(args.manifest.read_text())
    except (OSError, ValueError) as error:
        print(f"cannot read manifest {args.manifest}: {error}", file=sys.stderr)
        return 2
    violations, models, edges = check(data, args.package)
    if models == 0:
        print(f"no model of package {args.package} in {args.manifest}", file=sys.stderr)
        return 2
    for violation in violations:
        print(f"LAYER VIOLATION: {violation.message()}")
    if violations:
        offenders = len({v.model.unique_id for v in violations})
        print(f"{len(violations)} layer violation(s) in {offenders} model(s) of {args.package}; "
              "the rules are in scripts/ci/check_layers.py")
        return 1
    print(f"ok: {models} models of {args.package}, {edges} edges, all one-way")
    return 0


if __name__ == "__main__":
    sys.exit(main())
