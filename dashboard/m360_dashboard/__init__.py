"""movement_360's program dashboard: Streamlit pages over the package's public marts."""
