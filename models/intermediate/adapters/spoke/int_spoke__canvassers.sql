{#- Spoke texters: every user, who is also a person record (int_spoke__person_records). -#}
{{ config(enabled=movement_360.m360_adapter_enabled('spoke')) }}

{{ movement_360.m360_spoke_fork_canvassers('spoke') }}
