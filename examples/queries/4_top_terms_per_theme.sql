-- The terms that carry each theme
select t.name as theme, e.term, count(*) as hits
from paragraph_themes pt join themes t using (theme_id), unnest(pt.evidence) as u(e)
group by t.name, e.term
qualify row_number() over (partition by t.name order by hits desc, e.term) <= 2
order by theme, hits desc, e.term limit 8
