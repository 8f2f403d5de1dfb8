-- Scale (issue 9): what the lists and the site search need at 20,000 projects and a million rows.
-- Portable between H2 2.x and PostgreSQL; PostgreSQL's trigram indexes are in db/postgresql (V10_2).

-- The site search finds projects in the database by their folded words (Folding.fold), as it finds content by
-- content_text.search_text; migration 10.1 (bg.integra.common.V10_1__Fold_project_texts) fills it for existing projects.
ALTER TABLE project ADD COLUMN folded_text VARCHAR(10000) DEFAULT '' NOT NULL;
