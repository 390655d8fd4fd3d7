-- Which site writes about what: the three main themes of each publishing site (from the articles'
-- own metadata)
select coalesce(a.site, '(no site given)') as site, t.name as theme, count(*) as paragraphs
from paragraph_themes pt join articles a using (article_id) join themes t using (theme_id)
group by a.site, t.name
qualify row_number() over (partition by a.site order by paragraphs desc, theme) <= 3
order by site, paragraphs desc, theme
