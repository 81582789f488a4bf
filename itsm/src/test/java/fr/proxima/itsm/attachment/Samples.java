package fr.proxima.itsm.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, built in the test so that nothing binary is checked in. */
public final class Samples {
    private Samples() {
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] "
                + "/Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] html() {
        return "<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0,
                0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0};
    }

    public static byte[] zip(String... entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    /** An OpenDocument file: a stored "mimetype" entry first, then the rest. */
    public static byte[] openDocument(String mimetype) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            first.setCompressedSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] ole2(boolean withMapiStreams) {
        byte[] b = new byte[2048];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        if (withMapiStreams) {
            byte[] a = "__properties_version1.0".getBytes(StandardCharsets.UTF_16LE);
            byte[] s = "__substg1.0_0037001F".getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(a, 0, b, 1024, a.length);
            System.arraycopy(s, 0, b, 1152, s.length);
        }
        return b;
    }

    public static byte[] eml() {
        return ("Return-Path: <agent@mairie-talence.fr>\r\nFrom: Agent <agent@mairie-talence.fr>\r\n"
                + "To: can@bordeaux-metropole.fr\r\nSubject: =?UTF-8?Q?Imprimante_en_panne?=\r\n"
                + "Date: Wed, 25 Nov 2026 09:12:00 +0100\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n<html><body>L'imprimante ne répond plus.</body></html>\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
