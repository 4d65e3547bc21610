-- AlterTable
ALTER TABLE "WebhookZustellung" ADD COLUMN     "ersterVersuchAm" TIMESTAMP(3),
ADD COLUMN     "versucheInReihe" INTEGER NOT NULL DEFAULT 0;

-- What a user does to deliveries (zustellungWiederholen, re-activating a webhook) is in the audit
-- trail; the worker's bookkeeping of its attempts (no acting user) and the outbox's inserts are not.
CREATE TRIGGER audit AFTER UPDATE ON "WebhookZustellung" FOR EACH ROW
  WHEN (coalesce(current_setting('audit.actor', true), '') <> '')
  EXECUTE FUNCTION audit_row();
