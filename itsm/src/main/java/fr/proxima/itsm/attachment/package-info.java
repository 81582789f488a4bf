/**
 * Files attached to a ticket (a screenshot, an error report, a quote, a forwarded e-mail), stored safely:
 * at most {@value fr.proxima.itsm.attachment.Attachments#MAX_BYTES} bytes; the type is detected from the first
 * bytes against an allow-list ({@link fr.proxima.itsm.attachment.ContentSniffer}) and the client's declared type is
 * ignored; the file name is sanitised ({@link fr.proxima.itsm.attachment.FileNames}); the SHA-256 is kept; the bytes
 * live in a table of their own so that listing never reads them; a download is always a download
 * ({@code Content-Disposition: attachment}, {@code nosniff}, {@code CSP: sandbox}) and never HTML.
 *
 * <p>Scoped like comments: whoever reads the ticket reads its attachments; whoever may change the ticket, or a CAN
 * agent, may attach; a commune viewer never.
 */
package fr.proxima.itsm.attachment;
