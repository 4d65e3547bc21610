-- CreateEnum
CREATE TYPE "Beschlussart" AS ENUM ('ZAHLUNGSBEFEHL', 'URTEIL', 'VERSAEUMUNGSURTEIL', 'ANERKENNTNISURTEIL', 'BESCHLUSS', 'KOSTENBESTIMMUNGSBESCHLUSS', 'VERGLEICH', 'ZAHLUNGSAUFTRAG', 'NOTARIATSAKT', 'RUECKSTANDSAUSWEIS', 'SCHIEDSSPRUCH', 'BESCHEID', 'EUROPAEISCHER_ZAHLUNGSBEFEHL', 'EUROPAEISCHER_VOLLSTRECKUNGSTITEL', 'KOSTENTITEL', 'SONSTIGER_TITEL');

-- CreateEnum
CREATE TYPE "GerichtArt" AS ENUM ('OGH', 'OLG', 'LG', 'BG', 'SONDERGERICHT', 'BEHOERDE');

-- AlterTable
ALTER TABLE "Forderung" ADD COLUMN     "titelId" UUID;

-- CreateTable
CREATE TABLE "Gericht" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID,
    "kurzbezeichnung" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "art" "GerichtArt" NOT NULL,
    "strasse" TEXT,
    "plz" TEXT NOT NULL,
    "ort" TEXT NOT NULL,
    "bundesland" TEXT,

    CONSTRAINT "Gericht_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Titel" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "datum" DATE NOT NULL,
    "beschlussart" "Beschlussart" NOT NULL,
    "honorartext" TEXT,
    "gerichtId" UUID NOT NULL,
    "geschaeftszahl" TEXT,
    "zinsen54a" BOOLEAN NOT NULL,
    "vollstreckbarAm" DATE,
    "gegenWen" INTEGER,
    "barauslagenDurchlaufer" DECIMAL(18,2) NOT NULL,
    "barauslagenUstFrei" DECIMAL(18,2) NOT NULL,
    "barauslagenUstPflichtig" DECIMAL(18,2) NOT NULL,
    "barauslagenKlient" DECIMAL(18,2) NOT NULL,
    "verdienst" DECIMAL(18,2) NOT NULL,
    "einheitssatz" DECIMAL(18,2) NOT NULL,
    "ust" DECIMAL(18,2) NOT NULL,
    "sachbearbeiterId" UUID,
    "zeitMinuten" INTEGER,
    "memo" TEXT,
    "leistungId" UUID,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Titel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Gericht_plz_idx" ON "Gericht"("plz");

-- CreateIndex
CREATE UNIQUE INDEX "Gericht_kanzleiId_kurzbezeichnung_key" ON "Gericht"("kanzleiId", "kurzbezeichnung");

-- CreateIndex
CREATE UNIQUE INDEX "Titel_leistungId_key" ON "Titel"("leistungId");

-- CreateIndex
CREATE INDEX "Titel_aktId_datum_idx" ON "Titel"("aktId", "datum");

-- CreateIndex
CREATE INDEX "Forderung_titelId_idx" ON "Forderung"("titelId");

-- AddForeignKey
ALTER TABLE "Forderung" ADD CONSTRAINT "Forderung_titelId_fkey" FOREIGN KEY ("titelId") REFERENCES "Titel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gericht" ADD CONSTRAINT "Gericht_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Titel" ADD CONSTRAINT "Titel_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Titel" ADD CONSTRAINT "Titel_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Titel" ADD CONSTRAINT "Titel_gerichtId_fkey" FOREIGN KEY ("gerichtId") REFERENCES "Gericht"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Titel" ADD CONSTRAINT "Titel_sachbearbeiterId_fkey" FOREIGN KEY ("sachbearbeiterId") REFERENCES "Benutzer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Titel" ADD CONSTRAINT "Titel_leistungId_fkey" FOREIGN KEY ("leistungId") REFERENCES "Leistung"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (Prisma does not model these):
-- the shared register (kanzleiId NULL) has unique short names too (NULLs are distinct in a UNIQUE index);
CREATE UNIQUE INDEX "Gericht_register_kurzbezeichnung_key" ON "Gericht"("kurzbezeichnung") WHERE "kanzleiId" IS NULL;
-- gegenWen names a Gegner position; awarded amounts are never negative.
ALTER TABLE "Titel" ADD CONSTRAINT "Titel_gegenWen_position" CHECK ("gegenWen" IS NULL OR "gegenWen" BETWEEN 1 AND 10);
ALTER TABLE "Titel" ADD CONSTRAINT "Titel_betraege_nicht_negativ" CHECK (
  "barauslagenDurchlaufer" >= 0 AND "barauslagenUstFrei" >= 0 AND "barauslagenUstPflichtig" >= 0 AND
  "barauslagenKlient" >= 0 AND "verdienst" >= 0 AND "einheitssatz" >= 0 AND "ust" >= 0);
