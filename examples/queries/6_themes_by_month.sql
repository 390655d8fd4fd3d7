-- Since when: the two main themes of each month of publication; an article without a publication
-- date counts in the month it was ingested, and `dated_by` says which
select strftime(coalesce(a.published_at, a.ingested_at), '%Y-%m') as month,
       case when a.published_at is null then 'ingested' else 'published' end as dated_by,
       t.name as theme, count(*) as paragraphs
from paragraph_themes pt join articles a using (article_id) join themes t using (theme_id)
group by month, dated_by, theme
qualify row_number() over (partition by month, dated_by order by paragraphs desc, theme) <= 2
order by month, dated_by desc, paragraphs desc, theme limit 6
