-- AlterTable
ALTER TABLE "Titel" ADD COLUMN     "ustErfasst" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "zinsen54aErfasst" BOOLEAN NOT NULL DEFAULT false;

-- Written by hand. Titel already stored: their USt counts as entered when it differs from the
-- derived 20 % of Verdienst + ES + USt-pflichtige Barauslagen (to the cent, half up: the amounts are
-- never negative, so round() is half up), and zinsen54a counts as chosen when it differs from the
-- Beschlussart's default (server/domain/titel.ts, zinsen54aVorschlag).
UPDATE "Titel" SET "ustErfasst" = "ust" <> round(("verdienst" + "einheitssatz" + "barauslagenUstPflichtig") * 0.2, 2);
UPDATE "Titel" SET "zinsen54aErfasst" = "zinsen54a" <> ("beschlussart" IN (
  'ZAHLUNGSBEFEHL', 'URTEIL', 'VERSAEUMUNGSURTEIL', 'ANERKENNTNISURTEIL', 'BESCHLUSS', 'KOSTENBESTIMMUNGSBESCHLUSS',
  'KOSTENTITEL', 'EUROPAEISCHER_ZAHLUNGSBEFEHL'));

-- Last line of defence (as in migration `nebenlaeufigkeit`): a Titel's gegenWen names a Gegner
-- position the Akt has. setGegner refuses first, under the Akt lock, and leaves the rows of
-- unchanged positions in place; these triggers hold for a write path that forgets. Both lock the
-- Akt row first, so two transactions that each look fine alone (one removes Gegner 2, the other
-- points a Titel at 2) are checked one after the other, the second seeing what the first committed.
-- (Immediate, not deferred: the PGlite adapter does not report an error raised at COMMIT.)
CREATE FUNCTION titel_gegen_wen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  t record;
BEGIN
  IF TG_TABLE_NAME = 'Titel' THEN
    PERFORM 1 FROM "Akt" WHERE id = NEW."aktId" FOR NO KEY UPDATE;
    IF NOT EXISTS (SELECT 1 FROM "AktGegner" g WHERE g."aktId" = NEW."aktId" AND g.position = NEW."gegenWen") THEN
      PERFORM konflikt('titel_gegen_wen', format('Der Akt hat keinen Gegner %s; gegenWen des Titels muss einen Gegner des Akts nennen (leer = alle Gegner).', NEW."gegenWen"));
    END IF;
    RETURN NEW;
  END IF;
  -- A Gegner row deleted or moved. The Akt being deleted takes its Titel with it.
  PERFORM 1 FROM "Akt" WHERE id = OLD."aktId" FOR NO KEY UPDATE;
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF EXISTS (SELECT 1 FROM "AktGegner" g WHERE g."aktId" = OLD."aktId" AND g.position = OLD.position) THEN RETURN NULL; END IF;
  SELECT ti."geschaeftszahl", ti."beschlussart", ti."datum" INTO t
    FROM "Titel" ti WHERE ti."aktId" = OLD."aktId" AND ti."gegenWen" = OLD.position ORDER BY ti."datum", ti.id LIMIT 1;
  IF FOUND THEN
    PERFORM konflikt('titel_gegen_wen', format(
      'Der Titel %s richtet sich gegen Gegner %s; zuerst gegenWen des Titels ändern (leer = alle Gegner).',
      coalesce(t."geschaeftszahl", t."beschlussart"::text || ' vom ' || to_char(t."datum", 'YYYY-MM-DD')), OLD.position));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER titel_gegen_wen BEFORE INSERT OR UPDATE OF "gegenWen", "aktId" ON "Titel"
  FOR EACH ROW WHEN (NEW."gegenWen" IS NOT NULL) EXECUTE FUNCTION titel_gegen_wen();
CREATE TRIGGER titel_gegen_wen AFTER DELETE OR UPDATE OF "position", "aktId" ON "AktGegner"
  FOR EACH ROW EXECUTE FUNCTION titel_gegen_wen();
