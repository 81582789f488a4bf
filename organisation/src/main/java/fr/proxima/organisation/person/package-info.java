/**
 * The agents of the communes (callers and requesters) and the CAN's caller search. Scoped data: {@link
 * fr.proxima.organisation.person.People} is the only way in and takes the caller's scope; the repository is
 * package-private. The search columns are derived in one place ({@link fr.proxima.organisation.person.PersonKeys})
 * and queried as prefix ranges on their indexes.
 */
package fr.proxima.organisation.person;
