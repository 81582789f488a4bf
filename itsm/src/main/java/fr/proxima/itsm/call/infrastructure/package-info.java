/**
 * Storage of the calls and the adapter to the organisation module. The repository and its row are package-private:
 * the only way in is {@link fr.proxima.itsm.call.application.CallStore}, whose every method takes the scope.
 */
package fr.proxima.itsm.call.infrastructure;
