-- CreateEnum
CREATE TYPE "Kanal" AS ENUM ('EMAIL', 'TELEFON', 'VIDEO', 'BRIEF', 'PERSOENLICH');

-- CreateEnum
CREATE TYPE "Richtung" AS ENUM ('EINGEHEND', 'AUSGEHEND', 'INTERN');

-- AlterTable
ALTER TABLE "Akt" ADD COLUMN     "archiviertAm" TIMESTAMP(3),
ADD COLUMN     "aufbewahrenBis" DATE,
ADD COLUMN     "rechtlicheSperreBis" DATE;

-- CreateTable
CREATE TABLE "Kommunikation" (
    "id" UUID NOT NULL,
    "kanzleiId" UUID NOT NULL,
    "aktId" UUID NOT NULL,
    "kanal" "Kanal" NOT NULL,
    "richtung" "Richtung" NOT NULL,
    "am" TIMESTAMP(3) NOT NULL,
    "benutzerId" UUID,
    "betreff" TEXT NOT NULL,
    "text" TEXT,
    "fuerMandant" BOOLEAN NOT NULL DEFAULT false,
    "angelegtAm" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kommunikation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Kommunikation_aktId_am_idx" ON "Kommunikation"("aktId", "am");

-- AddForeignKey
ALTER TABLE "Kommunikation" ADD CONSTRAINT "Kommunikation_aktId_fkey" FOREIGN KEY ("aktId") REFERENCES "Akt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kommunikation" ADD CONSTRAINT "Kommunikation_benutzerId_fkey" FOREIGN KEY ("benutzerId") REFERENCES "Benutzer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
