-- In what tone: the most negative paragraphs on a theme (conflict, war and peace); tone = positive - negative
select a.relative_path as article, p.ordinal, p.tone, p.negative, left(p.text, 40) as starts
from paragraph_themes pt join paragraphs p on p.paragraph_id = pt.paragraph_id
join articles a on a.article_id = p.article_id
where pt.theme_id = 'medtop:16000000' order by p.tone, article, p.ordinal limit 4
