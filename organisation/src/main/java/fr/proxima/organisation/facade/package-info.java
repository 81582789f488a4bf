/** The implementation of the module's API ({@link fr.proxima.organisation.Organisation}); nothing else goes here. */
package fr.proxima.organisation.facade;
