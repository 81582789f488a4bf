package fr.proxima.app.demo;

/** The word lists the demo organisation is drawn from (common French names, streets, schools' namesakes). */
final class DemoNames {
    private DemoNames() {
    }

    static final String[] FIRST_NAMES = {
            "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Valérie", "Christine", "Sandrine",
            "Stéphanie", "Céline", "Sophie", "Véronique", "Anne", "Laurence", "Martine", "Christelle", "Émilie",
            "Julie", "Aurélie", "Karine", "Virginie", "Delphine", "Caroline", "Séverine", "Audrey", "Élodie", "Camille",
            "Laura", "Pauline", "Manon", "Sarah", "Léa", "Chloé", "Mélanie", "Hélène", "Florence", "Agnès", "Brigitte",
            "Patricia", "Corinne", "Magali", "Gaëlle", "Maëlle", "Anaïs", "Inès", "Océane", "Claire", "Béatrice",
            "Josiane", "Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe", "Pierre", "Jean", "Éric",
            "Laurent", "Frédéric", "Stéphane", "David", "Olivier", "Thierry", "Sébastien", "Julien", "Pascal",
            "Jérôme", "Daniel", "Bernard", "François", "Thomas", "Alexandre", "Vincent", "Guillaume", "Antoine",
            "Mathieu", "Romain", "Maxime", "Benoît", "Cédric", "Fabrice", "Didier", "Gérard", "Hervé", "Yannick",
            "Jean-Pierre", "Jean-Luc", "Jean-Marc", "Franck", "Damien", "Arnaud", "Kévin", "Loïc", "Quentin",
            "Hugo", "Lucas", "Théo", "Mehdi", "Karim", "Yasmina", "Nadia", "Samir", "Fatima", "Rachid"
    };

    static final String[] LAST_NAMES = {
            "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
            "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
            "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André",
            "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
            "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
            "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
            "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
            "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
            "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
            "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
            "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin",
            "Louis", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet",
            "Lafon", "Lacoste", "Labat", "Dulong", "Darrieux", "Lalanne", "Dubos", "Castaing", "Cazenave", "Laporte",
            "Barrère", "Dupré", "Lamarque", "Larrieu", "Lagarde", "Daney", "Ducasse", "Bordes", "Capdeville", "Laborde",
            "Saint-Martin", "Lestage", "Mounier", "Pujol", "Tessier", "Ferreira", "Da Silva", "Benali", "Haddad",
            "N'Diaye", "Nguyen", "Le Gall", "Le Goff", "Morvan", "Fernandes", "Rodrigues", "Marty", "Cazaux"
    };

    static final String[] STREET_KINDS = {"rue", "avenue", "allée", "place", "chemin", "boulevard", "cours"};

    static final String[] STREETS = {
            "de la République", "Jean Jaurès", "Gambetta", "Victor Hugo", "du Général de Gaulle", "Pasteur",
            "des Écoles", "de la Mairie", "du Maréchal Leclerc", "Carnot", "de la Liberté", "Aristide Briand",
            "Émile Zola", "des Acacias", "des Pins", "du Stade", "de la Gare", "Foch", "Georges Clemenceau",
            "de Verdun", "du 8 Mai 1945", "Paul Doumer", "Roger Salengro", "Camille Pelletan", "Thiers", "des Vignes",
            "du Château", "Jean Moulin", "Pierre Curie", "Anatole France", "des Tilleuls", "du Lac", "de l'Église",
            "des Platanes", "Montesquieu", "François Mauriac", "de la Libération", "Léon Blum", "Salvador Allende",
            "des Érables", "du Parc", "de Bordeaux", "des Sports", "Aliénor d'Aquitaine", "des Chênes", "du Moulin"
    };

    static final String[] SCHOOL_NAMES = {
            "Jules Ferry", "Jean Jaurès", "Victor Hugo", "Louise Michel", "Jean Moulin", "Paul Bert", "Marie Curie",
            "Jacques Prévert", "Pablo Picasso", "Albert Camus", "Montesquieu", "Jean de La Fontaine", "Anatole France",
            "Condorcet", "Louis Pasteur", "Georges Brassens", "Antoine de Saint-Exupéry", "Simone Veil",
            "Olympe de Gouges", "Émile Zola", "Joliot-Curie", "Jean Macé", "Lucie Aubrac", "Paul Langevin",
            "Les Tilleuls", "Les Pins", "Le Bourg", "Camille Claudel", "Frédéric Mistral", "George Sand",
            "Charles Perrault", "Romain Rolland", "Ferdinand Buisson", "Robert Desnos", "Montaigne", "Léo Lagrange",
            "Rosa Parks", "Nelson Mandela", "Jean Zay", "Marcel Pagnol", "Alphonse Daudet", "Les Lilas", "Le Parc",
            "Les Acacias", "Paul Éluard", "Henri Wallon", "Aristide Briand", "Jules Verne", "Colette", "La Source"
    };

    static final String[] QUARTERS = {
            "Centre", "Nord", "Sud", "Bourg", "Bel-Air", "Les Chartrons", "Saint-Augustin", "Caudéran", "Bastide",
            "Bacalan", "Arlac", "Capeyron", "Saouis", "Thouars", "Saige", "Haut-Lévêque", "Bourgailh"
    };

    /** Job titles by kind of site; the first ones are the most frequent. */
    static final String[] TOWN_HALL_JOBS = {
            "Adjoint administratif", "Agent d'accueil", "Gestionnaire ressources humaines", "Gestionnaire comptable",
            "Assistante de direction", "Chargé de mission", "Instructeur urbanisme", "Agent d'état civil",
            "Juriste", "Chargée de communication", "Responsable des finances", "Chef de service",
            "Gestionnaire marchés publics", "Archiviste", "Référent numérique", "Agent d'entretien"
    };
    static final String[] SCHOOL_JOBS = {"ATSEM", "Agent de restauration scolaire", "Animateur périscolaire",
            "Agent d'entretien", "Responsable de site périscolaire"};
    static final String[] LIBRARY_JOBS = {"Bibliothécaire", "Assistant de conservation", "Médiateur numérique",
            "Agent du patrimoine"};
    static final String[] TECHNICAL_JOBS = {"Agent technique", "Jardinier", "Électricien", "Plombier",
            "Menuisier", "Mécanicien", "Responsable d'atelier", "Magasinier", "Technicien bâtiment"};
    static final String[] NURSERY_JOBS = {"Auxiliaire de puériculture", "Éducatrice de jeunes enfants",
            "Directrice de crèche", "Agent de crèche"};
    static final String[] SPORT_JOBS = {"Éducateur sportif", "Gardien d'équipement sportif"};
    static final String[] SOCIAL_JOBS = {"Travailleur social", "Conseillère en économie sociale et familiale",
            "Agent d'accueil social", "Responsable du CCAS"};
    static final String[] POLICE_JOBS = {"Policier municipal", "Agent de surveillance de la voie publique",
            "Chef de poste"};
    static final String[] MUSIC_JOBS = {"Professeur de musique", "Professeur de danse", "Agent administratif"};
    static final String[] CULTURE_JOBS = {"Médiateur culturel", "Régisseur", "Chargée de programmation",
            "Animateur"};
    static final String[] METROPOLE_JOBS = {
            "Chargé d'études", "Ingénieur voirie", "Gestionnaire administratif", "Chef de projet numérique",
            "Technicien réseaux", "Instructeur droit des sols", "Agent de propreté", "Chargée de mission mobilités",
            "Gestionnaire comptable", "Juriste", "Technicien assainissement", "Assistante de direction",
            "Contrôleur de travaux", "Chef de service"
    };

    /** The elected and senior staff of a commune: its VIPs. */
    static final String[] COMMUNE_VIPS = {"Maire", "Directeur général des services", "Directrice de cabinet",
            "Premier adjoint au maire", "Directrice générale adjointe"};
    static final String[] METROPOLE_VIPS = {"Président de Bordeaux Métropole", "Directeur général des services",
            "Directrice générale adjointe numérique et systèmes d'information", "Directeur de cabinet",
            "Vice-présidente déléguée au numérique"};
}
