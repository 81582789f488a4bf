package fr.proxima.inventory.agent.protocol;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * Decompression of request bodies and compression of replies. The format is told from the first bytes, as agents
 * label it loosely ({@code application/x-compress}, {@code application/x-compress-zlib}, {@code
 * application/x-compress-gzip}, or nothing): a zlib header (0x78 and a header checksum divisible by 31), the gzip
 * magic (0x1F 0x8B), or plain XML ({@code <}, after an optional byte-order mark and blanks). Inflation stops with
 * an error as soon as the output exceeds {@code maxInflated}, so a small bomb cannot exhaust memory.
 */
public final class OcsCodec {
    private final int maxInflated;

    public OcsCodec(int maxInflated) {
        if (maxInflated < 1024) {
            throw new IllegalArgumentException("limit too small: " + maxInflated);
        }
        this.maxInflated = maxInflated;
    }

    /** The kinds of body an agent may send. */
    public enum Encoding { ZLIB, GZIP, PLAIN }

    public static Encoding encodingOf(byte[] body) {
        if (body.length >= 2 && (body[0] & 0xFF) == 0x78 && (((body[0] & 0xFF) << 8) | (body[1] & 0xFF)) % 31 == 0) {
            return Encoding.ZLIB;
        }
        if (body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) {
            return Encoding.GZIP;
        }
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i < body.length && body[i] == '<') {
            return Encoding.PLAIN;
        }
        throw new OcsProtocolException("compression", "body is neither zlib, gzip nor XML");
    }

    /** The XML bytes of a request body, inflated if needed, at most {@code maxInflated} bytes. */
    public byte[] inflate(byte[] body) {
        return switch (encodingOf(body)) {
            case PLAIN -> {
                if (body.length > maxInflated) {
                    throw new OcsProtocolException("too-large", "message larger than " + maxInflated + " bytes");
                }
                yield body;
            }
            case ZLIB -> inflateZlib(body);
            case GZIP -> inflateGzip(body);
        };
    }

    private byte[] inflateZlib(byte[] body) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxInflated, body.length * 8 + 64));
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new OcsProtocolException("compression", "truncated zlib stream");
                }
                if (out.size() + n > maxInflated) {
                    throw new OcsProtocolException("too-large", "inflated message larger than " + maxInflated + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new OcsProtocolException("compression", "invalid zlib stream");
        } finally {
            inflater.end();
        }
    }

    private byte[] inflateGzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 16 * 1024)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > maxInflated) {
                    throw new OcsProtocolException("too-large", "inflated message larger than " + maxInflated + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new OcsProtocolException("compression", "invalid gzip stream");
        }
    }

    /** zlib (RFC 1950) compression, as agents expect their replies. */
    public static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
            byte[] buffer = new byte[8 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The reply to a PROLOG: send an inventory, and come back in {@code frequencyHours}. */
    public static String prologReply(int frequencyHours) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REPLY>\n  <PROLOG_FREQ>" + frequencyHours
                + "</PROLOG_FREQ>\n  <RESPONSE>SEND</RESPONSE>\n</REPLY>\n";
    }

    /** The reply to an INVENTORY: received (the server has no account information to send back). */
    public static String inventoryReply() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REPLY>\n  <RESPONSE>NO_ACCOUNT_UPDATE</RESPONSE>\n</REPLY>\n";
    }

    /** The reply to an unknown query: the agent has nothing to do. */
    public static String emptyReply() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<REPLY></REPLY>\n";
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
