-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "uid" TEXT;

-- AlterTable (written by hand: added nullable, filled, then NOT NULL)
ALTER TABLE "Honorarnote" ADD COLUMN     "beleg" JSONB;

-- Backfill: the Honorarnoten issued before this migration get their document frozen from what
-- their PDF printed until now (the office's letterhead as it stands today, the recipient and
-- lines already copied into the note). From here on the PDF is rendered only from "beleg", the
-- same shape the server writes at issue time (server/domain/honorarnote.ts, `Beleg`). Amounts
-- are text (exact, as the Decimal scalar), dates ISO. A note on an archived Akt is read-only
-- (trigger akt_archiviert): the backfill is the one write allowed, so that trigger is off for it.
ALTER TABLE "Honorarnote" DISABLE TRIGGER akt_archiviert;
UPDATE "Honorarnote" h SET "beleg" = jsonb_build_object(
  'version', 1,
  'art', h.art::text,
  'nummer', h.nummer,
  'datum', to_char(h.datum, 'YYYY-MM-DD'),
  'faelligAm', to_char(h."faelligAm", 'YYYY-MM-DD'),
  'aktenzeichen', (SELECT a.aktenzeichen FROM "Akt" a WHERE a.id = h."aktId"),
  'kanzlei', (SELECT jsonb_build_object('name', k.name, 'anschrift', k.anschrift, 'uid', k.uid, 'iban', k.iban, 'email', k.email, 'telefon', k.telefon)
              FROM "Kanzlei" k WHERE k.id = h."kanzleiId"),
  'empfaenger', jsonb_build_object('name', h."empfaengerName", 'anschrift', h."empfaengerAnschrift", 'uid', NULL),
  'stornoVon', (SELECT jsonb_build_object('nummer', o.nummer, 'datum', to_char(o.datum, 'YYYY-MM-DD')) FROM "Honorarnote" o WHERE o.id = h."stornoVonId"),
  'positionen', coalesce((
    SELECT jsonb_agg(jsonb_build_object(
      'datum', to_char(p.datum, 'YYYY-MM-DD'), 'kuerzel', p.kuerzel, 'text', p.text, 'tarifbasis', p.tarifbasis,
      'verdienst', p.verdienst::text, 'einheitssatz', p.einheitssatz::text, 'streitgenossenzuschlag', p.streitgenossenzuschlag::text,
      'barauslagenUstPflichtig', p."barauslagenUstPflichtig"::text, 'barauslagenUstFrei', p."barauslagenUstFrei"::text,
      'barauslagenDurchlaufer', p."barauslagenDurchlaufer"::text) ORDER BY p.reihenfolge)
    FROM "HonorarnotePosition" p WHERE p."honorarnoteId" = h.id), '[]'::jsonb),
  'summen', jsonb_build_object(
    'verdienst', h.verdienst::text, 'einheitssatz', h.einheitssatz::text, 'streitgenossenzuschlag', h.streitgenossenzuschlag::text,
    'barauslagenUstPflichtig', h."barauslagenUstPflichtig"::text, 'barauslagenUstFrei', h."barauslagenUstFrei"::text,
    'barauslagenDurchlaufer', h."barauslagenDurchlaufer"::text, 'ustBasis', h."ustBasis"::text, 'ust', h.ust::text, 'brutto', h.brutto::text)
);
ALTER TABLE "Honorarnote" ENABLE TRIGGER akt_archiviert;
ALTER TABLE "Honorarnote" ALTER COLUMN "beleg" SET NOT NULL;

-- An issued document is never changed (zahlungsverkehr.md: what was sent is what the office
-- keeps): its frozen content stays as written.
CREATE FUNCTION honorarnote_beleg_unveraenderlich() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."beleg" IS DISTINCT FROM OLD."beleg" THEN
    PERFORM konflikt('honorarnote_unveraenderlich', format('Die Honorarnote %s ist ausgestellt: ihr Inhalt wird nicht mehr geändert.', OLD.nummer));
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER honorarnote_beleg_unveraenderlich BEFORE UPDATE OF "beleg" ON "Honorarnote" FOR EACH ROW EXECUTE FUNCTION honorarnote_beleg_unveraenderlich();

-- A billed Leistung is locked until its Honorarnote is cancelled (the note names it, and says what
-- it was billed as), and a Leistung made into a Titel (gerichtlich bestimmt) while that Titel
-- stands: neither is changed nor deleted. Freeing it (honorarnoteId to null by a Storno) is the
-- change allowed; so is the Sachbearbeiter set to null when that user is deleted (not printed).
-- The retention deletion of an Akt (aufbewahrung_loeschen) deletes them with it.
CREATE FUNCTION leistung_gesperrt() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  nr text;
  titel_datum date;
BEGIN
  IF aufbewahrung_loeschen() THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
  IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'honorarnoteId' - 'sachbearbeiterId' IS NOT DISTINCT FROM to_jsonb(OLD) - 'honorarnoteId' - 'sachbearbeiterId' THEN
    RETURN NEW;
  END IF;
  IF OLD."honorarnoteId" IS NOT NULL THEN
    SELECT nummer INTO nr FROM "Honorarnote" WHERE id = OLD."honorarnoteId";
    PERFORM konflikt('leistung_verrechnet_gesperrt', format('Die Leistung ist auf der Honorarnote %s verrechnet: sie bleibt, wie sie ist, bis die Honorarnote storniert ist.', nr));
  END IF;
  SELECT datum INTO titel_datum FROM "Titel" WHERE "leistungId" = OLD.id;
  IF FOUND THEN
    PERFORM konflikt('leistung_titel_gesperrt', format('Die Leistung wurde gerichtlich bestimmt (Titel vom %s): sie bleibt, wie sie ist, solange der Titel besteht.', to_char(titel_datum, 'DD.MM.YYYY')));
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER leistung_gesperrt BEFORE UPDATE OR DELETE ON "Leistung" FOR EACH ROW EXECUTE FUNCTION leistung_gesperrt();
