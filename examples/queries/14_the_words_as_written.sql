select a.relative_path as article, p.ordinal, e.start, e.kind, e.term,
       substr(p.text, e.start + 1, e."end" - e.start) as as_written, round(e.weight, 2) as weight
from paragraph_themes pt join paragraphs p using (paragraph_id) join articles a on a.article_id = p.article_id,
     unnest(pt.evidence) as u(e)
where pt.theme_id = 'medtop:16000000' order by pt.score desc, article, p.ordinal, e.start, e.kind limit 8
