-- Product search text configuration: English stemming over unaccented words ("Crème" finds "creme").
CREATE TEXT SEARCH CONFIGURATION ql_search (COPY = pg_catalog.english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION ql_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
--> statement-breakpoint
-- unaccent() is only STABLE; this wrapper pins the dictionary so expressions using it can be indexed.
CREATE OR REPLACE FUNCTION ql_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
