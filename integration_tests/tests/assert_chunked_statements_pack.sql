{#-
    m360_chunked_statements (the m360_chunked_table materialization's packer), on synthetic SQL
    whose lengths are known: 10 characters before the union, 10 after, five branches of 40; the
    glue between two branches of one statement is 15 characters ('\n    union all\n'). Returns one
    row per broken expectation.
-#}
{%- set marks = movement_360.m360_chunk_marks() -%}
{%- set head = 'h' * 10 -%}
{%- set tail = 't' * 10 -%}
{%- set branches = [] -%}
{%- for letter in ['a', 'b', 'c', 'd', 'e'] -%}
    {%- do branches.append(letter * 40) -%}
{%- endfor -%}
{%- set marked = head ~ marks.begin ~ (branches | join(marks.between)) ~ marks.end ~ tail -%}
{%- set glue = '\n    union all\n' -%}

{%- set failures = [] -%}
{#- At run time only: the over-long case warns, which parsing would print on every command. -#}
{%- if execute -%}
{%- set expectations = [
    (1000, [5], 'everything fits in one statement'),
    (200, [3, 2], 'greedy: 10 + 40 + 15 + 40 + 15 + 40 + 10 = 170 fits, a fourth branch (225) does not'),
    (100, [1, 1, 1, 1, 1], 'two branches (115) never fit, one (60) does'),
    (30, [1, 1, 1, 1, 1], 'a branch longer than the limit still gets a statement of its own'),
] -%}
{%- for limit, sizes, why in expectations -%}
    {%- set statements = movement_360.m360_chunked_statements(marked, none, limit) -%}
    {%- set seen = [] -%}
    {%- set rebuilt = [] -%}
    {%- for statement in statements -%}
        {%- if not (statement.startswith(head) and statement.endswith(tail)) -%}
            {%- do failures.append('limit ' ~ limit ~ ': statement ' ~ loop.index ~ ' lost the SQL around the union') -%}
        {%- endif -%}
        {%- set inner = statement[head | length:(statement | length) - (tail | length)].split(glue) -%}
        {%- do seen.append(inner | length) -%}
        {%- do rebuilt.extend(inner) -%}
        {%- if limit >= 60 and statement | length > limit -%}
            {%- do failures.append('limit ' ~ limit ~ ': statement ' ~ loop.index ~ ' has ' ~ (statement | length) ~ ' characters') -%}
        {%- endif -%}
    {%- endfor -%}
    {%- if seen != sizes -%}
        {%- do failures.append('limit ' ~ limit ~ ': branches per statement ' ~ seen ~ ', expected ' ~ sizes ~ ' (' ~ why ~ ')') -%}
    {%- endif -%}
    {%- if rebuilt != branches -%}
        {%- do failures.append('limit ' ~ limit ~ ': the branches are not all there, once each, in order') -%}
    {%- endif -%}
{%- endfor -%}

{%- set unmarked = 'select 1 as one' -%}
{%- if movement_360.m360_chunked_statements(unmarked, none, 5) != [unmarked] -%}
    {%- do failures.append('SQL without marks is not returned whole') -%}
{%- endif -%}

{%- set whole = movement_360.m360_chunked_union(['select 1 as one', 'select 2 as one']) -%}
{%- if (movement_360.m360_chunked_statements(whole, none, 1000) | length) != 1 or marks.between not in whole -%}
    {%- do failures.append('m360_chunked_union does not mark its branches') -%}
{%- endif -%}
{%- endif -%}

{%- if failures %}
{%- for failure in failures %}
select '{{ failure | replace("'", "") }}' as failure
{{ 'union all' if not loop.last }}
{%- endfor %}
{%- else %}
select 'none' as failure
from (select 1 as one) as no_failure
where 1 = 0
{%- endif %}
