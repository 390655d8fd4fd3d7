-- Since when: theme labels per day the articles were ingested
select cast(a.ingested_at as date) as day, t.name as theme, count(*) as paragraphs
from paragraph_themes pt join articles a using (article_id) join themes t using (theme_id)
group by all order by day, paragraphs desc, theme limit 4
