{#- FEBRL records as the benchmark loads them (febrl.records), keyed. Built only for the benchmark. -#}
{{ config(enabled=var('movement_360__febrl_enabled', false)) }}

select
    {{ movement_360.m360_surrogate_key(["'febrl'", 'record_id']) }} as febrl_record_key,
    '{{ var("movement_360__org_id", "default") }}' as org_id,
    'records' as source_table,
    *
from {{ source('febrl', 'records') }}
