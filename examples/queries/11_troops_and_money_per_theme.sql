-- How many: troops and money reported per theme and day (money by currency, people by what they are)
-- A headline's amount that its body repeats is counted once, in the body: the same number of the same unit, or of
-- the same thing or where either names none ("Army sends 400 troops" over "sent 400 troops" or "sent 400";
-- not over "fired 400 rockets"), and a headline's death toll told as people or the dead ("Two dead" over "killed two
-- people"; not "two people injured" over "left two dead").
-- The median (an amount said: of an even number the lower middle one) and the largest, as the report shows them:
-- no total, for one day's amounts of a kind are unrelated figures or several articles' tellings of one.
with amounts as (
    select pa.* from paragraph_amounts pa join paragraphs p using (paragraph_id)
    where p.role <> 'title' or not exists (
        select 1 from paragraph_amounts body join paragraphs bp using (paragraph_id)
        where bp.role <> 'title' and body.article_id = pa.article_id and body.value = pa.value
          and body.unit is not distinct from pa.unit
          and (pa.unit is not null or pa.object is null or body.object is null
               or lower(body.object) = lower(pa.object)
               or lower(pa.object) in ('dead', 'killed') and lower(body.object) in ('people', 'dead', 'killed')))
)
select cast(coalesce(a.published_at, a.ingested_at) as date) as day, t.name as theme,
       coalesce(pa.unit, pa.object) as what, quantile_disc(pa.value, 0.5) as median,
       max(pa.value) as largest, count(*) as amounts,
       bool_or(pa.approximate) as hedged
from amounts pa join paragraph_themes pt on pt.paragraph_id = pa.paragraph_id
join themes t on t.theme_id = pt.theme_id join articles a on a.article_id = pa.article_id
where pa.object in ('troops', 'soldiers', 'forces') or pa.unit in ('USD', 'EUR', 'GBP', 'JPY', 'CNY')
group by all order by day, theme, what limit 6
