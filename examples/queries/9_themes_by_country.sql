-- Where: the themes of the paragraphs that name a country (or a city or region in it)
select pp.country_code as country, t.name as theme, count(distinct pp.paragraph_id) as paragraphs
from paragraph_places pp join paragraph_themes pt on pt.paragraph_id = pp.paragraph_id
join themes t on t.theme_id = pt.theme_id
group by all order by paragraphs desc, country, theme limit 6
