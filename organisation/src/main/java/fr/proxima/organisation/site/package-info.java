/**
 * The sites of the communes (town halls, schools, libraries, technical centres...), scoped data: {@link
 * fr.proxima.organisation.site.Sites} is the only way to read them and takes the caller's scope; the repository
 * is package-private and every query filters on the scope's commune.
 */
package fr.proxima.organisation.site;
