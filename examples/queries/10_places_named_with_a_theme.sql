-- The places most often named in paragraphs about one theme (here: disaster, accident and emergency incident), with their coordinates
select pp.name as place, pp.kind, pp.country_code as country, count(*) as mentions,
       any_value(pp.latitude) as latitude, any_value(pp.longitude) as longitude
from paragraph_places pp join paragraph_themes pt on pt.paragraph_id = pp.paragraph_id
where pt.theme_id = 'medtop:03000000'
group by all order by mentions desc, place limit 5
