-- CreateTable
CREATE TABLE "Mahnschreiben" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "gegnerPosition" INTEGER NOT NULL,
    "tarif" TEXT NOT NULL,
    "datum" DATE NOT NULL,
    "stufe" INTEGER NOT NULL,
    "gesamt" DECIMAL(18,2) NOT NULL,
    "beleg" JSONB NOT NULL,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Mahnschreiben_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Mahnschreiben_kanzleiId_idx" ON "Mahnschreiben"("kanzleiId");

-- CreateIndex
CREATE INDEX "Mahnschreiben_personId_idx" ON "Mahnschreiben"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Mahnschreiben_aktId_personId_stufe_key" ON "Mahnschreiben"("aktId", "personId", "stufe");

-- CreateIndex
CREATE UNIQUE INDEX "Mahnschreiben_aktId_personId_datum_key" ON "Mahnschreiben"("aktId", "personId", "datum");

-- AddForeignKey
ALTER TABLE "Mahnschreiben" ADD CONSTRAINT "Mahnschreiben_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mahnschreiben" ADD CONSTRAINT "Mahnschreiben_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mahnschreiben" ADD CONSTRAINT "Mahnschreiben_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A sent letter is what the office keeps (like an issued invoice): never changed. Deleted only
-- with its Akt (retention deletion) or its office.
CREATE FUNCTION mahnschreiben_unveraenderlich() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM konflikt('mahnschreiben_unveraenderlich', format('Das Mahnschreiben (Stufe %s vom %s) ist versendet: es wird nicht mehr geändert.', OLD.stufe, OLD.datum));
  RETURN NEW;
END
$$;
CREATE TRIGGER mahnschreiben_unveraenderlich BEFORE UPDATE ON "Mahnschreiben" FOR EACH ROW EXECUTE FUNCTION mahnschreiben_unveraenderlich();

-- On an Akt: none is recorded on an archived one; and in the audit trail like every table.
CREATE TRIGGER akt_archiviert BEFORE INSERT OR UPDATE OR DELETE ON "Mahnschreiben" FOR EACH ROW EXECUTE FUNCTION akt_nicht_archiviert();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "Mahnschreiben" FOR EACH ROW EXECUTE FUNCTION audit_row();
