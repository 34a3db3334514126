{#-
    Spoke person records: every campaign contact (a person texted, as the
    upload listed them), and every user (a texter). A contact's external_id
    holds the VAN id of the list it was uploaded from when the campaign came
    out of VAN; whether MyVoters or MyCampaign is not recorded, so the identity
    layer resolves it against either mode.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('spoke')) }}

{{ movement_360.m360_spoke_fork_person_records('spoke') }}
