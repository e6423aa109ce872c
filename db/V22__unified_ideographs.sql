-- Radicals as extractors give them (Kangxi Radicals U+2F00-2FDF, CJK Radicals Supplement U+2E80-2EFF: a page PDF
-- printed by a browser or an office suite in Noto or Source Han fonts gives 人民日报 as ⼈⺠⽇报) become the ideographs
-- they stand for, as ingest now reads them (org.baoku.analysis.Ideographs, its table radicals.txt from the Unicode
-- Character Database): the stored articles, page texts, regions and OCR lines of pages stored before this. The page
-- files keep their bytes. Every page changed gets a new revision and a row of index work (the index schema is bumped
-- too, so the index is rebuilt with the same folding at the next start). Reporter and official names are folded too
-- (NFKC, V19, covered the Kangxi radicals but not the supplement's: ⺠ stayed): names that become one are merged as
-- V19 merges them, the lowest id kept. Radicals that stand for an ideograph beyond the Basic Multilingual Plane are
-- left, as ingest and search leave them. Editors' corrections keep what they recorded (compared folded).

create function unify_radicals(t text) returns text language sql immutable strict as $$
    select translate(t,
        '⺁⺂⺃⺄⺅⺆⺈⺉⺊⺋⺌⺍⺎⺏⺐⺒⺓⺔⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠⺡⺢⺣⺤⺥⺦⺧⺨⺩⺫⺬⺭⺯⺰⺱⺲⺳⺴⺶⺹⺺⺻⺼⺾⺿⻀⻁⻂⻃⻄⻅⻆⻈⻉⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻖⻗⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳⼀⼁⼂⼃⼄⼅⼆⼇⼈⼉⼊⼋⼌⼍⼎⼏⼐⼑⼒⼓⼔⼕⼖⼗⼘⼙⼚⼛⼜⼝⼞⼟⼠⼡⼢⼣⼤⼥⼦⼧⼨⼩⼪⼫⼬⼭⼮⼯⼰⼱⼲⼳⼴⼵⼶⼷⼸⼹⼺⼻⼼⼽⼾⼿⽀⽁⽂⽃⽄⽅⽆⽇⽈⽉⽊⽋⽌⽍⽎⽏⽐⽑⽒⽓⽔⽕⽖⽗⽘⽙⽚⽛⽜⽝⽞⽟⽠⽡⽢⽣⽤⽥⽦⽧⽨⽩⽪⽫⽬⽭⽮⽯⽰⽱⽲⽳⽴⽵⽶⽷⽸⽹⽺⽻⽼⽽⽾⽿⾀⾁⾂⾃⾄⾅⾆⾇⾈⾉⾊⾋⾌⾍⾎⾏⾐⾑⾒⾓⾔⾕⾖⾗⾘⾙⾚⾛⾜⾝⾞⾟⾠⾡⾢⾣⾤⾥⾦⾧⾨⾩⾪⾫⾬⾭⾮⾯⾰⾱⾲⾳⾴⾵⾶⾷⾸⾹⾺⾻⾼⾽⾾⾿⿀⿁⿂⿃⿄⿅⿆⿇⿈⿉⿊⿋⿌⿍⿎⿏⿐⿑⿒⿓⿔⿕',
        '厂乛乚乙亻冂刀刂卜㔾小小兀尣尢巳幺彑忄心扌攵旡日月歺母民氵氺灬爫爫丬牛犭王目示礻糹纟罓罒㓁冗羊耂肀聿肉艹艹艹虎衤覀西见角讠贝车辶辶辶邑钅長镸长门阝雨青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠')
$$;

create temporary table touched_page (id bigint primary key) on commit drop;

insert into touched_page
select distinct page_id from article
where kicker ~ '[\u2E80-\u2EFF\u2F00-\u2FDF]' or headline ~ '[\u2E80-\u2EFF\u2F00-\u2FDF]'
   or subtitle ~ '[\u2E80-\u2EFF\u2F00-\u2FDF]' or dateline ~ '[\u2E80-\u2EFF\u2F00-\u2FDF]'
   or byline ~ '[\u2E80-\u2EFF\u2F00-\u2FDF]' or body ~ '[\u2E80-\u2EFF\u2F00-\u2FDF]'
on conflict do nothing;
insert into touched_page select id from page where raw_text ~ '[\u2E80-\u2EFF\u2F00-\u2FDF]' on conflict do nothing;

-- Reporters and officials ---------------------------------------------------------------------------------------------

create temporary table reporter_folded on commit drop as
select id, name, unify_radicals(name) as folded, min(id) over (partition by unify_radicals(name)) as kept from reporter;

insert into touched_page
select distinct a.page_id from article_reporter ar join reporter_folded k on k.id = ar.reporter_id
join article a on a.id = ar.article_id where k.id <> k.kept or k.name <> k.folded
on conflict do nothing;

delete from article_reporter ar using reporter_folded k
where ar.reporter_id = k.id and exists (
    select 1 from article_reporter o join reporter_folded ok on ok.id = o.reporter_id
    where o.article_id = ar.article_id and ok.kept = k.kept and o.reporter_id < ar.reporter_id);
update article_reporter ar set reporter_id = k.kept from reporter_folded k where ar.reporter_id = k.id and k.id <> k.kept;
delete from reporter r using reporter_folded k where r.id = k.id and k.id <> k.kept;
update reporter r set name = k.folded from reporter_folded k where r.id = k.id and r.name <> k.folded;

create temporary table official_folded on commit drop as
select id, name, unify_radicals(name) as folded, min(id) over (partition by unify_radicals(name)) as kept from official;

insert into touched_page
select distinct a.page_id from article_official ao join official_folded k on k.id = ao.official_id
join article a on a.id = ao.article_id where k.id <> k.kept or k.name <> k.folded
on conflict do nothing;

delete from article_official ao using official_folded k
where ao.official_id = k.id and exists (
    select 1 from article_official o join official_folded ok on ok.id = o.official_id
    where o.article_id = ao.article_id and ok.kept = k.kept and o.official_id < ao.official_id);
update article_official ao set official_id = k.kept from official_folded k where ao.official_id = k.id and k.id <> k.kept;
delete from official o using official_folded k where o.id = k.id and k.id <> k.kept;
update official o set name = k.folded from official_folded k where o.id = k.id and o.name <> k.folded;
update article_official set title = unify_radicals(title) where title ~ '[\u2E80-\u2EFF\u2F00-\u2FDF]';

-- Articles, pages, regions, OCR lines ------------------------------------------------------------------------------

update article set kicker = unify_radicals(kicker), headline = unify_radicals(headline),
                   subtitle = unify_radicals(subtitle), dateline = unify_radicals(dateline),
                   byline = unify_radicals(byline), body = unify_radicals(body)
where page_id in (select id from touched_page);
update page set raw_text = unify_radicals(raw_text) where id in (select id from touched_page);
update article_region set text = unify_radicals(text) where text ~ '[\u2E80-\u2EFF\u2F00-\u2FDF]';
update page_ocr_line set text = unify_radicals(text) where text ~ '[\u2E80-\u2EFF\u2F00-\u2FDF]';
update retired_article set headline = unify_radicals(headline) where headline ~ '[\u2E80-\u2EFF\u2F00-\u2FDF]';

update page p set revision = nextval('page_revision') from touched_page t where t.id = p.id;
insert into index_outbox (page_id, revision) select p.id, p.revision from page p join touched_page t on t.id = p.id;
