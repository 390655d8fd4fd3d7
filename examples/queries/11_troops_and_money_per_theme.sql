-- How many: troops and money reported per theme and day (money by currency, people by what they are)
-- A headline's amount that its body repeats (the same number of the same unit or thing) is counted once, in the body
-- ("Army sends 400 troops" over "sent 400 troops"; not over "fired 400 rockets").
with amounts as (
    select pa.* from paragraph_amounts pa join paragraphs p using (paragraph_id)
    qualify p.role <> 'title'
        or count(*) filter (where p.role <> 'title')
           over (partition by pa.article_id, pa.value, coalesce(pa.unit, lower(pa.object))) = 0
)
select cast(coalesce(a.published_at, a.ingested_at) as date) as day, t.name as theme,
       coalesce(pa.unit, pa.object) as what, sum(pa.value) as total, count(*) as amounts,
       bool_or(pa.approximate) as hedged
from amounts pa join paragraph_themes pt on pt.paragraph_id = pa.paragraph_id
join themes t on t.theme_id = pt.theme_id join articles a on a.article_id = pa.article_id
where pa.object in ('troops', 'soldiers', 'forces') or pa.unit in ('USD', 'EUR', 'GBP', 'JPY', 'CNY')
group by all order by day, theme, what limit 6
