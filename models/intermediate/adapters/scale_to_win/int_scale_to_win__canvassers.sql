{#- Scale to Win texters: every user, who is also a person record (int_scale_to_win__person_records). -#}
{{ config(enabled=movement_360.m360_adapter_enabled('scale_to_win')) }}

{{ movement_360.m360_spoke_fork_canvassers('scale_to_win') }}
