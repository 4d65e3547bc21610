export class TypedDocumentString extends String {
    __apiType;
    value;
    __meta__;
    constructor(value, __meta__) {
        super(value);
        this.value = value;
        this.__meta__ = __meta__;
    }
    toString() {
        return this.value;
    }
}
export const ErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}
    `, { "fragmentName": "ErrorFields" });
export const AktenDocument = new TypedDocumentString(`
    query Akten($first: Int, $after: String, $filter: AktFilter) {
  akten(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        aktenzeichen
        bezeichnung
        sachgebiet
        status
        version
        bemessungsgrundlage
        klient {
          id
          kurzbezeichnung
          name
        }
        gegner {
          id
          kurzbezeichnung
          name
        }
      }
    }
  }
}
    `, { "hash": "sha256:1e130c323b75d33cde2a92c1577480ad1fc1461b287832330fcd8e3dc3a191b0" });
export const AktDocument = new TypedDocumentString(`
    query Akt($id: ID!) {
  akt(id: $id) {
    id
    aktenzeichen
    bezeichnung
    sachgebiet
    status
    version
    bemessungsgrundlage
    klient {
      id
      kurzbezeichnung
      name
      strasse
      plz
      ort
      email
    }
    gegner {
      id
      kurzbezeichnung
      name
    }
    forderungen {
      id
      art
      bezeichnung
      betrag
      faelligAm
      zinssatz
      zinsenAb
      titel {
        id
      }
    }
    leistungen {
      id
      datum
      kuerzel
      text
      bemessungsgrundlage
      verdienst
      einheitssatz
      streitgenossenzuschlag
      barauslagenUstPflichtig
      barauslagenUstFrei
      barauslagenDurchlaufer
      ust
      tarifbasis
      gerichtlichBestimmt
    }
    titel {
      id
      datum
      beschlussart
      geschaeftszahl
      vollstreckbarAm
      gegenWen
      zinsen54a
      zugesprochen
      barauslagenKlient
      weiteresVorbringen
      gericht {
        kurzbezeichnung
        name
      }
      forderungen {
        id
      }
    }
  }
}
    `, { "hash": "sha256:3fd0d18ccb3a3f186b527e9d3615f910c8ea09b81bccd5b2e60570f25e75ab13" });
export const MahnkostenDocument = new TypedDocumentString(`
    query Mahnkosten($aktId: ID!, $tarif: String!, $ratenmahnung: Boolean, $datum: Date) {
  akt(id: $aktId) {
    mahnkosten(tarif: $tarif, ratenmahnung: $ratenmahnung, datum: $datum) {
      tarif
      bemessungsgrundlage
      bemessungsgrundlageQuelle
      ratgGueltigAb
      positionen {
        tarifpost
        bezeichnung
        grundbetrag
        zuschlag
        anzahl
        betrag
      }
      verdienst
      streitgenossenzuschlagProzent
      streitgenossenzuschlag
      porto
      netto
      ust
      brutto
    }
  }
}
    `, { "hash": "sha256:46169d25afa6f06c36cb67d04aabcd9bcdc80c1c2393990e2f3c950c6d2e50a5" });
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on CreatePersonPayload {
      person {
        id
        kurzbezeichnung
        name
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:0b3fbfcc817a57c28f6361ddca604fe49eced3d09f50b74974ae1088a1f580f8" });
export const CreateAktDocument = new TypedDocumentString(`
    mutation CreateAkt($input: CreateAktInput!) {
  createAkt(input: $input) {
    __typename
    ... on CreateAktPayload {
      akt {
        id
        aktenzeichen
        version
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:547d87d2f22a3d7931080ea122810fa217702e8d22d3c2563366708bf0f786c1" });
export const CreateForderungDocument = new TypedDocumentString(`
    mutation CreateForderung($input: CreateForderungInput!) {
  createForderung(input: $input) {
    __typename
    ... on CreateForderungPayload {
      hinweis
      forderung {
        id
        betrag
        titel {
          id
        }
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:53fec38e77b6f4d1fd43075e0c8df5d98332ba1adb356193f7aea6828f841ad5" });
export const CreateLeistungDocument = new TypedDocumentString(`
    mutation CreateLeistung($input: CreateLeistungInput!) {
  createLeistung(input: $input) {
    __typename
    ... on CreateLeistungPayload {
      leistung {
        id
        verdienst
        einheitssatz
        streitgenossenzuschlag
        ust
        tarifbasis
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:1eeb2fd7ed4148baee66ec03a410fcbb6512ca19f961ae6c5b8a1931939b2449" });
export const CreateTitelDocument = new TypedDocumentString(`
    mutation CreateTitel($input: CreateTitelInput!) {
  createTitel(input: $input) {
    __typename
    ... on CreateTitelPayload {
      titel {
        id
        zugesprochen
        forderungen {
          id
        }
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:5e9b30b2dd59f7d6b42ea8ee13f956290196cd1b190c035a91b63ed5406e6cd6" });
export const AssignForderungenToTitelDocument = new TypedDocumentString(`
    mutation AssignForderungenToTitel($input: AssignForderungenToTitelInput!) {
  assignForderungenToTitel(input: $input) {
    __typename
    ... on AssignForderungenToTitelPayload {
      titel {
        id
        forderungen {
          id
        }
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:d8fa74c73e4af3f216cf331263eb0fc6ec720b2c8078196e159ef7e9da878fa1" });
export const SubmitMandatsanfrageDocument = new TypedDocumentString(`
    mutation SubmitMandatsanfrage($input: SubmitMandatsanfrageInput!) {
  submitMandatsanfrage(input: $input) {
    __typename
    ... on SubmitMandatsanfragePayload {
      referenz
      eingegangenAm
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  message
  ... on ValidationError {
    field
    issues {
      field
      message
    }
  }
  ... on ConflictError {
    currentVersion
  }
  ... on NotFoundError {
    entity
    id
  }
  ... on RateLimitError {
    retryAfterSeconds
  }
}`, { "hash": "sha256:03f144a7848f264a6d7f2c7e4ed14569e7238b7b33520c62614006133271be04" });
