-- CreateEnum
CREATE TYPE "MandatsanfrageStatus" AS ENUM ('EINGEGANGEN', 'IN_PRUEFUNG', 'ANGENOMMEN', 'ABGELEHNT');

-- CreateEnum
CREATE TYPE "Dringlichkeit" AS ENUM ('NIEDRIG', 'NORMAL', 'HOCH', 'SOFORT');

-- AlterTable
ALTER TABLE "Kanzlei" ADD COLUMN     "intakeTokenHash" TEXT,
ADD COLUMN     "intakeTokenPrefix" TEXT;

-- CreateTable
CREATE TABLE "AktStatusAenderung" (
    "id" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "von" "AktStatus",
    "nach" "AktStatus" NOT NULL,
    "benutzerId" UUID,
    "am" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "grund" TEXT,

    CONSTRAINT "AktStatusAenderung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mandatsanfrage" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "referenz" TEXT NOT NULL,
    "status" "MandatsanfrageStatus" NOT NULL DEFAULT 'EINGEGANGEN',
    "eingegangenAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "klientArt" "PersonArt" NOT NULL,
    "klientName" TEXT NOT NULL,
    "klientStrasse" TEXT,
    "klientPlz" TEXT,
    "klientOrt" TEXT,
    "klientEmail" TEXT NOT NULL,
    "klientTelefon" TEXT,
    "gegner" JSONB NOT NULL,
    "sachgebiet" TEXT NOT NULL,
    "beschreibung" TEXT NOT NULL,
    "streitwert" DECIMAL(18,2),
    "dringlichkeit" "Dringlichkeit" NOT NULL DEFAULT 'NORMAL',
    "dokumente" JSONB NOT NULL,
    "umfang" TEXT,
    "bewertung" TEXT,
    "zugewiesenAnId" UUID,
    "kollisionGeprueftAm" TIMESTAMP(3),
    "kollisionTreffer" JSONB,
    "kollisionFreigabeGrund" TEXT,
    "kollisionFreigabeVonId" UUID,
    "ablehnungsgrund" TEXT,
    "aktId" UUID,

    CONSTRAINT "Mandatsanfrage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AktStatusAenderung_aktId_am_idx" ON "AktStatusAenderung"("aktId", "am");

-- CreateIndex
CREATE UNIQUE INDEX "Mandatsanfrage_referenz_key" ON "Mandatsanfrage"("referenz");

-- CreateIndex
CREATE UNIQUE INDEX "Mandatsanfrage_aktId_key" ON "Mandatsanfrage"("aktId");

-- CreateIndex
CREATE INDEX "Mandatsanfrage_kanzleiId_status_eingegangenAm_idx" ON "Mandatsanfrage"("kanzleiId", "status", "eingegangenAm");

-- CreateIndex
CREATE UNIQUE INDEX "Kanzlei_intakeTokenHash_key" ON "Kanzlei"("intakeTokenHash");

-- AddForeignKey
ALTER TABLE "AktStatusAenderung" ADD CONSTRAINT "AktStatusAenderung_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AktStatusAenderung" ADD CONSTRAINT "AktStatusAenderung_benutzerId_fkey" FOREIGN KEY ("benutzerId") REFERENCES "Benutzer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandatsanfrage" ADD CONSTRAINT "Mandatsanfrage_kanzleiId_fkey" FOREIGN KEY ("kanzleiId") REFERENCES "Kanzlei"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandatsanfrage" ADD CONSTRAINT "Mandatsanfrage_zugewiesenAnId_fkey" FOREIGN KEY ("zugewiesenAnId") REFERENCES "Benutzer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandatsanfrage" ADD CONSTRAINT "Mandatsanfrage_kollisionFreigabeVonId_fkey" FOREIGN KEY ("kollisionFreigabeVonId") REFERENCES "Benutzer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandatsanfrage" ADD CONSTRAINT "Mandatsanfrage_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE SET NULL ON UPDATE CASCADE;
