-- AlterTable
ALTER TABLE "WebhookZustellung" ADD COLUMN     "ersterVersuchAm" TIMESTAMP(3),
ADD COLUMN     "versucheInReihe" INTEGER NOT NULL DEFAULT 0;
