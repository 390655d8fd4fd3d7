with last as (
    select run_id, source from runs where flow_name = 'ingest-articles' and state = 'COMPLETED'
    order by started_at desc limit 1
)
select case when exists (select 1 from articles_history h where h.article_id = a.article_id and h.run_id <> a.run_id)
            then 'changed' else 'new' end as what,
       a.relative_path || coalesce('#record=' || a.record, '') as file, a.title
from articles a join last using (run_id)
union all
select s.status, if(starts_with(s.source, last.source || '/'), substr(s.source, length(last.source) + 2), s.source), null
from sources s join last using (run_id)
where s.status in ('deleted', 'quarantined')
order by what, file limit 6
