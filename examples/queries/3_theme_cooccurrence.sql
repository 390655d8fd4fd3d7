-- Which themes share a paragraph most often
select ta.name as theme, tb.name as with_theme, count(*) as paragraphs
from paragraph_themes x
join paragraph_themes y on x.paragraph_id = y.paragraph_id and x.theme_id < y.theme_id
join themes ta on ta.theme_id = x.theme_id join themes tb on tb.theme_id = y.theme_id
group by all order by paragraphs desc, theme, with_theme limit 5
