-- The primary theme of each article, and its share of the article's theme score
-- (an article of a records file is named by its record, as the quarantine names it: "feed.jsonl#record=2")
select a.relative_path || coalesce('#record=' || a.record, '') as article, t.name as primary_theme,
       round(x.score, 1) as score, round(x.share, 2) as share
from article_themes x join articles a using (article_id) join themes t using (theme_id)
where x.is_primary order by a.relative_path, a.record limit 6
