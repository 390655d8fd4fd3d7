with in_articles as (
    select x.theme_id as a, y.theme_id as b, count(*) as articles
    from article_themes x join article_themes y on x.article_id = y.article_id and x.theme_id < y.theme_id
    group by a, b
), in_paragraphs as (
    select x.theme_id as a, y.theme_id as b, count(distinct x.article_id) as articles
    from paragraph_themes x join paragraph_themes y on x.paragraph_id = y.paragraph_id and x.theme_id < y.theme_id
    group by a, b
)
select ta.name as theme, tb.name as with_theme, w.articles, coalesce(p.articles, 0) as in_one_paragraph
from in_articles w left join in_paragraphs p using (a, b)
join themes ta on ta.theme_id = w.a join themes tb on tb.theme_id = w.b
order by w.articles desc, in_one_paragraph desc, theme, with_theme limit 6
