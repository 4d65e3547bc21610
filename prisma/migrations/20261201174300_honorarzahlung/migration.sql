-- CreateTable
CREATE TABLE "Honorarzahlung" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "honorarnoteId" UUID NOT NULL,
    "betrag" DECIMAL(18,2) NOT NULL,
    "bezahltAm" DATE NOT NULL,
    "verwendungszweck" TEXT,
    "benutzerId" UUID,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "storniertAm" TIMESTAMP(3),
    "stornoGrund" TEXT,

    CONSTRAINT "Honorarzahlung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HonorarnoteAbschreibung" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "honorarnoteId" UUID NOT NULL,
    "betrag" DECIMAL(18,2) NOT NULL,
    "grund" TEXT NOT NULL,
    "benutzerId" UUID,
    "am" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HonorarnoteAbschreibung_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Honorarzahlung_honorarnoteId_idx" ON "Honorarzahlung"("honorarnoteId");

-- CreateIndex
CREATE INDEX "Honorarzahlung_aktId_idx" ON "Honorarzahlung"("aktId");

-- CreateIndex
CREATE UNIQUE INDEX "HonorarnoteAbschreibung_honorarnoteId_key" ON "HonorarnoteAbschreibung"("honorarnoteId");

-- CreateIndex
CREATE INDEX "HonorarnoteAbschreibung_aktId_idx" ON "HonorarnoteAbschreibung"("aktId");

-- AddForeignKey
ALTER TABLE "Honorarzahlung" ADD CONSTRAINT "Honorarzahlung_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Honorarzahlung" ADD CONSTRAINT "Honorarzahlung_honorarnoteId_fkey" FOREIGN KEY ("honorarnoteId") REFERENCES "Honorarnote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonorarnoteAbschreibung" ADD CONSTRAINT "HonorarnoteAbschreibung_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonorarnoteAbschreibung" ADD CONSTRAINT "HonorarnoteAbschreibung_honorarnoteId_fkey" FOREIGN KEY ("honorarnoteId") REFERENCES "Honorarnote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonorarnoteAbschreibung" ADD CONSTRAINT "HonorarnoteAbschreibung_benutzerId_fkey" FOREIGN KEY ("benutzerId") REFERENCES "Benutzer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand (not by the diff): the client's payments on a Honorarnote and its write-off, held
-- by the database as the last line of defence (the services hold the same rules first, under the
-- Akt's lock: server/services/honorarzahlungen.ts). Every rule here first locks the Honorarnote
-- row (FOR NO KEY UPDATE), so two payments, a payment and a Storno, or a payment and a write-off on one
-- note run one after the other, and the second decides on what the first committed. Refusals
-- raise SQLSTATE KZ409 (function `konflikt`, migration `nebenlaeufigkeit`). The issued note itself
-- is never edited: its paid and open amounts are computed from these rows.

-- Both are on an Akt: read-only once it is archived; and in the audit trail like every table.
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "Honorarzahlung" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "HonorarnoteAbschreibung" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Honorarzahlung" FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "HonorarnoteAbschreibung" FOR EACH ROW EXECUTE FUNCTION audit_row();

ALTER TABLE "Honorarzahlung" ADD CONSTRAINT "Honorarzahlung_betrag_positiv" CHECK ("betrag" > 0);
ALTER TABLE "HonorarnoteAbschreibung" ADD CONSTRAINT "HonorarnoteAbschreibung_betrag_positiv" CHECK ("betrag" > 0);

-- The note, locked; refuses what may not be booked on it any more.
CREATE FUNCTION honorarnote_sperren(note uuid, akt uuid, buero uuid, zweck text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
  n record;
BEGIN
  SELECT id, art, brutto, "aktId", "kanzleiId" INTO n FROM "Honorarnote" WHERE id = note FOR NO KEY UPDATE;
  IF n.id IS NULL OR n."aktId" <> akt OR n."kanzleiId" <> buero THEN
    PERFORM konflikt('honorarnote_fremd', 'Die Honorarnote gehört nicht zu diesem Akt.');
  END IF;
  IF n.art <> 'RECHNUNG' THEN
    PERFORM konflikt('honorarnote_stornorechnung', format('Auf eine Stornorechnung wird keine %s gebucht.', zweck));
  END IF;
  IF EXISTS (SELECT 1 FROM "Honorarnote" WHERE "stornoVonId" = note) THEN
    PERFORM konflikt('honorarnote_storniert', format('Die Honorarnote ist storniert: keine %s mehr.', zweck));
  END IF;
  IF EXISTS (SELECT 1 FROM "HonorarnoteAbschreibung" WHERE "honorarnoteId" = note) THEN
    PERFORM konflikt('honorarnote_abgeschrieben', format('Die Honorarnote ist abgeschrieben: keine %s mehr.', zweck));
  END IF;
  RETURN n.brutto;
END
$$;

-- What the client has paid on the note (uncancelled payments). Called from the triggers below
-- after the note is locked; a volatile function, so it reads what committed before the lock.
CREATE FUNCTION honorarnote_bezahlt(note uuid) RETURNS numeric LANGUAGE plpgsql AS $$
BEGIN
  RETURN (SELECT coalesce(sum(betrag), 0) FROM "Honorarzahlung" WHERE "honorarnoteId" = note AND "storniertAm" IS NULL);
END
$$;

-- 1. A payment is booked on an uncancelled invoice that is not written off, and all uncancelled
--    payments together never exceed its brutto. A payment is never edited or deleted, only
--    reversed, once (and not after the note was written off: the write-off decided on it).
CREATE FUNCTION honorarzahlung_pruefen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  brutto numeric;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT aufbewahrung_loeschen() THEN
      PERFORM konflikt('honorarzahlung_unveraenderlich', 'Eine Honorarzahlung wird nicht gelöscht, nur storniert.');
    END IF;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    PERFORM 1 FROM "Honorarnote" WHERE id = OLD."honorarnoteId" FOR NO KEY UPDATE;
    IF OLD."storniertAm" IS NOT NULL THEN
      PERFORM konflikt('honorarzahlung_schon_storniert', 'Die Honorarzahlung ist schon storniert.');
    END IF;
    IF to_jsonb(NEW) - 'storniertAm' - 'stornoGrund' IS DISTINCT FROM to_jsonb(OLD) - 'storniertAm' - 'stornoGrund' OR NEW."storniertAm" IS NULL THEN
      PERFORM konflikt('honorarzahlung_unveraenderlich', 'Eine Honorarzahlung wird nicht geändert, nur storniert.');
    END IF;
    IF EXISTS (SELECT 1 FROM "HonorarnoteAbschreibung" WHERE "honorarnoteId" = OLD."honorarnoteId") THEN
      PERFORM konflikt('honorarnote_abgeschrieben', 'Die Honorarnote ist abgeschrieben: ihre Zahlungen werden nicht mehr storniert.');
    END IF;
    RETURN NEW;
  END IF;
  brutto := honorarnote_sperren(NEW."honorarnoteId", NEW."aktId", NEW."kanzleiId", 'Zahlung');
  IF NEW."storniertAm" IS NOT NULL THEN
    PERFORM konflikt('honorarzahlung_unveraenderlich', 'Eine Honorarzahlung wird als gültige erfasst und nur danach storniert.');
  END IF;
  IF honorarnote_bezahlt(NEW."honorarnoteId") + NEW.betrag > brutto THEN
    PERFORM konflikt('honorarnote_ueberzahlt', format('Die Zahlungen übersteigen den Bruttobetrag der Honorarnote (%s).', brutto));
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER honorarzahlung_pruefen BEFORE INSERT OR UPDATE OR DELETE ON "Honorarzahlung" FOR EACH ROW EXECUTE FUNCTION honorarzahlung_pruefen();

-- 2. A write-off records exactly what is open (more than nothing) on an uncancelled invoice, once
--    (the unique index on "honorarnoteId"), and is itself never changed.
CREATE FUNCTION honorarnote_abschreibung_pruefen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  brutto numeric;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT aufbewahrung_loeschen() THEN
      PERFORM konflikt('abschreibung_unveraenderlich', 'Eine Abschreibung wird nicht gelöscht.');
    END IF;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    -- Only the Benutzer reference may go (ON DELETE SET NULL).
    IF to_jsonb(NEW) - 'benutzerId' IS DISTINCT FROM to_jsonb(OLD) - 'benutzerId' OR NEW."benutzerId" IS NOT NULL THEN
      PERFORM konflikt('abschreibung_unveraenderlich', 'Eine Abschreibung wird nicht geändert.');
    END IF;
    RETURN NEW;
  END IF;
  brutto := honorarnote_sperren(NEW."honorarnoteId", NEW."aktId", NEW."kanzleiId", 'Abschreibung');
  IF NEW.betrag <> brutto - honorarnote_bezahlt(NEW."honorarnoteId") THEN
    PERFORM konflikt('abschreibung_betrag', format('Abgeschrieben wird genau der offene Betrag (%s).', brutto - honorarnote_bezahlt(NEW."honorarnoteId")));
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER honorarnote_abschreibung_pruefen BEFORE INSERT OR UPDATE OR DELETE ON "HonorarnoteAbschreibung" FOR EACH ROW EXECUTE FUNCTION honorarnote_abschreibung_pruefen();

-- 3. An invoice with uncancelled payments is not cancelled (reverse the payments first, then book
--    them on the new invoice): the credit note's INSERT locks the invoice like a payment does.
CREATE FUNCTION honorarnote_storno_ohne_zahlungen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."stornoVonId" IS NULL THEN RETURN NEW; END IF;
  PERFORM 1 FROM "Honorarnote" WHERE id = NEW."stornoVonId" FOR NO KEY UPDATE;
  IF honorarnote_bezahlt(NEW."stornoVonId") > 0 THEN
    PERFORM konflikt('honorarnote_hat_zahlungen', 'Auf der Honorarnote sind Zahlungen gebucht: erst diese stornieren.');
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER honorarnote_storno_ohne_zahlungen BEFORE INSERT ON "Honorarnote" FOR EACH ROW EXECUTE FUNCTION honorarnote_storno_ohne_zahlungen();

-- 4. An Akt is archived only when none of its invoices is open: each uncancelled invoice is paid
--    in full or written off (lifecycle.md). A note being issued or paid holds its Akt (FOR SHARE,
--    trigger akt_archiviert), so the archiving UPDATE waits for it and then sees it here.
CREATE FUNCTION akt_archiv_ohne_offene_noten() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  offen text;
BEGIN
  IF NEW.status <> 'ARCHIVIERT' OR OLD.status = 'ARCHIVIERT' THEN RETURN NEW; END IF;
  SELECT string_agg(format('%s (offen %s)', n.nummer, n.brutto - honorarnote_bezahlt(n.id)), ', ' ORDER BY n.jahr, n.laufnummer) INTO offen
    FROM "Honorarnote" n
   WHERE n."aktId" = NEW.id AND n.art = 'RECHNUNG'
     AND NOT EXISTS (SELECT 1 FROM "Honorarnote" g WHERE g."stornoVonId" = n.id)
     AND NOT EXISTS (SELECT 1 FROM "HonorarnoteAbschreibung" a WHERE a."honorarnoteId" = n.id)
     AND n.brutto > honorarnote_bezahlt(n.id);
  IF offen IS NOT NULL THEN
    PERFORM konflikt('akt_offene_honorarnoten', 'Der Akt hat offene Honorarnoten: ' || offen || '.');
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER akt_archiv_ohne_offene_noten BEFORE UPDATE OF status ON "Akt" FOR EACH ROW EXECUTE FUNCTION akt_archiv_ohne_offene_noten();
