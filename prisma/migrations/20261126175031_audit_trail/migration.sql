-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kanzleiId" UUID,
    "benutzerId" UUID,
    "benutzerKuerzel" TEXT,
    "keyPrefix" TEXT,
    "operation" TEXT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "action" "AuditAction" NOT NULL,
    "changes" JSONB NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_kanzleiId_id_idx" ON "AuditEntry"("kanzleiId", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_kanzleiId_entity_entityId_idx" ON "AuditEntry"("kanzleiId", "entity", "entityId");

-- Written by hand (not by the diff): the triggers that fill and protect the audit trail.
--
-- Who acts comes from the transaction-local setting `audit.actor` (JSON: kanzleiId, benutzerId,
-- benutzerKuerzel, keyPrefix, operation), which the server sets at the start of every mutation's
-- transaction; without it (migrations, CLI, seeding) the entry names no Benutzer: the system.
-- `audit.ohne_werte = on` records which fields changed but not their values: the deletion of
-- Akten after their retention period must not keep the erased personal data in the trail.
-- Secrets (key and token hashes) are never copied: they appear as "[redacted]".
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
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
   WHERE k <> 'version'  -- the optimistic-lock counter changes with every update: noise
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

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit trail is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry" FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

-- Every table of the data model; the arguments name the key columns where the key is not "id".
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Kanzlei" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Benutzer" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "ApiKey" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Person" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Akt" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "AktGegner" FOR EACH ROW EXECUTE FUNCTION audit_row('aktId', 'position');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Forderung" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Leistung" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "RatgTabelle" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "PortoSatz" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Tarif" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "TarifPosition" FOR EACH ROW EXECUTE FUNCTION audit_row('tarifId', 'reihenfolge');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Leistungsart" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Ratenvereinbarung" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Gericht" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Titel" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "AktStatusAenderung" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Mandatsanfrage" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Kommunikation" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Nummernkreis" FOR EACH ROW EXECUTE FUNCTION audit_row('kanzleiId', 'jahr');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Honorarnote" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "HonorarnotePosition" FOR EACH ROW EXECUTE FUNCTION audit_row('honorarnoteId', 'reihenfolge');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Zahlung" FOR EACH ROW EXECUTE FUNCTION audit_row();
