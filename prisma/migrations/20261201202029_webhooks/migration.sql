-- CreateEnum
CREATE TYPE "WebhookStatus" AS ENUM ('AKTIV', 'PAUSIERT');

-- CreateEnum
CREATE TYPE "ZustellungStatus" AS ENUM ('AUSSTEHEND', 'ZUGESTELLT', 'AUFGEGEBEN');

-- CreateTable
CREATE TABLE "Webhook" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "beschreibung" TEXT,
    "ereignisse" TEXT[],
    "secret" TEXT NOT NULL,
    "vorherigesSecret" TEXT,
    "vorherigesSecretBis" TIMESTAMP(3),
    "status" "WebhookStatus" NOT NULL DEFAULT 'AKTIV',
    "pausiertAm" TIMESTAMP(3),
    "pausiertGrund" TEXT,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "geaendertAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEreignis" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "typ" TEXT NOT NULL,
    "zeitpunkt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "daten" JSONB NOT NULL,

    CONSTRAINT "WebhookEreignis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookZustellung" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "webhookId" UUID NOT NULL,
    "ereignisId" UUID NOT NULL,
    "status" "ZustellungStatus" NOT NULL DEFAULT 'AUSSTEHEND',
    "versuche" INTEGER NOT NULL DEFAULT 0,
    "naechsterVersuchAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gesperrtBis" TIMESTAMP(3),
    "letzterVersuchAm" TIMESTAMP(3),
    "letzterStatusCode" INTEGER,
    "letzterFehler" TEXT,
    "zugestelltAm" TIMESTAMP(3),
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookZustellung_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Webhook_kanzleiId_idx" ON "Webhook"("kanzleiId");

-- CreateIndex
CREATE INDEX "WebhookEreignis_kanzleiId_zeitpunkt_idx" ON "WebhookEreignis"("kanzleiId", "zeitpunkt");

-- CreateIndex
CREATE INDEX "WebhookZustellung_status_naechsterVersuchAm_idx" ON "WebhookZustellung"("status", "naechsterVersuchAm");

-- CreateIndex
CREATE INDEX "WebhookZustellung_webhookId_angelegtAm_idx" ON "WebhookZustellung"("webhookId", "angelegtAm");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookZustellung_webhookId_ereignisId_key" ON "WebhookZustellung"("webhookId", "ereignisId");

-- AddForeignKey
ALTER TABLE "Webhook" ADD CONSTRAINT "Webhook_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEreignis" ADD CONSTRAINT "WebhookEreignis_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookZustellung" ADD CONSTRAINT "WebhookZustellung_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "Webhook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookZustellung" ADD CONSTRAINT "WebhookZustellung_ereignisId_fkey" FOREIGN KEY ("ereignisId") REFERENCES "WebhookEreignis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tenancy as the last line: a delivery joins a webhook and an event of one and the same office,
-- so no office's event ever goes to another office's endpoint.
CREATE FUNCTION webhook_zustellung_eine_kanzlei() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT "kanzleiId" FROM "Webhook" WHERE id = NEW."webhookId") IS DISTINCT FROM NEW."kanzleiId"
     OR (SELECT "kanzleiId" FROM "WebhookEreignis" WHERE id = NEW."ereignisId") IS DISTINCT FROM NEW."kanzleiId" THEN
    RAISE EXCEPTION 'Eine Zustellung verbindet Webhook und Ereignis verschiedener Kanzleien.'
      USING ERRCODE = 'KZ409', DETAIL = 'webhook_fremde_kanzlei';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER webhook_zustellung_eine_kanzlei BEFORE INSERT OR UPDATE OF "kanzleiId", "webhookId", "ereignisId" ON "WebhookZustellung"
  FOR EACH ROW EXECUTE FUNCTION webhook_zustellung_eine_kanzlei();

-- A webhook's configuration is office data (who subscribed which URL to what, who paused it): it
-- is audited, its signing secrets redacted like key hashes. The outbox and the delivery log are
-- not: an event copies a change the trail holds already, and a delivery is bookkeeping of sending it.
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Webhook" FOR EACH ROW EXECUTE FUNCTION audit_row();

CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  actor jsonb := nullif(current_setting('audit.actor', true), '')::jsonb;
  ohne_werte boolean := coalesce(current_setting('audit.ohne_werte', true), '') = 'on';
  alt jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  neu jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  zeile jsonb := coalesce(neu, alt);
  geheim text[] := ARRAY['hash', 'intakeTokenHash', 'secret', 'vorherigesSecret'];
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
