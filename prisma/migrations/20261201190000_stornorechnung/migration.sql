-- A cancelling document is a Stornorechnung: "Gutschrift" means a self-billed invoice in Austrian
-- VAT law (UStG § 11 (7)), so the API and the stored documents no longer call it that.
ALTER TYPE "HonorarnoteArt" RENAME VALUE 'GUTSCHRIFT' TO 'STORNORECHNUNG';

-- The frozen documents say what they are in the same words; their text otherwise stays as issued
-- (the trigger that guards "beleg" steps aside for this one rename only).
ALTER TABLE "Honorarnote" DISABLE TRIGGER honorarnote_beleg_unveraenderlich;
ALTER TABLE "Honorarnote" DISABLE TRIGGER akt_archiviert;
UPDATE "Honorarnote" SET "beleg" = jsonb_set("beleg", '{art}', '"STORNORECHNUNG"') WHERE "beleg"->>'art' = 'GUTSCHRIFT';
ALTER TABLE "Honorarnote" ENABLE TRIGGER akt_archiviert;
ALTER TABLE "Honorarnote" ENABLE TRIGGER honorarnote_beleg_unveraenderlich;
