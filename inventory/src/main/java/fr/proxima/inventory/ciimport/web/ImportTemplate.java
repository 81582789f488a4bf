package fr.proxima.inventory.ciimport.web;

import fr.proxima.inventory.ciimport.model.ImportColumn;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The published import template: UTF-8 with a byte-order mark (Excel opens it with its accents), {@code ;}
 * separator, the French headers and three example lines (a workstation, a copier, a mobile phone with its line).
 */
final class ImportTemplate {
    private ImportTemplate() {
    }

    static byte[] bytes() {
        String header = Arrays.stream(ImportColumn.values()).map(ImportColumn::header).collect(Collectors.joining(";"));
        String text = header + "\r\n"
                + "PC-TAL-00042;Poste fixe;CZC1234XYZ;HP;EliteDesk 800 G6;En service;33522;;;15/03/2023;14/03/2028;"
                + "UGAP;BC-2023-0117;Service état civil;hostname=pc-tal-00042|ramMb=16384|os=Windows 11 Professionnel\r\n"
                + "COP-TAL-0007;Copieur multifonction;3100R712345;Ricoh;IM C3000;En service;33522;;;01/09/2024;"
                + "31/08/2029;Ricoh France;CT-2024-88;Location 5 ans;color=oui|leaseEnd=31/08/2029\r\n"
                + "TEL-TAL-0311;Téléphone mobile;R58N123ABCD;Samsung;Galaxy A54;En stock;33522;;;02/02/2025;"
                + "01/02/2027;Orange Business;BC-2025-0021;;lineNumber=06 12 34 56 78|operator=Orange|plan=Pro 20 Go\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }
}
