// The schema: the builder plus one file per domain type.
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './benutzer.js';
import './person.js';
import './akt.js';
import './forderung.js';
import './leistung.js';
import './tarif.js';
import './gericht.js';
import './titel.js';
import './mandatsanfrage.js';
import './kommunikation.js';
import './honorarnote.js';
import './zahlung.js';
import './honorarzahlung.js';
import './mahnschreiben.js';
import './kontoauszug.js';
import './audit.js';
import './webhook.js';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSchema({ sortSchema: true });
