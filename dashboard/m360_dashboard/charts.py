"""Plotly figures built from the query results (pure functions: DataFrame in, figure out)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly import express as px

STAGE_STATUS_ORDER = ["active", "lapsing", "lapsed", "never_active"]
STATUS_COLORS = {"active": "#2ca02c", "lapsing": "#ff9f1c", "lapsed": "#d62728", "never_active": "#b0b0b0"}


def rate(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    """numerator / denominator, null where the denominator is zero."""
    return numerator / denominator.where(denominator != 0)


OUTREACH_PROGRAMS = ["door", "phone", "text", "relational"]
# One colour per program on every chart.
PROGRAM_COLORS = {
    "door": "#1f77b4",
    "phone": "#ff7f0e",
    "text": "#2ca02c",
    "relational": "#9467bd",
    "events": "#d62728",
    "digital": "#17becf",
    "other": "#7f7f7f",
}


def weekly_bars(frame: pd.DataFrame, measure: str, title: str) -> go.Figure:
    """A measure per week, stacked by program."""
    figure = px.bar(frame, x="week_start", y=measure, color="program", title=title, color_discrete_map=PROGRAM_COLORS)
    figure.update_layout(legend_title_text="program", xaxis_title=None, bargap=0.1)
    return figure


def weekly_contact_rate(frame: pd.DataFrame) -> go.Figure:
    """Contacts / attempts per outreach program and week (events and digital count differently)."""
    data = frame[frame["program"].isin(OUTREACH_PROGRAMS)]
    data = data.assign(contact_rate=rate(data["contacts"], data["attempts"]))
    figure = px.line(
        data,
        x="week_start",
        y="contact_rate",
        color="program",
        markers=True,
        title="Contact rate by week (outreach)",
        color_discrete_map=PROGRAM_COLORS,
    )
    figure.update_yaxes(tickformat=".0%")
    figure.update_layout(xaxis_title=None)
    return figure


def grouped_bars(frame: pd.DataFrame, category: str, measure: str, title: str, top: int = 20) -> go.Figure:
    """Horizontal bars of a measure per category, stacked by program, the `top` largest categories."""
    totals = frame.groupby(category)[measure].sum().nlargest(top).index
    data = frame[frame[category].isin(totals)]
    figure = px.bar(
        data,
        y=category,
        x=measure,
        color="program",
        orientation="h",
        title=title,
        category_orders={category: list(totals)},
        color_discrete_map=PROGRAM_COLORS,
    )
    figure.update_yaxes(type="category")  # district codes like 001 are labels, not numbers
    figure.update_layout(yaxis_title=None, height=max(320, 28 * len(totals) + 120))
    return figure


def overlap_heatmap(frame: pd.DataFrame) -> go.Figure:
    """Share of each program's people (rows) also touched by another (columns)."""
    data = frame.assign(share=rate(frame["people_in_both"], frame["people_touched"]))
    matrix = data.pivot(index="program", columns="other_program", values="share")
    figure = px.imshow(
        matrix,
        text_auto=".0%",
        color_continuous_scale="Blues",
        zmin=0,
        zmax=1,
        title="Program overlap: share of the row program's people also touched by the column program",
        aspect="auto",
    )
    figure.update_layout(xaxis_title=None, yaxis_title=None)
    return figure


def sankey(frame: pd.DataFrame, title: str) -> go.Figure:
    """A Sankey of (step: node) -> (step + 1: node) edges weighted by people."""
    labels = sorted(set(frame["source_label"]) | set(frame["target_label"]), key=_label_key)
    index = {label: i for i, label in enumerate(labels)}
    figure = go.Figure(
        go.Sankey(
            arrangement="snap",
            node={"label": labels, "pad": 14, "thickness": 14},
            link={
                "source": [index[s] for s in frame["source_label"]],
                "target": [index[t] for t in frame["target_label"]],
                "value": frame["people"].astype(float).tolist(),
            },
        )
    )
    figure.update_layout(title=title, height=520)
    return figure


def _label_key(label: str) -> tuple[int, str]:
    step, _, node = label.partition(":")
    return (int(step) if step.strip().isdigit() else 0, node.strip())


def stage_status_bars(frame: pd.DataFrame) -> go.Figure:
    """Members per ladder stage, stacked by status."""
    stages = frame.sort_values("ladder_stage_order")["ladder_stage"].drop_duplicates().tolist()
    figure = px.bar(
        frame,
        x="ladder_stage",
        y="members",
        color="member_status",
        title="Members by highest ladder stage and status",
        category_orders={"ladder_stage": stages, "member_status": STAGE_STATUS_ORDER},
        color_discrete_map=STATUS_COLORS,
    )
    figure.update_layout(xaxis_title=None)
    return figure


def status_donut(frame: pd.DataFrame) -> go.Figure:
    """Active, lapsing, lapsed and never-active members."""
    data = frame.groupby("member_status", as_index=False)["members"].sum()
    figure = px.pie(
        data,
        names="member_status",
        values="members",
        hole=0.5,
        title="Member status",
        color="member_status",
        color_discrete_map=STATUS_COLORS,
        category_orders={"member_status": STAGE_STATUS_ORDER},
    )
    return figure


def ladder_moves(frame: pd.DataFrame) -> go.Figure:
    """Moves up the ladder per week, by the stage reached."""
    stages = frame.sort_values("to_stage_order")["to_stage"].drop_duplicates().tolist()
    figure = px.bar(
        frame,
        x="week_start",
        y="moves",
        color="to_stage",
        title="Moves up the ladder by week (stage reached)",
        category_orders={"to_stage": stages},
    )
    figure.update_layout(xaxis_title=None)
    return figure


def leaderboard(frame: pd.DataFrame) -> go.Figure:
    """Attempts and contacts of the top canvassers."""
    unnamed = "canvasser " + frame["canvasser_id"].astype(str).str[:8]
    data = frame.assign(label=frame["canvasser_name"].fillna(unnamed))
    data = data.iloc[::-1]
    figure = go.Figure(
        [
            go.Bar(y=data["label"], x=data["attempts"], name="attempts", orientation="h"),
            go.Bar(y=data["label"], x=data["contacts"], name="contacts", orientation="h"),
        ]
    )
    figure.update_layout(title="Canvasser leaderboard (attempts credited)", barmode="group", height=720)
    return figure


def attribution_mix(frame: pd.DataFrame) -> go.Figure:
    """Share of each program's attempts by the rung of the attribution ladder that credited them."""
    totals = frame.groupby("program")["attempts"].transform("sum")
    data = frame.assign(share=rate(frame["attempts"], totals))
    figure = px.bar(
        data,
        x="program",
        y="share",
        color="attribution_method",
        title="Where the credit came from: attribution method by program",
        hover_data=["attempts", "contacts"],
        category_orders={
            "attribution_method": ["van_user", "van_public_user", "source_tool", "roster", "turf_rule", "unattributed"]
        },
    )
    figure.update_yaxes(tickformat=".0%")
    figure.update_layout(xaxis_title=None)
    return figure


def health_bars(frame: pd.DataFrame) -> go.Figure:
    """Rows kept, re-delivered and suppressed per tool."""
    data = frame.groupby("source_name", as_index=False)[["kept_rows", "duplicate_rows", "suppressed_rows"]].sum()
    long = data.melt(id_vars="source_name", var_name="rows", value_name="count")
    figure = px.bar(
        long, x="source_name", y="count", color="rows", title="Rows each sync delivered, by what staging did"
    )
    figure.update_layout(xaxis_title=None)
    return figure
