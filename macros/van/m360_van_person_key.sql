{#-
    The key of one VAN person record, the same in every VAN model: org, database
    mode, the state (MyVoters ids are unique only within a state) and the vanid.
    MyCampaign ids are unique in the instance, so the state takes no part there
    (an inconsistent statecode cannot split a person). Tables that carry no
    statecode (MyCampaign-only tables) pass statecode=none; unsuffixed tables that
    point at MyCampaign people pass database_mode='1'.
-#}
{% macro m360_van_person_key(vanid='vanid', statecode='statecode', database_mode='database_mode') %}
    {%- if statecode -%}
        {%- set state_part = 'case when ' ~ database_mode ~ ' = 0 then upper(' ~ movement_360.m360_trim(statecode) ~ ') end' -%}
    {%- else -%}
        {%- set state_part = 'cast(null as ' ~ dbt.type_string() ~ ')' -%}
    {%- endif -%}
    {{ return(movement_360.m360_surrogate_key(['org_id', database_mode, state_part, vanid])) }}
{% endmacro %}
