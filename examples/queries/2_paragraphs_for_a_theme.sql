-- Paragraphs about conflict, war and peace, strongest first, with the words that justify the label
select a.relative_path as article, p.ordinal, round(pt.score, 1) as score,
       list_transform(pt.evidence, lambda e: e.term || '@' || e.start) as evidence
from paragraph_themes pt join paragraphs p using (paragraph_id) join articles a on a.article_id = p.article_id
where pt.theme_id = 'medtop:16000000' order by pt.score desc, article, p.ordinal limit 4
