-- CreateTable
CREATE TABLE "IdempotenzSchluessel" (
    "kanzleiId" UUID NOT NULL,
    "schluessel" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "eingabeHash" TEXT NOT NULL,
    "ergebnis" JSONB NOT NULL,
    "angelegtAm" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotenzSchluessel_pkey" PRIMARY KEY ("kanzleiId","schluessel")
);

-- CreateIndex
CREATE INDEX "IdempotenzSchluessel_angelegtAm_idx" ON "IdempotenzSchluessel"("angelegtAm");

-- AddForeignKey
ALTER TABLE "IdempotenzSchluessel" ADD CONSTRAINT "IdempotenzSchluessel_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (not by the diff): the invariants of the write paths, held by the database as
-- the last line of defence. The services hold them first, by the locking discipline in
-- server/services/sperren.ts (every mutation locks the row it hangs off and re-reads its state
-- under that lock); these triggers and constraints hold even for a code path that forgets the
-- lock, because each of them waits on, or takes, a row lock itself.
--
-- A refusal raises SQLSTATE KZ409 with a message for the user and the rule's name as DETAIL; the
-- server answers it as a ConflictError (server/services/db.ts).
CREATE FUNCTION konflikt(regel text, meldung text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'KZ409', MESSAGE = meldung, DETAIL = regel;
END
$$;

-- Deleting an Akt past its retention deadline (loescheAbgelaufeneAkten) is the one write that may
-- touch an archived Akt: it sets this for its own transaction only.
CREATE FUNCTION aufbewahrung_loeschen() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('kanzlei.aufbewahrung_loeschen', true), '') = 'on'
$$;

-- 1. An archived Akt is read-only, and so is everything on it. The child row's trigger takes a
--    share lock on its Akt: archiving (an UPDATE of the Akt) waits for writes in flight and the
--    writes after it see ARCHIVIERT. An archived Akt itself only gets a legal hold and the
--    deadline that follows from it (setRechtlicheSperre).
CREATE FUNCTION akt_nicht_archiviert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  zeile jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  akt uuid;
  stand "AktStatus";
BEGIN
  IF aufbewahrung_loeschen() THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
  IF TG_TABLE_NAME = 'Akt' THEN
    IF OLD.status = 'ARCHIVIERT' AND (TG_OP = 'DELETE'
        OR to_jsonb(NEW) - 'rechtlicheSperreBis' - 'aufbewahrenBis' IS DISTINCT FROM to_jsonb(OLD) - 'rechtlicheSperreBis' - 'aufbewahrenBis') THEN
      PERFORM konflikt('akt_archiviert', 'Der Akt ist archiviert: er und alles darin kann nicht mehr geändert werden.');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_TABLE_NAME = 'HonorarnotePosition' THEN
    SELECT "aktId" INTO akt FROM "Honorarnote" WHERE id = (zeile ->> 'honorarnoteId')::uuid;
  ELSE
    akt := (zeile ->> 'aktId')::uuid;
  END IF;
  SELECT status INTO stand FROM "Akt" WHERE id = akt FOR SHARE;
  IF stand = 'ARCHIVIERT' THEN
    PERFORM konflikt('akt_archiviert', 'Der Akt ist archiviert: er und alles darin kann nicht mehr geändert werden.');
  END IF;
  -- A row moved from one Akt to another leaves the old one: that one must not be archived either.
  IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> 'aktId') IS DISTINCT FROM (zeile ->> 'aktId') THEN
    SELECT status INTO stand FROM "Akt" WHERE id = (to_jsonb(OLD) ->> 'aktId')::uuid FOR SHARE;
    IF stand = 'ARCHIVIERT' THEN
      PERFORM konflikt('akt_archiviert', 'Der Akt ist archiviert: er und alles darin kann nicht mehr geändert werden.');
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER akt_archiviert BEFORE UPDATE OR DELETE ON "Akt" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "AktGegner" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "Forderung" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "Leistung" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "Ratenvereinbarung" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "Titel" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "AktStatusAenderung" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "Kommunikation" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "Honorarnote" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "HonorarnotePosition" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "Zahlung" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();

-- 2. A Leistung is billed on at most one uncancelled Honorarnote (its honorarnoteId moves from one
--    note to another only through null, i.e. a Storno), and it is either billed or gerichtlich
--    bestimmt (a Titel made from it), never both. The Leistung's row lock orders the two: the
--    Titel side takes it explicitly, the billing side holds it by updating the row.
CREATE FUNCTION leistung_verrechnung() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."honorarnoteId" IS NULL THEN RETURN NEW; END IF;
  IF TG_OP = 'UPDATE' AND OLD."honorarnoteId" IS NOT NULL AND OLD."honorarnoteId" <> NEW."honorarnoteId" THEN
    PERFORM konflikt('leistung_schon_verrechnet', 'Die Leistung ist schon auf einer anderen Honorarnote verrechnet.');
  END IF;
  IF EXISTS (SELECT 1 FROM "Titel" WHERE "leistungId" = NEW.id) THEN
    PERFORM konflikt('leistung_gerichtlich_bestimmt', 'Die Leistung wurde gerichtlich bestimmt (Titel) und wird nicht an den Klienten verrechnet.');
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER leistung_verrechnung BEFORE INSERT OR UPDATE OF "honorarnoteId" ON "Leistung" FOR EACH ROW EXECUTE FUNCTION leistung_verrechnung();

CREATE FUNCTION titel_leistung() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  verrechnet uuid;
BEGIN
  IF NEW."leistungId" IS NULL OR (TG_OP = 'UPDATE' AND NEW."leistungId" IS NOT DISTINCT FROM OLD."leistungId") THEN RETURN NEW; END IF;
  SELECT "honorarnoteId" INTO verrechnet FROM "Leistung" WHERE id = NEW."leistungId" FOR NO KEY UPDATE;
  IF verrechnet IS NOT NULL THEN
    PERFORM konflikt('leistung_schon_verrechnet', 'Die Leistung ist schon auf einer Honorarnote verrechnet und kann nicht mehr gerichtlich bestimmt werden.');
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER titel_leistung BEFORE INSERT OR UPDATE OF "leistungId" ON "Titel" FOR EACH ROW EXECUTE FUNCTION titel_leistung();

-- 3. A Mandatsanfrage is decided once: accepted (without a rejection reason) or rejected (with
--    one), and then neither its status nor its reason changes. Two decisions at once update the
--    same row: the second waits for the first and then sees its decision here.
CREATE FUNCTION mandatsanfrage_entscheidung() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('ANGENOMMEN', 'ABGELEHNT')
      AND (NEW.status IS DISTINCT FROM OLD.status OR NEW.ablehnungsgrund IS DISTINCT FROM OLD.ablehnungsgrund) THEN
    PERFORM konflikt('mandatsanfrage_entschieden', format('Die Mandatsanfrage ist schon %s.', OLD.status));
  END IF;
  IF NEW.status = 'ABGELEHNT' AND NEW.ablehnungsgrund IS NULL THEN
    PERFORM konflikt('mandatsanfrage_ablehnungsgrund', 'Eine Ablehnung braucht einen Grund.');
  END IF;
  IF NEW.status = 'ANGENOMMEN' AND OLD.status <> 'ANGENOMMEN' AND NEW.ablehnungsgrund IS NOT NULL THEN
    PERFORM konflikt('mandatsanfrage_entschieden', 'Eine angenommene Mandatsanfrage hat keinen Ablehnungsgrund.');
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER mandatsanfrage_entscheidung BEFORE UPDATE ON "Mandatsanfrage" FOR EACH ROW EXECUTE FUNCTION mandatsanfrage_entscheidung();

-- 4. A payment is never edited, only reversed, and that once. (A Honorarnote is cancelled at most
--    once by the unique index on "stornoVonId".)
CREATE FUNCTION zahlung_storno() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."storniertAm" IS NOT NULL THEN
    PERFORM konflikt('zahlung_schon_storniert', 'Die Zahlung ist schon storniert.');
  END IF;
  IF to_jsonb(NEW) - 'storniertAm' - 'stornoGrund' IS DISTINCT FROM to_jsonb(OLD) - 'storniertAm' - 'stornoGrund' THEN
    PERFORM konflikt('zahlung_unveraenderlich', 'Eine Zahlung wird nicht geändert, nur storniert.');
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER zahlung_storno BEFORE UPDATE ON "Zahlung" FOR EACH ROW EXECUTE FUNCTION zahlung_storno();
