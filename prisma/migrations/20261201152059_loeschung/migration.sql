-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'REDACT';

-- Written by hand (not by the diff): erasure that erases (GDPR Art. 17, lifecycle stage 7).
--
-- The audit trail keeps who changed what and when for ever, but an erased person's values must
-- not outlive the erasure in it. `audit_schwaerzen` is the one documented step that may change
-- the trail: it replaces values in place by "[gelöscht]" and records that it did (action REDACT,
-- who and when, the fields, no values). The append-only trigger lets an UPDATE through only while
-- it runs (the transaction-local setting `audit.loeschung`) and only if nothing but values changed
-- to "[gelöscht]"; DELETE and TRUNCATE stay refused.

-- True if `neu` is `alt` with some values replaced by "[gelöscht]" and nothing else changed.
CREATE FUNCTION audit_nur_geschwaerzt(alt jsonb, neu jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_typeof(alt) = 'array' AND jsonb_typeof(neu) = 'array'
     AND jsonb_array_length(alt) = jsonb_array_length(neu)
     AND NOT EXISTS (
       SELECT 1
         FROM jsonb_array_elements(alt) WITH ORDINALITY AS a(e, i)
         JOIN jsonb_array_elements(neu) WITH ORDINALITY AS n(e, i) USING (i)
        WHERE (n.e - 'before' - 'after') IS DISTINCT FROM (a.e - 'before' - 'after')
           OR (n.e -> 'before' IS DISTINCT FROM a.e -> 'before' AND n.e -> 'before' IS DISTINCT FROM '"[gelöscht]"'::jsonb)
           OR (n.e -> 'after' IS DISTINCT FROM a.e -> 'after' AND n.e -> 'after' IS DISTINCT FROM '"[gelöscht]"'::jsonb))
$$;

CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND TG_LEVEL = 'ROW' THEN
    IF coalesce(current_setting('audit.loeschung', true), '') = 'on'
       AND to_jsonb(NEW) - 'changes' = to_jsonb(OLD) - 'changes'
       AND audit_nur_geschwaerzt(OLD.changes, NEW.changes) THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'The audit trail is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

-- A value replaced if its field is one of `felder`, or if its text contains one of `werte`
-- (ignoring case): the erased person's name or e-mail copied into another row (an invoice's
-- recipient, an Akt's Bezeichnung, a conflict hit) goes too.
CREATE FUNCTION audit_wert_geschwaerzt(wert jsonb, ganz boolean, werte text[]) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN wert IS NULL OR jsonb_typeof(wert) = 'null' THEN wert
    WHEN ganz OR EXISTS (SELECT 1 FROM unnest(werte) AS w WHERE strpos(lower(wert #>> '{}'), lower(w)) > 0) THEN '"[gelöscht]"'::jsonb
    ELSE wert
  END
$$;

-- The erasure step. `ziele`: [{ entity, id, felder: [...] }], the erased rows and their personal
-- fields; `werte`: the identifying values (at least 4 characters) to find in any entry of the
-- office. Records one REDACT entry per target, naming the fields, by the acting user
-- (`audit.actor`). Returns the number of entries changed. A full pass over the office's trail:
-- erasure is rare.
CREATE FUNCTION audit_schwaerzen(buero uuid, ziele jsonb, werte text[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  actor jsonb := nullif(current_setting('audit.actor', true), '')::jsonb;
  w text[] := ARRAY(SELECT DISTINCT x FROM unnest(werte) AS x WHERE length(x) >= 4);
  anzahl integer;
BEGIN
  PERFORM set_config('audit.loeschung', 'on', true);
  WITH z AS (
    SELECT x ->> 'entity' AS entity, x ->> 'id' AS id, ARRAY(SELECT jsonb_array_elements_text(x -> 'felder')) AS felder
      FROM jsonb_array_elements(ziele) AS x
  ), betroffen AS (
    SELECT a.id, a.changes, coalesce((SELECT array_agg(f) FROM z, unnest(z.felder) AS f WHERE z.entity = a.entity AND z.id = a."entityId"), '{}') AS felder
      FROM "AuditEntry" a
     WHERE a."kanzleiId" = buero AND a.action <> 'REDACT'
  ), neu AS (
    SELECT b.id, (SELECT coalesce(jsonb_agg(e || jsonb_build_object(
                    'before', audit_wert_geschwaerzt(e -> 'before', e ->> 'field' = ANY (b.felder), w),
                    'after', audit_wert_geschwaerzt(e -> 'after', e ->> 'field' = ANY (b.felder), w)) ORDER BY i), '[]'::jsonb)
                    FROM jsonb_array_elements(b.changes) WITH ORDINALITY AS c(e, i)) AS changes
      FROM betroffen b
  )
  UPDATE "AuditEntry" a SET changes = neu.changes FROM neu WHERE a.id = neu.id AND a.changes IS DISTINCT FROM neu.changes;
  GET DIAGNOSTICS anzahl = ROW_COUNT;
  PERFORM set_config('audit.loeschung', '', true);
  INSERT INTO "AuditEntry" ("kanzleiId", "benutzerId", "benutzerKuerzel", "keyPrefix", "operation", "entity", "entityId", "action", "changes")
  SELECT buero, (actor ->> 'benutzerId')::uuid, actor ->> 'benutzerKuerzel', actor ->> 'keyPrefix', actor ->> 'operation', x ->> 'entity', x ->> 'id', 'REDACT',
         (SELECT coalesce(jsonb_agg(jsonb_build_object('field', f, 'before', NULL, 'after', NULL) ORDER BY f), '[]'::jsonb) FROM jsonb_array_elements_text(x -> 'felder') AS f)
    FROM jsonb_array_elements(ziele) AS x;
  RETURN anzahl;
END
$$;
