{#-
    Blocking values shared by more records than the block cap (an office phone,
    info@, a placeholder birth date): their records were not paired on them.
    Review them; a true person behind one still matches through other blocks.
-#}
{%- set settings = movement_360.m360_identity_settings() %}

select
    org_id,
    block_rule,
    block_value,
    max(block_size) as record_count,
    {{ settings.block_cap }} as block_cap
from {{ ref('int_identity__block_keys') }}
where block_size > {{ settings.block_cap }}
group by org_id, block_rule, block_value
