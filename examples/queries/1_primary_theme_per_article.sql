-- The primary theme of each article, and its share of the article's theme score
select a.relative_path as article, t.name as primary_theme, round(x.score, 1) as score, round(x.share, 2) as share
from article_themes x join articles a using (article_id) join themes t using (theme_id)
where x.is_primary order by article limit 6
