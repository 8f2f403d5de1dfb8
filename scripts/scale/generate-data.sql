-- The scale data set of issue 9, set-based: every table is filled by one INSERT … SELECT over generate_series.
-- Run by scripts/generate-data.sh on a PostgreSQL database that the application has already migrated (and filled
-- with its demo data); :vocab is the folded vocabulary that scripts/scale/FoldWords.java wrote, as a COPY.
-- Pseudo-random choices come from md5 of the row's number, so two runs make the same data.
\set ON_ERROR_STOP on
\timing on
SET client_min_messages = warning;
SET work_mem = '64MB';
SET maintenance_work_mem = '256MB';
SET synchronous_commit = off;

BEGIN;

-- h(text) in [0, 1): a stable pseudo-random number
CREATE FUNCTION pg_temp.h(s text) RETURNS double precision IMMUTABLE LANGUAGE sql
    AS $$ SELECT ('x' || substr(md5(s), 1, 8))::bit(32)::bigint / 4294967296.0 $$;

CREATE TEMP TABLE vocab_row (lang text, ord int, word text, folded text, low text, cap text, cap_folded text, cap_low text);
-- COPY … FROM STDIN with the folded words, written by generate-data.sh (\copy takes no variables)
\i :vocab
CREATE TEMP TABLE vocab AS
SELECT lang, count(*)::int AS n, array_agg(word ORDER BY ord) AS w, array_agg(folded ORDER BY ord) AS f,
       array_agg(low ORDER BY ord) AS l, array_agg(cap ORDER BY ord) AS c, array_agg(cap_folded ORDER BY ord) AS cf,
       array_agg(cap_low ORDER BY ord) AS cl
FROM vocab_row GROUP BY lang;

-- Phrases per language: titles (4-7 words) and sentences (8-15 words, ending with a full stop). Words are drawn
-- with a skew (the square of a uniform number), so that some words are common and others rare, as in real text.
-- txt is what is shown, folded what Folding.fold makes of it, low what Text.searchable makes of it.
CREATE TEMP TABLE phrase (lang text, kind text, pno int, txt text, folded text, low text, PRIMARY KEY (lang, kind, pno));
INSERT INTO phrase
SELECT v.lang, k.kind, g.i,
       string_agg(CASE WHEN j = 1 THEN v.c[x] ELSE v.w[x] END, ' ' ORDER BY j) || k.stop,
       string_agg(CASE WHEN j = 1 THEN v.cf[x] ELSE v.f[x] END, ' ' ORDER BY j),
       string_agg(CASE WHEN j = 1 THEN v.cl[x] ELSE v.l[x] END, ' ' ORDER BY j) || k.stop
FROM vocab v
CROSS JOIN (VALUES ('title', 5000, 4, 4, ''), ('sentence', 20000, 8, 8, '.')) AS k(kind, count, least_words, spread, stop)
CROSS JOIN LATERAL generate_series(1, k.count) AS g(i)
CROSS JOIN LATERAL generate_series(1, k.least_words + (g.i % k.spread)) AS j
CROSS JOIN LATERAL (SELECT 1 + floor(v.n * power(pg_temp.h(v.lang || k.kind || g.i || '/' || j), 2))::int AS x) AS pick
GROUP BY v.lang, k.kind, g.i, k.stop;
ANALYZE phrase;

-- Ids above everything that exists (the demo data), so the generated rows never meet the application's own.
CREATE TEMP TABLE base AS SELECT
    (SELECT coalesce(max(id), 0) + 1000 FROM organisation) AS org,
    (SELECT coalesce(max(id), 0) + 1000 FROM project) AS project,
    (SELECT coalesce(max(id), 0) + 1000 FROM indicator) AS indicator,
    (SELECT coalesce(max(id), 0) + 1000 FROM content) AS content,
    (SELECT coalesce(max(id), 0) + 1000 FROM registration) AS registration,
    (SELECT coalesce(max(id), 0) + 1000 FROM audit_entry) AS audit,
    localtimestamp(0) AS now;

-- 2,000 organisations, named in Bulgarian and English
INSERT INTO organisation (id, version, kind, region, street, city, postcode, email, phone, website)
SELECT b.org + i, 1,
       (ARRAY['NGO','TRADE_UNION','MUNICIPALITY','STATE_AGENCY','INFORMATION_CENTRE','OTHER'])[1 + i % 6],
       (ARRAY['BLAGOEVGRAD','BURGAS','DOBRICH','GABROVO','HASKOVO','KARDZHALI','KYUSTENDIL','LOVECH','MONTANA',
              'PAZARDZHIK','PERNIK','PLEVEN','PLOVDIV','RAZGRAD','RUSE','SHUMEN','SILISTRA','SLIVEN','SMOLYAN',
              'SOFIA_CITY','SOFIA_PROVINCE','STARA_ZAGORA','TARGOVISHTE','VARNA','VELIKO_TARNOVO','VIDIN','VRATSA',
              'YAMBOL'])[1 + i % 28],
       'ул. „Васил Левски“ ' || (1 + i % 120), (ARRAY['София','Пловдив','Варна','Бургас','Хасково','Русе'])[1 + i % 6],
       (1000 + i % 9000)::text, 'office' || i || '@org' || i || '.example.org', '+359 2 ' || (100000 + i),
       'https://org' || i || '.example.org'
FROM base b CROSS JOIN generate_series(1, 2000) i;
INSERT INTO organisation_name (organisation_id, lang, name)
SELECT b.org + i, p.lang, CASE p.lang WHEN 'bg' THEN 'Сдружение „' ELSE 'Association "' END || p.txt
       || CASE p.lang WHEN 'bg' THEN '“ ' ELSE '" ' END || i
FROM base b CROSS JOIN generate_series(1, 2000) i JOIN phrase p ON p.kind = 'title' AND p.pno = 1 + (i * 7) % 5000 AND p.lang IN ('bg', 'en');

-- 20,000 projects with Bulgarian and English texts and two entered indicators each
INSERT INTO project (id, version, contract_number, funding_scheme, fund, beneficiary_id, start_date, end_date, region,
                     status, search_text, folded_text)
SELECT b.project + i, 1, n.contract, 'BG AMIF ' || (2016 + i % 10) || '/' || lpad((i / 10000 + 1)::text, 2, '0'), 'AMIF',
       b.org + 1 + i % 2000, n.starts, n.starts + 180 + i % 500, o.region,
       CASE WHEN n.starts > current_date THEN 'PLANNED' WHEN n.starts + 180 + i % 500 < current_date THEN 'COMPLETED'
            ELSE 'RUNNING' END,
       -- Project.refreshSearchText: the contract number, then per language in code order (bg, en) title and
       -- summary, in lower case (Text.searchable)
       lower(n.contract) || ' ' || tbg.low || ' ' || sbg.low || ' ' || ten.low || ' ' || sen.low,
       -- Project.folded: the same in Folding.fold form (a contract number folds to its lower-case words)
       regexp_replace(lower(n.contract), '[^a-z0-9]+', ' ', 'g') || ' ' || tbg.folded || ' ' || sbg.folded || ' '
           || ten.folded || ' ' || sen.folded
FROM base b CROSS JOIN generate_series(1, 20000) i
JOIN LATERAL (SELECT 'BG AMIF ' || (2016 + i % 10) || '/' || lpad((i / 10000 + 1)::text, 2, '0') || '-'
                         || lpad((i / 100 % 100)::text, 2, '0') || '.' || lpad((i % 100)::text, 2, '0') AS contract,
                     date '2016-01-01' + (i % 3650) AS starts) n ON true
JOIN phrase tbg ON tbg.lang = 'bg' AND tbg.kind = 'title' AND tbg.pno = 1 + (i * 13) % 5000
JOIN phrase ten ON ten.lang = 'en' AND ten.kind = 'title' AND ten.pno = 1 + (i * 13) % 5000
JOIN phrase sbg ON sbg.lang = 'bg' AND sbg.kind = 'sentence' AND sbg.pno = 1 + (i * 31) % 20000
JOIN phrase sen ON sen.lang = 'en' AND sen.kind = 'sentence' AND sen.pno = 1 + (i * 31) % 20000
JOIN organisation o ON o.id = b.org + 1 + i % 2000;
INSERT INTO project_text (project_id, lang, title, summary)
SELECT b.project + i, t.lang, t.txt, s.txt
FROM base b CROSS JOIN generate_series(1, 20000) i
JOIN phrase t ON t.kind = 'title' AND t.pno = 1 + (i * 13) % 5000 AND t.lang IN ('bg', 'en')
JOIN phrase s ON s.kind = 'sentence' AND s.pno = 1 + (i * 31) % 20000 AND s.lang = t.lang;
INSERT INTO indicator (id, version, project_id, unit, target_value, achieved_value, position, source)
SELECT b.indicator + (i - 1) * 2 + k, 1, b.project + i, (ARRAY['PARTICIPANTS','EVENTS'])[k], 100 * k, (i * k) % (100 * k), k, 'ENTERED'
FROM base b CROSS JOIN generate_series(1, 20000) i, generate_series(1, 2) k;
INSERT INTO indicator_name (indicator_id, lang, name)
SELECT b.indicator + (i - 1) * 2 + k, l.lang, CASE k WHEN 1 THEN l.participants ELSE l.events END
FROM base b CROSS JOIN generate_series(1, 20000) i, generate_series(1, 2) k,
     (VALUES ('bg', 'Участници в обученията', 'Проведени семинари'), ('en', 'Training participants', 'Seminars held')) l(lang, participants, events);

-- Content: 40,000 news, 200,000 events, 25,000 resources and 10,000 information articles. The news, resources,
-- information articles and the first 25,000 events (100,000 items) have texts in all seven languages; the other
-- 175,000 events in Bulgarian and English. About 95 % published, the rest drafts and unpublished.
CREATE TEMP TABLE gen_content AS
SELECT b.content + n AS id, kind, i, n, b.now,
       CASE WHEN n % 40 = 7 THEN 'DRAFT' WHEN n % 50 = 9 THEN 'UNPUBLISHED' ELSE 'PUBLISHED' END AS status,
       CASE WHEN kind = 'EVENT' AND i > 25000 THEN 2 ELSE 7 END AS langs
FROM base b, (SELECT 'NEWS' AS kind, i, i AS n FROM generate_series(1, 40000) i
              UNION ALL SELECT 'EVENT', i, 40000 + i FROM generate_series(1, 200000) i
              UNION ALL SELECT 'RESOURCE', i, 240000 + i FROM generate_series(1, 25000) i
              UNION ALL SELECT 'INFO', i, 265000 + i FROM generate_series(1, 10000) i) c;
-- an event's time: spread over four years back and one ahead, so a fifth are upcoming
ALTER TABLE gen_content ADD COLUMN starts_at timestamp;
UPDATE gen_content SET starts_at = date_trunc('hour', now - interval '4 years' + (i * interval '5 years') / 200000) + interval '10 hours'
WHERE kind = 'EVENT';
ALTER TABLE gen_content ADD PRIMARY KEY (id);

INSERT INTO content (id, version, type, slug, status, published_at, updated_at, project_id)
SELECT g.id, 1, g.kind,
       -- the Bulgarian title in Latin letters (its folded form) and the item's number: unique per type
       left(replace(t.folded, ' ', '-'), 60) || '-' || g.i, g.status,
       CASE WHEN g.status = 'DRAFT' THEN NULL
            WHEN g.kind = 'EVENT' THEN least(g.starts_at - interval '30 days', g.now - interval '1 minute')
            ELSE g.now - (g.i % 43800) * interval '1 hour' - interval '1 minute' END,
       CASE WHEN g.kind = 'EVENT' THEN least(g.starts_at - interval '30 days', g.now - interval '1 minute')
            ELSE g.now - (g.i % 43800) * interval '1 hour' - interval '1 minute' END,
       CASE WHEN g.n % 10 < 7 THEN b.project + 1 + g.n % 20000 END
FROM gen_content g, base b
JOIN phrase t ON t.lang = 'bg' AND t.kind = 'title'
WHERE t.pno = 1 + (g.n * 17) % 5000;

INSERT INTO article (id, kind)
SELECT id, CASE WHEN i % 10 = 0 THEN 'PRESS_RELEASE' ELSE 'NEWS' END FROM gen_content WHERE kind = 'NEWS';
INSERT INTO event (id, kind, starts_at, ends_at, venue, city, region, capacity)
SELECT g.id, (ARRAY['SEMINAR','FORUM','PRACTICUM','TRAINING','PRESS_CONFERENCE','DISCUSSION'])[1 + g.i % 6],
       g.starts_at, g.starts_at + interval '3 hours',
       'Заседателна зала ' || (1 + g.i % 12), (ARRAY['София','Пловдив','Варна','Бургас','Хасково','Русе'])[1 + g.i % 6],
       (ARRAY['SOFIA_CITY','PLOVDIV','VARNA','BURGAS','HASKOVO','RUSE'])[1 + g.i % 6],
       -- a few small events fill up and have a waitlist (see the registrations); a fifth have no limit
       CASE WHEN g.i % 50 = 0 THEN 3 WHEN g.i % 5 = 0 THEN NULL ELSE 20 + g.i % 30 END
FROM gen_content g WHERE g.kind = 'EVENT';
INSERT INTO event_method (event_id, method)
SELECT id, (ARRAY['LECTURE','INTERACTIVE','ROLE_PLAY','CASE_STUDY','DISCUSSION','GROUP_WORK','PRESENTATION'])[1 + i % 7]
FROM gen_content WHERE kind = 'EVENT';
INSERT INTO event_target_group (event_id, target_group_code)
SELECT id, (ARRAY['LOCAL_AUTHORITY','INSTITUTION','TERRITORIAL_UNIT','SOCIAL_PARTNER','NGO','IMMIGRANT_COMMUNITY','MEDIA','OTHER'])[1 + i % 8]
FROM gen_content WHERE kind = 'EVENT';
INSERT INTO resource (id, kind, topic, material_lang, print_run)
SELECT id, (ARRAY['HANDBOOK','BROCHURE','LEAFLET','BANNER','INFORMATION_BOARD','POSTER','PRESENTATION','OTHER'])[1 + i % 8],
       (ARRAY['RESIDENCE','WORK','EDUCATION','HEALTH','LANGUAGE_COURSES','HELP','INTEGRATION'])[1 + i % 7],
       (ARRAY['bg','en','ar','ru','tr','fa','uk'])[1 + i % 7], CASE WHEN i % 3 = 0 THEN 250 END
FROM gen_content WHERE kind = 'RESOURCE';
INSERT INTO info_article (id, topic, position)
SELECT id, (ARRAY['RESIDENCE','WORK','EDUCATION','HEALTH','LANGUAGE_COURSES','HELP','INTEGRATION'])[1 + i % 7], 100 + i
FROM gen_content WHERE kind = 'INFO';

-- Texts: a title, a summary sentence and a body of two paragraphs (three sentences). search_text is what
-- ContentText stores: fold(title) | fold(summary) | fold(body without its tags).
INSERT INTO content_text (content_id, lang, title, summary, body, search_text)
SELECT g.id, l.lang, t.txt, s1.txt, '<p>' || s2.txt || ' ' || s3.txt || '</p><p>' || s4.txt || '</p>',
       t.folded || ' | ' || s1.folded || ' | ' || s2.folded || ' ' || s3.folded || ' ' || s4.folded
FROM gen_content g
JOIN (VALUES ('bg', 1), ('en', 2), ('ar', 3), ('ru', 4), ('tr', 5), ('fa', 6), ('uk', 7)) l(lang, pos) ON l.pos <= g.langs
JOIN phrase t ON t.lang = l.lang AND t.kind = 'title' AND t.pno = 1 + (g.n * 17) % 5000
JOIN phrase s1 ON s1.lang = l.lang AND s1.kind = 'sentence' AND s1.pno = 1 + (g.n * 7) % 20000
JOIN phrase s2 ON s2.lang = l.lang AND s2.kind = 'sentence' AND s2.pno = 1 + (g.n * 11 + 1) % 20000
JOIN phrase s3 ON s3.lang = l.lang AND s3.kind = 'sentence' AND s3.pno = 1 + (g.n * 13 + 2) % 20000
JOIN phrase s4 ON s4.lang = l.lang AND s4.kind = 'sentence' AND s4.pno = 1 + (g.n * 19 + 3) % 20000;

-- 1,000,000 registrations: event k gets 1 + k % 9 of them (5 on average; the first five one more), all before it starts. Events with
-- 3 places confirm the first three and waitlist the rest; elsewhere every seventh event has its second one
-- cancelled. Past events have two of three confirmed people marked present.
INSERT INTO registration (id, version, event_id, full_name, organisation, role_title, target_group_code, email,
                          active_email, phone, lang, consent_at, consent_version, status, created_at, status_changed_at,
                          cancel_token, attended_at, attendance_marked_by)
SELECT b.registration + r.rn, 1, r.id, r.full_name, 'Сдружение ' || (1 + r.rn % 2000), 'координатор',
       (ARRAY['LOCAL_AUTHORITY','INSTITUTION','TERRITORIAL_UNIT','SOCIAL_PARTNER','NGO','IMMIGRANT_COMMUNITY','MEDIA','OTHER'])[1 + r.rn % 8],
       r.email, CASE WHEN r.status = 'CANCELLED' THEN NULL ELSE r.email END, '+359 88 ' || (1000000 + r.rn % 8999999),
       (ARRAY['bg','en','ar','ru','tr','fa','uk'])[1 + r.rn % 7], r.created_at, '2026-11', r.status, r.created_at,
       r.created_at, encode(sha256(convert_to('integra-scale-' || r.rn, 'UTF8')), 'hex'),
       CASE WHEN r.status = 'CONFIRMED' AND r.starts_at < b.now AND r.rn % 3 <> 0 THEN r.starts_at + interval '15 minutes' END,
       CASE WHEN r.status = 'CONFIRMED' AND r.starts_at < b.now AND r.rn % 3 <> 0 THEN 'admin' END
FROM base b, (
    SELECT g.id, g.starts_at, j, row_number() OVER (ORDER BY g.id, j) AS rn,
           (ARRAY['Иван','Мария','Ahmad','Fatima','Olena','Dmitri','Ayşe','Reza','Georgi','Leyla'])[1 + (g.i + j) % 10] || ' '
               || (ARRAY['Петров','Иванова','Hassan','Karimi','Kovalenko','Smirnov','Yılmaz','Ahmadi','Dimitrov','Nouri'])[1 + (g.i * 3 + j) % 10] AS full_name,
           'person' || g.i || '.' || j || '@example.org' AS email,
           CASE WHEN g.i % 50 = 0 THEN CASE WHEN j <= 3 THEN 'CONFIRMED' ELSE 'WAITLISTED' END
                WHEN g.i % 7 = 0 AND j = 2 THEN 'CANCELLED' ELSE 'CONFIRMED' END AS status,
           least(g.starts_at - interval '2 days' - (10 - j) * interval '1 hour', g.now - interval '1 hour') - (10 - j) * interval '1 minute' AS created_at
    FROM gen_content g, generate_series(1, 9) j
    WHERE g.kind = 'EVENT' AND j <= 1 + g.i % 9 + CASE WHEN g.i <= 5 THEN 1 ELSE 0 END) r; -- 5 more: a round million

-- 1,000,000 audit rows over three years: changes to the generated projects, news, events and registrations
INSERT INTO audit_entry (id, occurred_at, username, entity_type, entity_id, action, project_id, changes)
SELECT b.audit + i, b.now - (i * interval '95 seconds'),
       (ARRAY['admin','editor.petrova','coordinator.hassan','registrar.ivanov','system','anonymous'])[1 + i % 6],
       k.entity_type,
       CASE k.entity_type WHEN 'PROJECT' THEN b.project + 1 + i % 20000 WHEN 'NEWS' THEN b.content + 1 + i % 40000
            WHEN 'EVENT' THEN b.content + 40001 + i % 200000 ELSE b.registration + 1 + i % 1000000 END,
       (ARRAY['UPDATE','CREATE','PUBLISH','UPDATE'])[1 + i / 4 % 4], b.project + 1 + i % 20000,
       CASE k.entity_type WHEN 'REGISTRATION' THEN '[{"field":"email","personal":true},{"field":"status","old":"WAITLISTED","new":"CONFIRMED"}]'
            ELSE '[{"field":"title.bg","old":"' || replace(p.txt, '"', '') || '","new":"' || replace(q.txt, '"', '') || '"}]' END
FROM base b CROSS JOIN generate_series(1, 1000000) i
JOIN LATERAL (SELECT (ARRAY['PROJECT','NEWS','EVENT','REGISTRATION'])[1 + i % 4] AS entity_type) k ON true
JOIN phrase p ON p.lang = 'bg' AND p.kind = 'title' AND p.pno = 1 + i % 5000
JOIN phrase q ON q.lang = 'bg' AND q.kind = 'title' AND q.pno = 1 + (i + 1) % 5000;

-- The network's directory (issue 10): the 2,000 organisations become members, each with 5 locations (10,000, with
-- weekday hours, 2-3 languages and a position near its oblast's centre) and 10 services (20,000) offered at one or
-- two of its locations (30,000 links). Folded text as Organisation.foldedText makes it: slug, names bg then en.
CREATE TEMP TABLE region_centre (region text PRIMARY KEY, lat double precision, lon double precision);
INSERT INTO region_centre VALUES ('BLAGOEVGRAD',42.0209,23.0943),('BURGAS',42.5048,27.4626),('DOBRICH',43.5726,27.8273),
    ('GABROVO',42.8742,25.3187),('HASKOVO',41.9344,25.5554),('KARDZHALI',41.6338,25.3777),('KYUSTENDIL',42.2839,22.6911),
    ('LOVECH',43.1370,24.7142),('MONTANA',43.4125,23.2250),('PAZARDZHIK',42.1928,24.3336),('PERNIK',42.6052,23.0378),
    ('PLEVEN',43.4170,24.6067),('PLOVDIV',42.1354,24.7453),('RAZGRAD',43.5333,26.5167),('RUSE',43.8356,25.9657),
    ('SHUMEN',43.2712,26.9361),('SILISTRA',44.1171,27.2606),('SLIVEN',42.6817,26.3229),('SMOLYAN',41.5774,24.7011),
    ('SOFIA_CITY',42.6977,23.3219),('SOFIA_PROVINCE',42.6977,23.3219),('STARA_ZAGORA',42.4258,25.6345),
    ('TARGOVISHTE',43.2512,26.5722),('VARNA',43.2141,27.9147),('VELIKO_TARNOVO',43.0757,25.6172),('VIDIN',43.9962,22.8679),
    ('VRATSA',43.2102,23.5529),('YAMBOL',42.4842,26.5035);
CREATE TEMP TABLE net_base AS SELECT
    (SELECT coalesce(max(id), 0) + 1000 FROM network_location) AS location,
    (SELECT coalesce(max(id), 0) + 1000 FROM network_service) AS service,
    (SELECT coalesce(max(id), 0) + 1000 FROM service_at_location) AS link;

UPDATE organisation o SET slug = 'member-' || (o.id - b.org),
       folded_text = 'member ' || (o.id - b.org) || ' sdruzhenie ' || pbg.folded || ' ' || (o.id - b.org)
                     || ' association ' || pen.folded || ' ' || (o.id - b.org)
FROM base b, phrase pbg, phrase pen
WHERE o.id BETWEEN b.org + 1 AND b.org + 2000
  AND pbg.lang = 'bg' AND pbg.kind = 'title' AND pbg.pno = 1 + ((o.id - b.org) * 7) % 5000
  AND pen.lang = 'en' AND pen.kind = 'title' AND pen.pno = 1 + ((o.id - b.org) * 7) % 5000;
INSERT INTO organisation_description (organisation_id, lang, description)
SELECT b.org + i, p.lang, p.txt
FROM base b CROSS JOIN generate_series(1, 2000) i JOIN phrase p ON p.kind = 'sentence' AND p.pno = 1 + (i * 11) % 20000 AND p.lang IN ('bg', 'en');

INSERT INTO network_location (id, version, organisation_id, street, city, postcode, region, latitude, longitude, phone,
                              email, verified_on, verified_by)
SELECT nb.location + i, 1, o.id, 'ул. „Христо Ботев“ ' || (1 + i % 90), o.city, o.postcode, o.region,
       rc.lat + (pg_temp.h('lat' || i) - 0.5) * 0.4, rc.lon + (pg_temp.h('lon' || i) - 0.5) * 0.5,
       '+359 2 ' || (200000 + i), 'desk' || i || '@example.org',
       b.now::date - (i % 700), 'Проверител ' || (i % 40)
FROM base b CROSS JOIN net_base nb CROSS JOIN generate_series(1, 10000) i
JOIN organisation o ON o.id = b.org + 1 + (i - 1) / 5
JOIN region_centre rc ON rc.region = o.region;
INSERT INTO network_location_text (location_id, lang, name, description, transportation, accessibility)
SELECT nb.location + i, p.lang, CASE p.lang WHEN 'bg' THEN 'Център „' ELSE 'Centre "' END || p.txt
       || CASE p.lang WHEN 'bg' THEN '“ ' ELSE '" ' END || i, NULL, NULL, NULL
FROM net_base nb CROSS JOIN generate_series(1, 10000) i JOIN phrase p ON p.kind = 'title' AND p.pno = 1 + (i * 13) % 5000 AND p.lang IN ('bg', 'en');
INSERT INTO network_location_language (location_id, code)
SELECT DISTINCT nb.location + i, c
FROM net_base nb CROSS JOIN generate_series(1, 10000) i
CROSS JOIN LATERAL unnest(ARRAY['bg', (ARRAY['en','ar','ru','tr','fa','uk','fr','de'])[1 + i % 8],
                                (ARRAY['en','ar','ru','tr'])[1 + i % 4]]) c;
INSERT INTO network_opening_hours (location_id, weekday, opens_minute, closes_minute)
SELECT nb.location + i, d, 480 + (i % 3) * 60, 1020 + (i % 2) * 60
FROM net_base nb CROSS JOIN generate_series(1, 10000) i CROSS JOIN generate_series(1, 5) d;

INSERT INTO network_service (id, version, organisation_id, kind, status, free_of_charge, url, email, phone, verified_on,
                             verified_by)
SELECT nb.service + i, 1, b.org + 1 + (i - 1) / 10,
       (ARRAY['INFORMATION','LEGAL_ADVICE','BULGARIAN_COURSES','EMPLOYMENT','HEALTH_MEDIATION','HOUSING',
              'PSYCHOLOGICAL_SUPPORT','INTERPRETATION','EDUCATION','SOCIAL_ASSISTANCE'])[1 + i % 10],
       CASE WHEN i % 17 = 0 THEN 'TEMPORARILY_CLOSED' WHEN i % 29 = 0 THEN 'INACTIVE' ELSE 'ACTIVE' END,
       i % 5 <> 0, NULL, NULL, NULL, b.now::date - (i % 500), 'Проверител ' || (i % 40)
FROM base b CROSS JOIN net_base nb CROSS JOIN generate_series(1, 20000) i;
INSERT INTO network_service_text (service_id, lang, name, description, eligibility, fees)
SELECT nb.service + i, p.lang, p.txt, s.txt, NULL, NULL
FROM net_base nb CROSS JOIN generate_series(1, 20000) i
JOIN phrase p ON p.kind = 'title' AND p.pno = 1 + (i * 17) % 5000 AND p.lang IN ('bg', 'en')
JOIN phrase s ON s.kind = 'sentence' AND s.pno = 1 + (i * 19) % 20000 AND s.lang = p.lang;
INSERT INTO network_service_language (service_id, code)
SELECT DISTINCT nb.service + i, c
FROM net_base nb CROSS JOIN generate_series(1, 20000) i
CROSS JOIN LATERAL unnest(ARRAY['bg', (ARRAY['en','ar','ru','tr','fa','uk'])[1 + i % 6]]) c;
-- service i of member m is offered at its location 1 + i % 5 and, for every other service, also at the next one
INSERT INTO service_at_location (id, service_id, location_id)
SELECT nb.link + row_number() OVER (ORDER BY i, k), nb.service + i, nb.location + ((i - 1) / 10) * 5 + 1 + (i + k) % 5
FROM net_base nb CROSS JOIN generate_series(1, 20000) i CROSS JOIN generate_series(0, 1) k
WHERE k = 0 OR i % 2 = 0;
-- the languages offered at each location, as network.DirectoryOffers keeps them (V18)
INSERT INTO network_location_offer (location_id, code)
SELECT c.location_id, c.code FROM network_location_language c
JOIN net_base nb ON c.location_id BETWEEN nb.location + 1 AND nb.location + 10000
UNION
SELECT a.location_id, c.code FROM service_at_location a
JOIN network_service s ON s.id = a.service_id
JOIN network_service_language c ON c.service_id = s.id
JOIN net_base nb ON a.location_id BETWEEN nb.location + 1 AND nb.location + 10000
WHERE s.status = 'ACTIVE';

-- The forum (issue 11): 2,000 confirmed portal accounts that cannot sign in (no password), 8 categories (the last
-- limited to Arabic), 20,000 visible topics spread over two years in them, and 1 + t % 9 visible posts in topic t
-- (about 100,000), except the first generated topic, which has 500 (a long thread, for its pages). Counts as the
-- writers keep them: a topic's posts and latest post, a category's topics, posts and latest post.
CREATE TEMP TABLE forum_base AS SELECT
    (SELECT coalesce(max(id), 0) + 1000 FROM portal_account) AS account,
    (SELECT coalesce(max(id), 0) + 1000 FROM forum_category) AS category,
    (SELECT coalesce(max(id), 0) + 1000 FROM forum_topic) AS topic,
    (SELECT coalesce(max(id), 0) + 1000 FROM forum_post) AS post,
    localtimestamp(0) AS now;

INSERT INTO portal_account (id, version, email, handle, display_name, language, status, created_at, confirmed_at,
                            trust_level, approved_posts, mail_key, digest, mail_notices)
SELECT f.account + i, 1, 'scale-' || i || '@example.org', 'scale-' || i, 'Участник ' || i,
       (ARRAY['bg','en','ar','ru','tr','fa','uk'])[1 + i % 7], 'ACTIVE', f.now - interval '800 days',
       f.now - interval '800 days', 1 + i % 3, 5, md5('scale-account-' || i), FALSE, FALSE
FROM forum_base f, generate_series(1, 2000) AS i;

INSERT INTO forum_category (id, version, slug, language, position, topic_count, post_count)
SELECT f.category + k, 1, 'scale-category-' || k, CASE WHEN k = 8 THEN 'ar' END, 1000 + k, 0, 0
FROM forum_base f, generate_series(1, 8) AS k;
INSERT INTO forum_category_text (category_id, lang, name, description)
SELECT f.category + k, p.lang, left(p.txt, 100), left(s.txt, 500)
FROM forum_base f CROSS JOIN generate_series(1, 8) AS k
JOIN phrase p ON p.kind = 'title' AND p.pno = 4000 + k AND p.lang IN ('bg', 'en', 'ar')
JOIN phrase s ON s.kind = 'sentence' AND s.pno = 19000 + k AND s.lang = p.lang
WHERE p.lang <> 'ar' OR k = 8;

-- topic t: category 1 + t % 8 (in Arabic there), started t * 50 minutes after two years back by account 1 + t % 2000;
-- its posts a quarter of an hour apart, by accounts that follow each other
CREATE TEMP TABLE forum_gen AS
SELECT t, CASE WHEN t = 1 THEN 500 ELSE 1 + t % 9 END AS posts, 1 + t % 8 AS k,
       CASE WHEN t % 8 = 7 THEN 'ar' ELSE (ARRAY['bg','bg','bg','en','ru','uk','tr'])[1 + t % 7] END AS lang,
       (SELECT now FROM forum_base) - interval '730 days' + t * interval '50 minutes' AS started
FROM generate_series(1, 20000) AS t;

INSERT INTO forum_topic (id, version, category_id, title, slug, language, author_id, created_at, last_posted_at,
                         last_poster_id, post_count, highest_number, status, pinned, closed, solution_number, search_text)
SELECT f.topic + g.t, 1, f.category + g.k, left(p.txt, 200), 'tema-' || g.t, g.lang, f.account + 1 + g.t % 2000, g.started,
       g.started + (g.posts - 1) * interval '15 minutes', f.account + 1 + (g.t + g.posts - 1) % 2000, g.posts, g.posts,
       'VISIBLE', g.t % 500 = 0, g.t % 97 = 0, CASE WHEN g.t % 5 = 0 AND g.posts > 1 THEN 2 END, left(p.folded, 4000)
FROM forum_base f CROSS JOIN forum_gen g
JOIN phrase p ON p.lang = g.lang AND p.kind = 'title' AND p.pno = 1 + g.t % 5000;

INSERT INTO forum_post (id, version, topic_id, number, author_id, markdown, html, reply_to, created_at, status, search_text)
SELECT f.post + row_number() OVER (ORDER BY g.t, n), 1, f.topic + g.t, n, f.account + 1 + (g.t + n - 1) % 2000,
       s.txt, '<p>' || s.txt || '</p>', CASE WHEN n > 2 AND n % 3 = 0 THEN n - 1 END,
       g.started + (n - 1) * interval '15 minutes', 'VISIBLE', left(s.folded, 4000)
FROM forum_base f CROSS JOIN forum_gen g
CROSS JOIN LATERAL generate_series(1, g.posts) AS n
JOIN phrase s ON s.lang = g.lang AND s.kind = 'sentence' AND s.pno = 1 + (g.t * 7 + n) % 20000;

UPDATE forum_category c SET topic_count = a.topics, post_count = a.posts, last_posted_at = a.latest
FROM (SELECT category_id, count(*) AS topics, sum(post_count) AS posts, max(last_posted_at) AS latest
      FROM forum_topic WHERE status = 'VISIBLE' GROUP BY category_id) a
WHERE a.category_id = c.id AND c.id > (SELECT category FROM forum_base);

-- EclipseLink preallocates 50 ids per nextval (allocationSize = the sequences' INCREMENT BY 50) and uses the 49
-- below the value it gets: the next value must be at least the largest id + 50.
SELECT setval('organisation_seq', (SELECT max(id) FROM organisation) + 50),
       setval('project_seq', (SELECT max(id) FROM project) + 50),
       setval('indicator_seq', (SELECT max(id) FROM indicator) + 50),
       setval('content_seq', (SELECT max(id) FROM content) + 50),
       setval('registration_seq', (SELECT max(id) FROM registration) + 50),
       setval('audit_entry_seq', (SELECT max(id) FROM audit_entry) + 50),
       setval('network_location_seq', (SELECT max(id) FROM network_location) + 50),
       setval('network_service_seq', (SELECT max(id) FROM network_service) + 50),
       setval('service_at_location_seq', (SELECT max(id) FROM service_at_location) + 50),
       setval('portal_account_seq', (SELECT max(id) FROM portal_account) + 50),
       setval('forum_category_seq', (SELECT max(id) FROM forum_category) + 50),
       setval('forum_topic_seq', (SELECT max(id) FROM forum_topic) + 50),
       setval('forum_post_seq', (SELECT max(id) FROM forum_post) + 50);

COMMIT;

VACUUM ANALYZE;
SELECT 'organisations' AS table, count(*) FROM organisation UNION ALL SELECT 'projects', count(*) FROM project
UNION ALL SELECT 'events', count(*) FROM event UNION ALL SELECT 'content items', count(*) FROM content
UNION ALL SELECT 'content texts', count(*) FROM content_text UNION ALL SELECT 'registrations', count(*) FROM registration
UNION ALL SELECT 'audit rows', count(*) FROM audit_entry
UNION ALL SELECT 'network locations', count(*) FROM network_location UNION ALL SELECT 'network services', count(*) FROM network_service
UNION ALL SELECT 'services at locations', count(*) FROM service_at_location
UNION ALL SELECT 'portal accounts', count(*) FROM portal_account UNION ALL SELECT 'forum topics', count(*) FROM forum_topic
UNION ALL SELECT 'forum posts', count(*) FROM forum_post;
