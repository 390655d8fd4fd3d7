-- Every run: what it saw, what it wrote, how long it took
select left(run_id, 8) as run, deployment, state, files_seen, files_new, files_unchanged,
       files_quarantined, paragraphs_written, round(duration_s, 2) as seconds
from runs order by started_at
