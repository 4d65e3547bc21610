-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "nurPersistiert" BOOLEAN NOT NULL DEFAULT false;
