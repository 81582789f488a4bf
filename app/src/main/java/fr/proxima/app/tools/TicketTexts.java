package fr.proxima.app.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The French wording of generated tickets, by category of the seeded catalogue (itsm_category): how often each
 * category occurs for incidents and for service requests at a proximity-support desk, the support group a ticket
 * of that category is often passed to, and title/description templates. Shared by {@link HistoryGenerator} (five
 * years of history) and {@link LoadTest} (the bodies it posts), so that full-text searches hit a realistic share
 * of the tickets (e.g. "imprimante" only in printing tickets and a few others).
 */
final class TicketTexts {

    /** One category: code, whether it is an incident or a request category, weight, support group, titles. */
    record Category(String code, boolean request, double weight, String supportGroup, double escalation,
                    List<String> titles, List<String> details) {
    }

    static final List<Category> CATEGORIES = List.of(
            // ---------------------------------------------------------------- incidents
            inc("POSTE_MATERIEL", 8, null, 0,
                    List.of("Le poste ne démarre plus", "Écran noir au démarrage du poste",
                            "Clavier défectueux, plusieurs touches ne répondent plus", "Souris qui ne fonctionne plus",
                            "Le deuxième écran n'est plus détecté", "Bruit anormal de l'unité centrale",
                            "Le poste s'éteint tout seul plusieurs fois par jour"),
                    List.of("Le poste {poste} affiche un écran noir après le logo du constructeur.",
                            "L'agent a essayé de redémarrer, sans résultat.",
                            "Le câble d'alimentation et les branchements ont été vérifiés avec l'agent au téléphone.",
                            "Le voyant de l'unité centrale clignote en orange.")),
            inc("POSTE_LOGICIEL", 9, null, 0,
                    List.of("Word se ferme à l'ouverture des documents", "Excel très lent sur un fichier partagé",
                            "Impossible d'ouvrir les pièces jointes PDF", "Le navigateur affiche une erreur de certificat",
                            "LibreOffice ne démarre plus", "Message d'erreur au lancement d'Outlook",
                            "La suite bureautique demande une réactivation de licence"),
                    List.of("Le message d'erreur indique « {erreur} ».",
                            "Le problème est apparu après la dernière mise à jour du poste.",
                            "Les autres agents du service ne sont pas touchés.",
                            "Une réparation de l'installation a déjà été tentée à distance.")),
            inc("POSTE_LENTEUR", 6, null, 0,
                    List.of("Poste très lent depuis ce matin", "Ouverture de session qui dure plus de dix minutes",
                            "Lenteurs importantes sur le poste de l'accueil", "Le poste se fige régulièrement"),
                    List.of("L'ouverture de session prend plus de dix minutes sur le poste {poste}.",
                            "Le disque semble saturé, moins de 2 Go disponibles.",
                            "Les lenteurs touchent surtout les applications métier.",
                            "Le poste a plus de six ans, un remplacement est peut-être à prévoir.")),
            inc("POSTE_PORTABLE", 4, null, 0,
                    List.of("La station d'accueil ne recharge plus le portable", "Batterie du portable qui ne tient plus",
                            "Le portable ne détecte plus les écrans externes", "Charnière de l'écran du portable cassée"),
                    List.of("Le portable {poste} ne charge plus sur la station d'accueil du bureau.",
                            "L'agent est en télétravail deux jours par semaine et a besoin du portable.",
                            "Le chargeur a été testé sur un autre poste, il fonctionne.")),
            inc("IMPRESSION_PANNE", 12, null, 0,
                    List.of("Imprimante en panne au {etage}", "Copieur bloqué, bourrage papier récurrent",
                            "L'imprimante n'imprime plus depuis les postes du service",
                            "Impression en attente sur le copieur multifonction", "Imprimante hors ligne à l'accueil",
                            "Traces noires sur toutes les impressions", "Le copieur affiche un code erreur {code}"),
                    List.of("L'imprimante {imprimante} du {etage} ne répond plus, les travaux restent en file d'attente.",
                            "Le copieur affiche le code erreur {code} après chaque bourrage.",
                            "Le service a besoin d'imprimer les dossiers du conseil municipal de jeudi.",
                            "L'imprimante a été éteinte et rallumée sans changement.",
                            "Les autres imprimantes du bâtiment fonctionnent normalement.")),
            inc("IMPRESSION_NUMERISATION", 3, null, 0,
                    List.of("La numérisation vers la messagerie ne fonctionne plus",
                            "Le scanner du copieur n'envoie plus vers le dossier partagé",
                            "Numérisation impossible depuis le multifonction du {etage}"),
                    List.of("Le copieur {imprimante} indique « échec de l'envoi » lors de la numérisation.",
                            "La numérisation vers clé USB fonctionne encore.",
                            "Le service état civil numérise les actes tous les matins.")),
            inc("TELEPHONIE_FIXE", 6, "TELEPHONIE", 0.5,
                    List.of("Plus de tonalité sur le poste fixe", "Le téléphone de l'accueil ne sonne plus",
                            "Les appels entrants tombent sur la messagerie", "Renvoi d'appel impossible à désactiver",
                            "Grésillements sur la ligne du standard"),
                    List.of("Le poste téléphonique {telephone} n'a plus de tonalité depuis ce matin.",
                            "L'accueil du public ne peut plus recevoir d'appels.",
                            "Le câble a été rebranché sans résultat.")),
            inc("TELEPHONIE_MOBILE", 3, "TELEPHONIE", 0.5,
                    List.of("Smartphone professionnel bloqué (code PIN)", "Plus de données mobiles sur le téléphone",
                            "La messagerie ne se synchronise plus sur le mobile", "Écran du mobile cassé"),
                    List.of("Le mobile professionnel {telephone} est bloqué après trois codes PIN erronés.",
                            "L'agent est d'astreinte ce week-end.",
                            "La carte SIM a été vérifiée.")),
            inc("MESSAGERIE_COMPTE", 7, null, 0,
                    List.of("Boîte aux lettres pleine, envoi impossible", "Le calendrier partagé ne s'affiche plus",
                            "Les courriels n'arrivent plus depuis ce matin", "Délégation de la boîte de la direction à rétablir",
                            "Message « boîte aux lettres inaccessible »"),
                    List.of("La boîte aux lettres de l'agent a atteint son quota, les envois sont refusés.",
                            "Le calendrier partagé du service {service} n'est plus visible.",
                            "Le webmail fonctionne, seul le client de messagerie est touché.")),
            inc("MESSAGERIE_SPAM", 3, "SECURITE", 0.3,
                    List.of("Courriel suspect reçu par plusieurs agents", "Tentative d'hameçonnage signalée",
                            "Pourriels en grand nombre depuis hier"),
                    List.of("Plusieurs agents du service ont reçu un courriel demandant leurs identifiants.",
                            "Un agent a cliqué sur le lien mais n'a pas saisi son mot de passe.",
                            "Le courriel a été transféré en pièce jointe à la sécurité.")),
            inc("APP_ETAT_CIVIL", 3, "APPLICATIONS", 0.6,
                    List.of("Erreur à l'édition des actes d'état civil", "Impossible de valider un acte de naissance",
                            "Le logiciel d'élections ne s'ouvre plus", "Lenteurs sur l'application d'état civil"),
                    List.of("L'application d'état civil affiche « {erreur} » à l'édition.",
                            "Les mariages de samedi doivent être préparés avant vendredi.",
                            "Le problème touche tous les postes du service.")),
            inc("APP_FINANCES", 3, "APPLICATIONS", 0.6,
                    List.of("Erreur lors du mandatement dans le logiciel financier",
                            "Impossible d'éditer les bons de commande", "Le logiciel de comptabilité refuse la connexion"),
                    List.of("Le logiciel financier refuse la validation des mandats avec le message « {erreur} ».",
                            "La clôture de l'exercice approche.",
                            "Le service finances ne peut plus engager de dépenses.")),
            inc("APP_RH", 2, "APPLICATIONS", 0.6,
                    List.of("Erreur dans le calcul de la paie", "Le logiciel RH ne s'ouvre plus",
                            "Impossible de saisir les absences"),
                    List.of("L'application de gestion du personnel affiche « {erreur} ».",
                            "La paie du mois doit partir en fin de semaine.")),
            inc("APP_URBANISME", 2, "APPLICATIONS", 0.6,
                    List.of("Le logiciel d'urbanisme ne charge plus le cadastre",
                            "Erreur à l'enregistrement d'un permis de construire"),
                    List.of("La couche cadastrale ne s'affiche plus dans l'application d'urbanisme.",
                            "Les instructeurs ont des délais légaux à tenir.")),
            inc("APP_ENFANCE", 3, "APPLICATIONS", 0.6,
                    List.of("Le portail famille n'affiche plus les réservations",
                            "Erreur de facturation de la restauration scolaire",
                            "Pointage impossible sur les tablettes périscolaires"),
                    List.of("Les animateurs ne peuvent plus pointer les enfants sur les tablettes de l'école {ecole}.",
                            "Les familles appellent la mairie pour signaler le problème.")),
            inc("APP_COURRIER", 1, "APPLICATIONS", 0.6,
                    List.of("Le logiciel de courrier n'enregistre plus les arrivées",
                            "Documents introuvables dans la GED"),
                    List.of("Le service courrier ne peut plus enregistrer les plis du jour.",
                            "La recherche dans la GED ne renvoie aucun résultat.")),
            inc("APP_AUTRE", 1, "APPLICATIONS", 0.4,
                    List.of("Application métier inaccessible", "Erreur de connexion à une application métier"),
                    List.of("L'application « {application} » renvoie une erreur de connexion.",
                            "Le problème est apparu ce matin.")),
            inc("RESEAU_FILAIRE", 4, "INFRASTRUCTURES", 0.4,
                    List.of("Plus de réseau dans le bureau {bureau}", "Prise réseau inactive",
                            "Coupure réseau sur tout le {etage}"),
                    List.of("Aucun poste du {etage} n'accède au réseau depuis ce matin.",
                            "Le commutateur de l'armoire de brassage a peut-être redémarré.",
                            "La prise murale {prise} ne fonctionne plus.")),
            inc("RESEAU_WIFI", 4, "INFRASTRUCTURES", 0.4,
                    List.of("Wi-Fi indisponible dans la salle du conseil", "Connexion Wi-Fi instable à la médiathèque",
                            "Le Wi-Fi public de la mairie ne fonctionne plus"),
                    List.of("Le Wi-Fi de la salle du conseil coupe toutes les cinq minutes.",
                            "Une réunion publique est prévue ce soir.")),
            inc("RESEAU_VPN", 3, "INFRASTRUCTURES", 0.4,
                    List.of("Connexion VPN impossible en télétravail", "Le VPN se déconnecte toutes les dix minutes"),
                    List.of("L'agent en télétravail n'arrive plus à se connecter au VPN.",
                            "Le message indique « {erreur} ».")),
            inc("RESEAU_INTERNET", 2, "INFRASTRUCTURES", 0.4,
                    List.of("Accès Internet très lent", "Sites Internet inaccessibles depuis l'école {ecole}"),
                    List.of("Les pages mettent plus d'une minute à s'afficher.",
                            "L'école {ecole} n'a plus d'accès Internet pour les classes numériques.")),
            inc("COMPTES_MOT_DE_PASSE", 9, null, 0,
                    List.of("Mot de passe expiré", "Compte bloqué après plusieurs essais", "Mot de passe oublié",
                            "Impossible d'ouvrir une session Windows"),
                    List.of("Le compte de l'agent est verrouillé après plusieurs saisies erronées.",
                            "L'agent revient de congés et son mot de passe a expiré.",
                            "L'identité de l'agent a été vérifiée par rappel sur sa ligne fixe.")),
            inc("SECURITE_VIRUS", 1.5, "SECURITE", 0.8,
                    List.of("Alerte antivirus sur un poste", "Comportement suspect du poste", "Fichiers chiffrés sur un partage"),
                    List.of("L'antivirus a signalé une menace sur le poste {poste}.",
                            "Le poste a été débranché du réseau par précaution.",
                            "Des fichiers renommés avec une extension inconnue sont apparus sur le partage.")),
            inc("SECURITE_INCIDENT", 0.5, "SECURITE", 0.8,
                    List.of("Vol d'un ordinateur portable", "Perte d'un téléphone professionnel",
                            "Clé USB contenant des données personnelles perdue"),
                    List.of("L'agent signale la perte de son matériel lors d'un déplacement.",
                            "Une plainte a été déposée.", "Le matériel contenait des données personnelles.")),
            // ---------------------------------------------------------------- service requests
            req("POSTE_INSTALLATION", 18, null, 0,
                    List.of("Installation d'un logiciel de cartographie", "Installer un lecteur PDF",
                            "Mise à jour du logiciel métier sur le poste", "Installation d'un pilote de scanner",
                            "Demande d'installation de la suite bureautique"),
                    List.of("L'agent a besoin du logiciel « {application} » pour son nouveau poste de travail.",
                            "Le chef de service a validé la demande.",
                            "L'installation peut se faire à distance entre 12 h et 14 h.")),
            req("IMPRESSION_CONSOMMABLE", 10, null, 0,
                    List.of("Demande de toner pour l'imprimante du {etage}", "Commande de cartouches pour l'imprimante",
                            "Kit de maintenance du copieur à remplacer"),
                    List.of("Le toner noir de l'imprimante {imprimante} est presque vide.",
                            "Merci de livrer deux cartouches au {etage}.")),
            req("MESSAGERIE_LISTE", 6, null, 0,
                    List.of("Création d'une boîte partagée pour le service", "Ajout d'agents à une liste de diffusion",
                            "Accès à la boîte générique de l'accueil"),
                    List.of("Le service {service} souhaite une boîte partagée pour les demandes des usagers.",
                            "Trois agents doivent pouvoir lire et répondre.")),
            req("COMPTES_CREATION", 16, null, 0,
                    List.of("Arrivée d'un nouvel agent : création de compte", "Création de compte pour un stagiaire",
                            "Départ d'un agent : suppression du compte", "Création d'un compte pour un saisonnier"),
                    List.of("Un nouvel agent arrive au service {service} le 1er du mois prochain.",
                            "Merci de prévoir un compte, une boîte aux lettres et l'accès au dossier du service.",
                            "Le formulaire d'arrivée signé par la DRH est joint.")),
            req("COMPTES_DROITS", 14, null, 0,
                    List.of("Accès au dossier partagé du service", "Droits sur l'application financière",
                            "Ouverture des droits sur le logiciel d'état civil", "Accès en lecture au partage des marchés"),
                    List.of("L'agent a besoin d'accéder au dossier partagé du service {service}.",
                            "Le responsable du dossier a donné son accord.")),
            req("MATERIEL_POSTE", 10, null, 0,
                    List.of("Demande de poste de travail pour un nouvel agent", "Remplacement d'un poste vieillissant",
                            "Demande d'ordinateur portable pour le télétravail"),
                    List.of("Un nouvel agent arrive au service {service}, il lui faut un poste complet.",
                            "Le poste actuel a plus de sept ans et ne supporte plus les applications.")),
            req("MATERIEL_PERIPHERIQUE", 12, null, 0,
                    List.of("Demande d'un second écran", "Demande de casque pour la visioconférence",
                            "Demande de webcam", "Demande de clavier ergonomique"),
                    List.of("L'agent fait de nombreuses visioconférences et demande un casque.",
                            "Le médecin du travail recommande un clavier ergonomique.")),
            req("MATERIEL_TELEPHONE", 6, "TELEPHONIE", 0.5,
                    List.of("Demande de téléphone mobile professionnel", "Nouvelle ligne fixe pour un bureau",
                            "Remplacement d'un téléphone fixe"),
                    List.of("L'agent d'astreinte a besoin d'un mobile professionnel.",
                            "Le bureau {bureau} n'a pas encore de ligne.")),
            req("MATERIEL_DEMENAGEMENT", 6, null, 0,
                    List.of("Déménagement de trois postes au {etage}", "Déménagement du service vers un nouveau site",
                            "Déplacement d'un poste dans le bureau voisin"),
                    List.of("Le service {service} déménage au {etage} le mois prochain.",
                            "Il faut déplacer les postes, les téléphones et l'imprimante.")),
            req("TELEPHONIE_MOBILE", 2, "TELEPHONIE", 0.5,
                    List.of("Changement de forfait mobile", "Activation de l'itinérance pour un déplacement"),
                    List.of("L'agent part en déplacement à l'étranger la semaine prochaine.")));

    private static final List<String> ETAGES = List.of("rez-de-chaussée", "1er étage", "2e étage", "3e étage",
            "sous-sol", "bâtiment B");
    private static final List<String> ERREURS = List.of("Erreur 0x80070005", "Accès refusé", "Délai d'attente dépassé",
            "Erreur interne du serveur", "Licence introuvable", "Connexion à la base impossible",
            "Le fichier est verrouillé par un autre utilisateur");
    private static final List<String> SERVICES = List.of("état civil", "finances", "ressources humaines",
            "urbanisme", "affaires scolaires", "accueil", "services techniques", "culture", "sports", "CCAS",
            "police municipale", "communication", "marchés publics");
    private static final List<String> APPLICATIONS = List.of("SIG communal", "gestion des salles",
            "gestion des cimetières", "portail famille", "gestion du courrier", "logiciel de billetterie",
            "QGIS", "gestion des marchés");
    private static final List<String> ECOLES = List.of("Jules-Ferry", "Jean-Jaurès", "Victor-Hugo", "Paul-Bert",
            "Jean-Moulin", "Montesquieu", "Albert-Camus", "Condorcet");
    private static final List<String> IMPRIMANTES = List.of("Ricoh MP C3004", "Canon iR-ADV C5535", "HP LaserJet M507",
            "Kyocera TASKalfa 3253ci", "Xerox VersaLink C7020", "Brother HL-L6400");

    private TicketTexts() {
    }

    private static Category inc(String code, double weight, String group, double escalation, List<String> titles,
                                List<String> details) {
        return new Category(code, false, weight, group, escalation, titles, details);
    }

    private static Category req(String code, double weight, String group, double escalation, List<String> titles,
                                List<String> details) {
        return new Category(code, true, weight, group, escalation, titles, details);
    }

    /** The categories of the catalogue that the database knows (all of them when {@code known} is null). */
    static List<Category> known(Set<String> known) {
        List<Category> result = new ArrayList<>();
        for (Category c : CATEGORIES) {
            if (known == null || known.contains(c.code())) {
                result.add(c);
            }
        }
        return result;
    }

    /** A category of the given kind drawn by weight among {@code categories}. */
    static Category pick(Random random, List<Category> categories, boolean request) {
        double total = 0;
        for (Category c : categories) {
            if (c.request() == request) {
                total += c.weight();
            }
        }
        double x = random.nextDouble() * total;
        Category last = null;
        for (Category c : categories) {
            if (c.request() != request) {
                continue;
            }
            last = c;
            x -= c.weight();
            if (x < 0) {
                return c;
            }
        }
        return last;
    }

    static String title(Random random, Category c) {
        return fill(random, c.titles().get(random.nextInt(c.titles().size())));
    }

    /** Two to four sentences of the category's details, in a random order, with the slots filled. */
    static String description(Random random, Category c, String siteName) {
        List<String> pool = new ArrayList<>(c.details());
        int n = Math.min(pool.size(), 2 + random.nextInt(3));
        StringBuilder sb = new StringBuilder();
        if (siteName != null && random.nextInt(3) == 0) {
            sb.append("Site : ").append(siteName).append(". ");
        }
        for (int i = 0; i < n; i++) {
            String s = pool.remove(random.nextInt(pool.size()));
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(fill(random, s));
        }
        return sb.toString();
    }

    private static String fill(Random random, String template) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        return template
                .replace("{etage}", any(random, ETAGES))
                .replace("{erreur}", any(random, ERREURS))
                .replace("{service}", any(random, SERVICES))
                .replace("{application}", any(random, APPLICATIONS))
                .replace("{ecole}", any(random, ECOLES))
                .replace("{imprimante}", any(random, IMPRIMANTES))
                .replace("{code}", "SC" + (100 + random.nextInt(900)))
                .replace("{poste}", "PC-" + (10000 + random.nextInt(90000)))
                .replace("{telephone}", "05 56 " + (10 + random.nextInt(90)) + " " + (10 + random.nextInt(90)) + " "
                        + (10 + random.nextInt(90)))
                .replace("{bureau}", String.valueOf(100 + random.nextInt(300)))
                .replace("{prise}", "B" + (1 + random.nextInt(40)) + "-" + (1 + random.nextInt(24)));
    }

    private static String any(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
