package fr.proxima.inventory.ci.model;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One name per manufacturer, whatever the source wrote: agents report the firmware's vendor string
 * ("Hewlett-Packard", "LENOVO", "Dell Inc."), people type "HP" or "hp". The serial number is unique per
 * manufacturer, so matching a machine reported by an agent to the CI an import created depends on this.
 * Unknown names keep their spelling, with spaces collapsed and the company-form suffix removed.
 */
public final class Manufacturers {
    private static final Pattern SUFFIX = Pattern.compile(
            "(?i)[\\s,]+(inc\\.?|corp\\.?|corporation|co\\.?,? ?ltd\\.?|ltd\\.?|limited|gmbh|s\\.?a\\.?s?\\.?|llc|ag|b\\.?v\\.?|computer inc\\.?)$");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("hp", "HP"), Map.entry("hewlett packard", "HP"), Map.entry("hewlett-packard", "HP"),
            Map.entry("hp inc", "HP"), Map.entry("hpe", "HPE"), Map.entry("hewlett packard enterprise", "HPE"),
            Map.entry("dell", "Dell"), Map.entry("dell technologies", "Dell"),
            Map.entry("lenovo", "Lenovo"), Map.entry("apple", "Apple"),
            Map.entry("asus", "ASUS"), Map.entry("asustek", "ASUS"), Map.entry("asustek computer", "ASUS"),
            Map.entry("acer", "Acer"), Map.entry("microsoft", "Microsoft"), Map.entry("samsung", "Samsung"),
            Map.entry("samsung electronics", "Samsung"), Map.entry("fujitsu", "Fujitsu"),
            Map.entry("canon", "Canon"), Map.entry("ricoh", "Ricoh"), Map.entry("xerox", "Xerox"),
            Map.entry("konica minolta", "Konica Minolta"), Map.entry("kyocera", "Kyocera"),
            Map.entry("kyocera document solutions", "Kyocera"), Map.entry("brother", "Brother"),
            Map.entry("brother industries", "Brother"), Map.entry("epson", "Epson"),
            Map.entry("seiko epson", "Epson"), Map.entry("sharp", "Sharp"), Map.entry("lexmark", "Lexmark"),
            Map.entry("cisco", "Cisco"), Map.entry("cisco systems", "Cisco"), Map.entry("aruba", "Aruba"),
            Map.entry("aruba networks", "Aruba"), Map.entry("ubiquiti", "Ubiquiti"),
            Map.entry("ubiquiti networks", "Ubiquiti"), Map.entry("juniper", "Juniper"),
            Map.entry("juniper networks", "Juniper"), Map.entry("fortinet", "Fortinet"),
            Map.entry("alcatel-lucent", "Alcatel-Lucent"), Map.entry("alcatel lucent", "Alcatel-Lucent"),
            Map.entry("alcatel-lucent enterprise", "Alcatel-Lucent"), Map.entry("yealink", "Yealink"),
            Map.entry("polycom", "Poly"), Map.entry("poly", "Poly"), Map.entry("iiyama", "iiyama"),
            Map.entry("lg", "LG"), Map.entry("lg electronics", "LG"), Map.entry("philips", "Philips"),
            Map.entry("eizo", "EIZO"), Map.entry("vmware", "VMware"), Map.entry("qemu", "QEMU"),
            Map.entry("innotek", "innotek"), Map.entry("xiaomi", "Xiaomi"), Map.entry("google", "Google"));

    private Manufacturers() {
    }

    /** The canonical name, or {@code null} for a blank one. */
    public static String canonical(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String s = Texts.collapse(name);
        String bare = s;
        for (int i = 0; i < 2; i++) {
            bare = SUFFIX.matcher(bare).replaceAll("").strip();
        }
        String key = Texts.fold(bare).replace('_', ' ');
        String alias = ALIASES.get(key);
        if (alias != null) {
            return alias;
        }
        return bare.isEmpty() ? s : bare;
    }
}
