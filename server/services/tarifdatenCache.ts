// The offices' tariff data, kept between requests. Every request reads its office's Stand with the
// API key (one statement it sends anyway); a copy loaded at another Stand is reloaded. The database
// bumps the Stand on every change to the data (triggers, see the tarif_stand migration), so a change
// made through another server process, a migration or SQL by hand is seen by the next request.
//
// A request that raced a change may load data newer than the Stand it read and keep it under that
// Stand: the next request, reading the newer Stand, reloads. Never older data under a newer Stand.
import type { Tarifdaten } from '../tarif/preise.js';
import type { Db } from './db.js';
import { loadTarifdaten } from './tarifdaten.js';

interface Entry {
  stand: number;
  daten: Promise<Tarifdaten>;
  /** Once loaded: handed out as it is, so that pricing a page of Akten stays synchronous. */
  geladen?: Tarifdaten;
}

export class TarifdatenCache {
  private readonly offices = new Map<string, Entry>();

  /**
   * The office's data at `stand`: the loaded data itself once there is a copy (a resolver that
   * prices every row of a list then needs no promise per row), else the load under way. The
   * result is shared between requests: never change it.
   */
  get(db: Db, kanzleiId: string, stand: number): Tarifdaten | Promise<Tarifdaten> {
    const cached = this.offices.get(kanzleiId);
    if (cached && cached.stand === stand) return cached.geladen ?? cached.daten;
    const entry: Entry = { stand, daten: loadTarifdaten(db, kanzleiId) };
    this.offices.set(kanzleiId, entry);
    entry.daten.then(
      (daten) => void (entry.geladen = daten),
      // A failed load (database gone) is not kept: the next request tries again.
      () => {
        if (this.offices.get(kanzleiId) === entry) this.offices.delete(kanzleiId);
      },
    );
    return entry.daten;
  }
}
