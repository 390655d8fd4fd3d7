-- The newest paragraphs on politics: latest publication first
select cast(a.published_at as date) as published, a.site, p.ordinal, left(p.text, 60) as paragraph
from paragraph_themes pt join paragraphs p using (paragraph_id) join articles a on a.article_id = p.article_id
where pt.theme_id = 'medtop:11000000' and a.published_at is not null
order by a.published_at desc, p.ordinal limit 4
