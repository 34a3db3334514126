{#-
    One row per day from 2015-01-01 for 10,000 days (to 2042-05-18): the time spine MetricFlow needs
    to fill days without activity and to roll days up to weeks, months and years. Built from a
    digits cross join, so it needs no package and no warehouse-specific series function.
-#}
with

digits as (

    select 0 as digit
    union all
    select 1
    union all
    select 2
    union all
    select 3
    union all
    select 4
    union all
    select 5
    union all
    select 6
    union all
    select 7
    union all
    select 8
    union all
    select 9

),

day_numbers as (

    select ones.digit + 10 * tens.digit + 100 * hundreds.digit + 1000 * thousands.digit as day_number
    from digits as ones
    cross join digits as tens
    cross join digits as hundreds
    cross join digits as thousands

),

final as (

    select cast({{ dbt.dateadd('day', 'day_number', "cast('2015-01-01' as date)") }} as date) as date_day
    from day_numbers

)

select * from final
