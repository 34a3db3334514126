{#-
    A table built from a long union in statements of bounded length: `materialized='m360_chunked_table'`.

    Why: the health marts union one select per real source table, about 3.5 KB of SQL each. A
    hub's build over many groups reaches BigQuery's limit on the length of one query (1,024K
    characters) near 290 tables. The model marks its union with m360_chunked_union (block
    comments, so the compiled SQL is still one valid select that `dbt compile`, `dbt show` and the
    linters read); this materialization cuts it at those marks and packs the branches into
    statements of at most var movement_360__max_statement_chars characters (default 500,000):
    the first statement creates the table, each other one inserts into it, each with the model's
    SQL around its branches (the CTEs after the union project and key the rows; they must not
    aggregate across branches). A model whose SQL fits in one statement is built in one, exactly
    as a table. Otherwise it is made as dbt's table materialization makes one (m360_build_table).
-#}
{% materialization m360_chunked_table, default %}
    {{ return(movement_360.m360_build_table('chunked', compiled_code, pre_hooks, post_hooks)) }}
{% endmaterialization %}


{%- macro m360_chunk_marks() -%}
    {{ return({'begin': '/* m360:chunks begin */', 'end': '/* m360:chunks end */', 'between': 'union all /* m360:chunk */'}) }}
{%- endmacro -%}


{#- The selects unioned, with the marks the m360_chunked_table materialization cuts at. -#}
{% macro m360_chunked_union(selects) %}
    {%- set marks = movement_360.m360_chunk_marks() -%}
    {{ return(marks.begin ~ '\n' ~ (selects | join('\n    ' ~ marks.between ~ '\n')) ~ '\n    ' ~ marks.end) }}
{% endmacro %}


{#- The model's SQL as a list of statements, each the SQL before the union, some of its
    branches, and the SQL after it, packed in order while they fit in `limit` characters (default
    var movement_360__max_statement_chars). A branch longer than the limit on its own gets a
    statement of its own, with a warning. With a relation, logs how many statements and the longest. -#}
{% macro m360_chunked_statements(sql, relation=none, limit=none) %}
    {%- set marks = movement_360.m360_chunk_marks() -%}
    {%- if marks.begin not in sql or marks.end not in sql -%}
        {{ return([sql]) }}
    {%- endif -%}
    {%- set limit = (limit if limit is not none else var('movement_360__max_statement_chars', 500000)) | int -%}
    {%- set head, rest = sql.split(marks.begin, 1) -%}
    {%- set body, tail = rest.split(marks.end, 1) -%}
    {%- set branches = body.split(marks.between) -%}
    {%- set glue = '\n    union all\n' -%}
    {%- set frame = (head | length) + (tail | length) -%}
    {%- set packed = namespace(groups=[], current=[], length=frame) -%}
    {%- for branch in branches -%}
        {%- set added = (branch | length) + (glue | length if packed.current else 0) -%}
        {%- if packed.current and packed.length + added > limit -%}
            {%- do packed.groups.append(packed.current) -%}
            {%- set packed.current = [] -%}
            {%- set packed.length = frame -%}
            {%- set added = branch | length -%}
        {%- endif -%}
        {%- do packed.current.append(branch) -%}
        {%- set packed.length = packed.length + added -%}
    {%- endfor -%}
    {%- do packed.groups.append(packed.current) -%}
    {%- set statements = [] -%}
    {%- set longest = namespace(chars=0) -%}
    {%- for group in packed.groups -%}
        {%- set one = head ~ (group | join(glue)) ~ tail -%}
        {%- if one | length > longest.chars -%}
            {%- set longest.chars = one | length -%}
        {%- endif -%}
        {%- do statements.append(one) -%}
    {%- endfor -%}
    {%- if longest.chars > limit -%}
        {%- do exceptions.warn("movement_360: " ~ (relation or 'a chunked union') ~ ": one branch of its union needs a statement of " ~ longest.chars ~ " characters, more than movement_360__max_statement_chars (" ~ limit ~ "); the warehouse may refuse it.") -%}
    {%- endif -%}
    {%- if relation is not none -%}
        {%- do log("movement_360: " ~ relation.identifier ~ " built in " ~ (statements | length) ~ " statement(s) from " ~ (branches | length) ~ " branches, the longest " ~ longest.chars ~ " characters (one statement would have " ~ (sql | length) ~ ")", info=true) -%}
    {%- endif -%}
    {{ return(statements) }}
{% endmacro %}
