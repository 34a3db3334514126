{#-
    Scale to Win attempts: a conversation's opening text (the first message a texter
    sent to one campaign contact). A reply from the contact makes it a
    contact; an opt-out, whichever texter took it, makes the result opted_out.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('scale_to_win')) }}

{{ movement_360.m360_spoke_fork_outreach_attempts('scale_to_win') }}
