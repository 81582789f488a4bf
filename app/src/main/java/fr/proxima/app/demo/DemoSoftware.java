package fr.proxima.app.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo software catalogue: the common desktop applications, the business applications of French local
 * authorities (civil status, elections, finance, HR, town planning, schools, libraries...) and the long tail of
 * small and legacy tools that a rationalisation plan targets, about 400 entries in all with their status in the
 * catalogue. Plus a few applications found on machines but absent from the catalogue (the quality control finds
 * them).
 */
public final class DemoSoftware {
    private DemoSoftware() {
    }

    /** A catalogue entry: name, publisher, status, licences (null: not counted), versions. */
    public record Entry(String name, String publisher, String status, Integer licences, List<String> versions) {
    }

    /** Installed on (nearly) every workstation: name as agents report it, publisher, version. */
    static final String[][] BASE = {
            {"Mozilla Firefox (x64 fr)", "Mozilla", "128.5.1"},
            {"Google Chrome", "Google LLC", "131.0.6778.86"},
            {"Adobe Acrobat Reader DC (Français)", "Adobe Systems Incorporated", "24.005.20307"},
            {"7-Zip 23.01 (x64)", "Igor Pavlov", "23.01"},
            {"VLC media player", "VideoLAN", "3.0.21"},
            {"Microsoft Teams", "Microsoft Corporation", "24295.605.3225.8804"},
            {"ESET Endpoint Antivirus", "ESET, spol. s r.o.", "11.1.2039.2"},
            {"FusionInventory Agent 2.6 (x64 edition)", "FusionInventory Team", "2.6"},
            {"Microsoft Edge", "Microsoft Corporation", "131.0.2903.70"},
            {"Java 8 Update 431", "Oracle Corporation", "8.0.4310.10"},
    };

    /** One of the two office suites. */
    static final String[][] OFFICE = {
            {"Microsoft Office Professionnel Plus 2019 - fr-fr", "Microsoft Corporation", "16.0.10416.20058"},
            {"LibreOffice 7.6.7.2", "The Document Foundation", "7.6.7.2"},
    };

    /** Found on a few machines, absent from the catalogue. */
    static final String[][] UNLISTED = {
            {"CCleaner", "Piriform", "6.29"},
            {"WinRAR 7.01 (64-bit)", "win.rar GmbH", "7.01.0"},
            {"TeamViewer", "TeamViewer", "15.60.3"},
            {"Spotify", "Spotify AB", "1.2.52.442"},
            {"Candy Crush Saga", "King", "1.0"},
            {"Free Download Manager", "Softdeluxe", "6.24"},
    };

    /** Business applications of a commune, by department (a workstation gets one to three of them). */
    static final String[][] BUSINESS = {
            {"Logitud Siècle État civil", "Logitud Solutions", "APPROVED"},
            {"Elections Logitud", "Logitud Solutions", "APPROVED"},
            {"Ciril Finances", "Ciril Group", "APPROVED"},
            {"Ciril RH", "Ciril Group", "APPROVED"},
            {"Civil Net RH", "Ciril Group", "TO_RETIRE"},
            {"Cart@ds Urbanisme", "Business Geografic", "APPROVED"},
            {"Concerto Opus Petite enfance", "Arpège", "APPROVED"},
            {"iNoé Restauration scolaire", "Aiga", "APPROVED"},
            {"Orphée Médiathèque", "C3RB Informatique", "APPROVED"},
            {"Koha (client)", "BibLibre", "TOLERATED"},
            {"Mélodie Cimetières", "Gescime", "TOLERATED"},
            {"Gescime", "Gescime", "APPROVED"},
            {"Pluriel Social CCAS", "Arche MC2", "APPROVED"},
            {"Astre GF", "Berger-Levrault", "TO_RETIRE"},
            {"e.magnus Gestion financière", "Berger-Levrault", "APPROVED"},
            {"e.magnus Gestion des ressources humaines", "Berger-Levrault", "APPROVED"},
            {"Atal II Services techniques", "Berger-Levrault", "APPROVED"},
            {"Marco Web Marchés publics", "Agysoft", "APPROVED"},
            {"Airs Délib", "Digitech", "APPROVED"},
            {"Airs Courrier", "Digitech", "APPROVED"},
            {"Maarch Courrier", "Maarch", "TOLERATED"},
            {"QGIS 3.34", "QGIS", "APPROVED"},
            {"ArcGIS Pro", "Esri", "TOLERATED"},
            {"AutoCAD LT 2024", "Autodesk", "APPROVED"},
            {"Municipol GVE", "Logitud Solutions", "APPROVED"},
            {"Parc Auto Fleet", "Optimum Automotive", "TOLERATED"},
            {"Régie+ Encaissements", "JVS-Mairistem", "APPROVED"},
            {"Horizon Villages Cloud", "JVS-Mairistem", "TO_RETIRE"},
            {"Kelio Temps de travail", "Bodet Software", "APPROVED"},
            {"Octime Expresso", "Octime", "TOLERATED"},
            {"Imuse Musique (conservatoire)", "Imuse", "APPROVED"},
            {"Noethys Accueils de loisirs", "Noethys", "TOLERATED"},
            {"Domino Famille", "Abelium Collectivités", "APPROVED"},
            {"Xemelios", "DGFiP", "APPROVED"},
            {"Chorus Pro (poste)", "AIFE", "APPROVED"},
            {"Hélios PES V2 Visualiseur", "DGFiP", "APPROVED"},
            {"Adobe Acrobat Pro 2020", "Adobe Systems Incorporated", "TO_RETIRE"},
            {"Adobe Creative Cloud", "Adobe Systems Incorporated", "APPROVED"},
            {"GIMP 2.10", "The GIMP Team", "APPROVED"},
            {"Inkscape", "Inkscape", "APPROVED"},
            {"Scribus", "Scribus", "TOLERATED"},
            {"Microsoft Project 2019", "Microsoft Corporation", "TOLERATED"},
            {"Microsoft Visio 2019", "Microsoft Corporation", "TOLERATED"},
            {"KeePass Password Safe 2", "Dominik Reichl", "APPROVED"},
            {"Notepad++ (64-bit x64)", "Notepad++ Team", "APPROVED"},
            {"PDFCreator", "pdfforge GmbH", "TO_RETIRE"},
            {"PDF24 Creator", "Geek Software GmbH", "APPROVED"},
            {"FileZilla 3.67", "Tim Kosse", "TOLERATED"},
            {"PuTTY release 0.81 (64-bit)", "Simon Tatham", "APPROVED"},
            {"WinSCP", "Martin Prikryl", "APPROVED"},
            {"Zoom Workplace", "Zoom Video Communications, Inc.", "TOLERATED"},
            {"Webex", "Cisco Systems, Inc.", "TO_RETIRE"},
            {"Skype", "Microsoft Corporation", "FORBIDDEN"},
            {"Thunderbird (x64 fr)", "Mozilla", "TOLERATED"},
            {"Citrix Workspace", "Citrix Systems, Inc.", "APPROVED"},
            {"Cisco Secure Client - AnyConnect VPN", "Cisco Systems, Inc.", "APPROVED"},
            {"Alcatel-Lucent Rainbow", "Alcatel-Lucent Enterprise", "APPROVED"},
            {"Dragon Professional Individual 16", "Nuance", "TOLERATED"},
            {"Antidote 11", "Druide informatique inc.", "APPROVED"},
            {"Dropbox", "Dropbox, Inc.", "FORBIDDEN"},
            {"Google Drive", "Google LLC", "FORBIDDEN"},
    };

    /** Long tail: departments × kinds of small tool, to reach the ~400 entries of a real catalogue. */
    private static final String[] DOMAINS = {"Voirie", "Espaces verts", "Propreté", "Bâtiments", "Sports",
            "Culture", "Jeunesse", "Seniors", "Logement", "Emploi", "Commerce", "Marchés forains", "Stationnement",
            "Police municipale", "Archives", "Communication", "Événementiel", "Santé", "Petite enfance", "Éducation",
            "Restauration", "Transport scolaire", "Eau et assainissement", "Déchets", "Énergie", "Patrimoine",
            "Affaires juridiques", "Assurances", "Contentieux", "Subventions", "Associations", "Vie des quartiers",
            "Démocratie participative", "Tourisme", "Cimetières", "Funéraire", "Foncier", "Cadastre", "Risques",
            "Hygiène"};
    private static final String[][] TOOLS = {{"Gestion", "Atelys"}, {"Planning", "Horanet"},
            {"Tableaux de bord", "Decidim"}, {"Réservations", "Inovelan"}, {"Inventaire", "Sedit"},
            {"Interventions", "Carl Software"}, {"Courrier", "Softéa"}, {"Suivi", "Sirap"}, {"Statistiques", "Cegid"}};

    /** The long tail of the catalogue (a workstation has one now and then). */
    static final List<Entry> LONG_TAIL = catalogue().subList(BASE.length + 2 + BUSINESS.length, catalogue().size());

    /** The whole catalogue: the common applications, the business ones, the long tail (deterministic). */
    public static List<Entry> catalogue() {
        List<Entry> out = new ArrayList<>();
        for (String[] s : BASE) {
            out.add(new Entry(s[0].replaceAll(" \\(.*\\)$", "").replaceAll(" \\d+(\\.\\d+)+$", ""), s[1],
                    "APPROVED", null, List.of(s[2])));
        }
        out.add(new Entry("Microsoft Office Professionnel Plus 2019", "Microsoft Corporation", "APPROVED", 3500,
                List.of("16.0.10416.20058")));
        out.add(new Entry("LibreOffice", "The Document Foundation", "APPROVED", null, List.of("7.6.7.2")));
        for (String[] b : BUSINESS) {
            out.add(new Entry(b[0], b[1], b[2], b[2].equals("APPROVED") ? 50 : null, List.of()));
        }
        String[] statuses = {"APPROVED", "TOLERATED", "TO_RETIRE", "TO_RETIRE", "TOLERATED", "APPROVED", "TO_RETIRE",
                "FORBIDDEN"};
        int n = 0;
        for (String domain : DOMAINS) {
            for (String[] tool : TOOLS) {
                if (out.size() >= 400) {
                    return out;
                }
                String status = statuses[n++ % statuses.length];
                out.add(new Entry(tool[0] + " " + domain, tool[1], status, null, List.of()));
            }
        }
        return out;
    }
}
