"""movement_360 program dashboard (Streamlit): `streamlit run dashboard/app.py`, or scripts/dashboard.sh."""

from __future__ import annotations

import streamlit as st
from m360_dashboard import pages


def main() -> None:
    """Register the pages and draw the chosen one."""
    st.set_page_config(page_title="movement_360", layout="wide")
    entries = [
        st.Page(pages.programs_page, title="Programs", url_path="programs", default=True),
        st.Page(pages.journey_page, title="Journey", url_path="journey"),
        st.Page(pages.canvassers_page, title="Canvassers", url_path="canvassers"),
        st.Page(pages.sync_health_page, title="Sync health", url_path="sync-health"),
    ]
    if pages.person_pages_enabled():
        entries.append(st.Page(pages.member_timeline_page, title="Member timeline", url_path="member-timeline"))
    st.navigation(entries).run()


main()
