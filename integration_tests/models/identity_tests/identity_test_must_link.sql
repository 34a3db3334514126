{#-
    A must-link override for scripts/ci/identity_stability.py, which names this
    model in movement_360__identity_must_link_seed and passes the two record
    keys to join as vars. Without them it is empty.
-#}
{{ config(materialized='table') }}

select
    cast('{{ var("m360_test_must_link_left", "") }}' as {{ dbt.type_string() }}) as left_person_record_key,
    cast('{{ var("m360_test_must_link_right", "") }}' as {{ dbt.type_string() }}) as right_person_record_key,
    cast('stability test' as {{ dbt.type_string() }}) as reason,
    cast('identity_stability.py' as {{ dbt.type_string() }}) as decided_by,
    cast('2026-12-01' as {{ dbt.type_string() }}) as decided_on
where '{{ var("m360_test_must_link_left", "") }}' <> ''
