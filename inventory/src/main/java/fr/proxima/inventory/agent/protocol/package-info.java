/**
 * The OCS / FusionInventory wire format, free of any framework: {@link fr.proxima.inventory.agent.protocol.OcsCodec}
 * inflates a request body (zlib, gzip or plain, recognised by its first bytes whatever the Content-Type says) with
 * a hard limit on the inflated size (zip bombs), parses it with a StAX reader that refuses any DTD and bounds the
 * depth, the number of elements and the length of every value, and deflates the XML replies.
 */
package fr.proxima.inventory.agent.protocol;
