-- AlterTable
ALTER TABLE "Kanzlei" ADD COLUMN     "tarifStand" INTEGER NOT NULL DEFAULT 0;

-- Written by hand (not by the diff): the triggers that keep "tarifStand" current.
--
-- Every change to what prices Mahnkosten and Leistungen (server/services/tarifdaten.ts loads it)
-- bumps the office's counter in the same transaction, whoever writes: the API, a migration, SQL by
-- hand. A server compares the counter it reads with the API key to the one its cached copy was
-- loaded at, so that no process prices with tariff data another process has changed.
CREATE FUNCTION tarif_stand_erhoehen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zeile jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  buero uuid;
BEGIN
  IF TG_TABLE_NAME = 'TarifPosition' THEN
    -- Positions belong to a Tarif; when the Tarif itself is deleted, its own trigger bumps.
    SELECT "kanzleiId" INTO buero FROM "Tarif" WHERE id = (zeile ->> 'tarifId')::uuid;
  ELSE
    buero := (zeile ->> 'kanzleiId')::uuid;
  END IF;
  UPDATE "Kanzlei" SET "tarifStand" = "tarifStand" + 1 WHERE id = buero;
  RETURN NULL;
END
$$;

CREATE TRIGGER tarif_stand AFTER INSERT OR UPDATE OR DELETE ON "RatgTabelle" FOR EACH ROW EXECUTE FUNCTION tarif_stand_erhoehen();
CREATE TRIGGER tarif_stand AFTER INSERT OR UPDATE OR DELETE ON "PortoSatz" FOR EACH ROW EXECUTE FUNCTION tarif_stand_erhoehen();
CREATE TRIGGER tarif_stand AFTER INSERT OR UPDATE OR DELETE ON "Tarif" FOR EACH ROW EXECUTE FUNCTION tarif_stand_erhoehen();
CREATE TRIGGER tarif_stand AFTER INSERT OR UPDATE OR DELETE ON "TarifPosition" FOR EACH ROW EXECUTE FUNCTION tarif_stand_erhoehen();

-- The audit trail leaves the counter out, as it does "version".
CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor jsonb := nullif(current_setting('audit.actor', true), '')::jsonb;
  ohne_werte boolean := coalesce(current_setting('audit.ohne_werte', true), '') = 'on';
  alt jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  neu jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  zeile jsonb := coalesce(neu, alt);
  geheim text[] := ARRAY['hash', 'intakeTokenHash'];
  schluessel text[] := CASE WHEN TG_NARGS > 0 THEN TG_ARGV::text[] ELSE ARRAY['id'] END;
  aenderungen jsonb;
  buero text;
BEGIN
  SELECT coalesce(jsonb_agg(jsonb_build_object(
           'field', k,
           'before', CASE WHEN ohne_werte THEN NULL WHEN k = ANY (geheim) AND alt ->> k IS NOT NULL THEN '[redacted]' ELSE alt ->> k END,
           'after', CASE WHEN ohne_werte THEN NULL WHEN k = ANY (geheim) AND neu ->> k IS NOT NULL THEN '[redacted]' ELSE neu ->> k END
         ) ORDER BY k), '[]'::jsonb)
    INTO aenderungen
    FROM jsonb_object_keys(zeile) AS k
   WHERE k NOT IN ('version', 'tarifStand')  -- counters that change with every update: noise
     AND CASE TG_OP
           WHEN 'UPDATE' THEN (alt -> k) IS DISTINCT FROM (neu -> k)
           ELSE jsonb_typeof(zeile -> k) <> 'null'  -- a new or deleted row: its set fields
         END;
  IF TG_OP = 'UPDATE' AND aenderungen = '[]'::jsonb THEN
    RETURN NULL;
  END IF;
  -- The office: the row's own, else the actor's, else (a system write to a child table) its parent's.
  buero := coalesce(zeile ->> 'kanzleiId', CASE WHEN TG_TABLE_NAME = 'Kanzlei' THEN zeile ->> 'id' END, actor ->> 'kanzleiId');
  IF buero IS NULL AND zeile ? 'aktId' THEN
    SELECT "kanzleiId"::text INTO buero FROM "Akt" WHERE id = (zeile ->> 'aktId')::uuid;
  ELSIF buero IS NULL AND zeile ? 'benutzerId' THEN
    SELECT "kanzleiId"::text INTO buero FROM "Benutzer" WHERE id = (zeile ->> 'benutzerId')::uuid;
  ELSIF buero IS NULL AND zeile ? 'tarifId' THEN
    SELECT "kanzleiId"::text INTO buero FROM "Tarif" WHERE id = (zeile ->> 'tarifId')::uuid;
  ELSIF buero IS NULL AND zeile ? 'honorarnoteId' THEN
    SELECT "kanzleiId"::text INTO buero FROM "Honorarnote" WHERE id = (zeile ->> 'honorarnoteId')::uuid;
  END IF;
  INSERT INTO "AuditEntry" ("kanzleiId", "benutzerId", "benutzerKuerzel", "keyPrefix", "operation", "entity", "entityId", "action", "changes")
  VALUES (
    buero::uuid,
    (actor ->> 'benutzerId')::uuid,
    actor ->> 'benutzerKuerzel',
    actor ->> 'keyPrefix',
    actor ->> 'operation',
    TG_TABLE_NAME,
    (SELECT string_agg(zeile ->> s, '/') FROM unnest(schluessel) AS s),
    CASE TG_OP WHEN 'INSERT' THEN 'CREATE' WHEN 'UPDATE' THEN 'UPDATE' ELSE 'DELETE' END::"AuditAction",
    aenderungen
  );
  RETURN NULL;
END
$$;
