package org.clubaide.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The words generated data is made of: French first and last names, towns with their postcodes,
 * streets, organisations, the skills, hobbies and particularities members type, and the problems
 * they bring, with the Service's questions, solutions and reasons.
 */
final class FrenchData {

  private FrenchData() {}

  static final String[] FIRST_NAMES = {
    "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Marie", "Anne",
    "Isabelle", "Nathalie", "Sophie", "Sandrine", "Valérie", "Céline", "Aurélie", "Émilie",
    "Claire", "Hélène", "Élodie", "Laure", "Mathilde", "Pauline", "Agnès", "Brigitte",
    "Christine", "Françoise", "Catherine", "Véronique", "Sylvie", "Martine", "Nadia", "Yasmine",
    "Gaëlle", "Maëlle", "Zoé", "Noémie", "Océane", "Solène", "Jean", "Pierre", "Michel",
    "Philippe", "Alain", "Patrick", "Nicolas", "Christophe", "Laurent", "Stéphane", "Frédéric",
    "Olivier", "Thierry", "Éric", "David", "Julien", "Sébastien", "Vincent", "Guillaume",
    "Antoine", "Thomas", "Maxime", "Lucas", "Hugo", "Louis", "Mathieu", "Romain", "Benoît",
    "François", "Jérôme", "Yann", "Loïc", "Hervé", "Rémi", "Cédric", "Damien", "Fabrice",
    "Grégoire", "Arnaud", "Bruno", "Didier", "Gilles", "Jacques", "Marc", "Pascal", "Karim",
    "Mehdi", "Samir", "Jean-Luc", "Marie-Claire"
  };

  static final String[] LAST_NAMES = {
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
    "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
    "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
    "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
    "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval",
    "Denis", "Dumont", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard",
    "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez",
    "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard",
    "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Bourgeois",
    "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Lecomte", "Le Gall", "Le Goff", "Kerbrat",
    "Ben Ahmed", "Nguyen", "Da Silva", "Ferreira", "Haddad"
  };

  /** Towns and their postcodes. */
  static final String[][] TOWNS = {
    {"Paris", "75011"}, {"Paris", "75015"}, {"Paris", "75018"}, {"Lyon", "69003"},
    {"Lyon", "69007"}, {"Marseille", "13006"}, {"Toulouse", "31000"}, {"Nice", "06000"},
    {"Nantes", "44000"}, {"Montpellier", "34000"}, {"Strasbourg", "67000"},
    {"Bordeaux", "33000"}, {"Lille", "59000"}, {"Rennes", "35000"}, {"Reims", "51100"},
    {"Saint-Étienne", "42000"}, {"Toulon", "83000"}, {"Le Havre", "76600"},
    {"Grenoble", "38000"}, {"Dijon", "21000"}, {"Angers", "49000"}, {"Nîmes", "30000"},
    {"Clermont-Ferrand", "63000"}, {"Aix-en-Provence", "13100"}, {"Brest", "29200"},
    {"Tours", "37000"}, {"Amiens", "80000"}, {"Limoges", "87000"}, {"Annecy", "74000"},
    {"Perpignan", "66000"}, {"Metz", "57000"}, {"Besançon", "25000"}, {"Orléans", "45000"},
    {"Rouen", "76000"}, {"Mulhouse", "68100"}, {"Caen", "14000"}, {"Nancy", "54000"},
    {"Poitiers", "86000"}, {"Pau", "64000"}, {"La Rochelle", "17000"}, {"Albi", "81000"},
    {"Quimper", "29000"}, {"Vannes", "56000"}, {"Chambéry", "73000"}, {"Colmar", "68000"},
    {"Bayonne", "64100"}, {"Villeurbanne", "69100"}, {"Saint-Malo", "35400"}
  };

  static final String[] STREET_KINDS = {
    "rue", "rue", "rue", "avenue", "boulevard", "place", "impasse", "chemin", "allée", "quai"
  };

  static final String[] STREET_NAMES = {
    "de la République", "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "Pasteur",
    "de la Gare", "des Écoles", "du Moulin", "de l'Église", "Gambetta", "Voltaire", "Nationale",
    "des Lilas", "du Commerce", "Carnot", "Foch", "de la Liberté", "Émile Zola", "des Tanneurs",
    "Saint-Michel", "de Verdun", "du Port", "des Acacias", "de Paris", "Jules Ferry",
    "des Artisans", "de la Paix", "Paul Bert", "des Tilleuls", "du Marché"
  };

  static final String[] TRADES = {
    "Menuiserie", "Boulangerie", "Garage", "Pharmacie", "Agence", "Studio", "Librairie",
    "Transports", "Bâtiment", "Imprimerie", "Fromagerie", "Plomberie", "Électricité", "Cabinet",
    "Atelier", "Conseil", "Traiteur", "Fleurs", "Informatique", "Couverture", "Architecture",
    "Paysages", "Optique", "Coiffure"
  };

  static final String[] LEGAL_FORMS = {"SARL", "SAS", "EURL", "SASU", "SCOP", "", "", ""};

  static final String[] MAIL_DOMAINS = {
    "orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr", "outlook.fr",
    "yahoo.fr", "hotmail.fr", "bbox.fr"
  };

  /** Skills as members type them: each member picks a spelling of a domain and a level. */
  static final String[] SKILL_DOMAINS = {
    "Comptabilité", "Droit social", "Droit des contrats", "Fiscalité", "Paie", "Marketing",
    "Communication", "Recrutement", "Informatique", "Réseaux", "Sécurité informatique",
    "Logistique", "Achats", "Export", "Douane", "Qualité", "Immobilier", "Assurance", "Banque",
    "Gestion", "Management", "Formation", "Bureautique", "Tableur", "Site web", "Référencement",
    "Photographie", "Traduction anglais", "Traduction allemand", "Rédaction", "Juridique",
    "Subventions", "Levée de fonds", "Négociation", "Vente", "Relation client", "Énergie",
    "Environnement", "Hygiène alimentaire", "Ergonomie"
  };

  static final String[] SKILL_LEVELS = {"", "", "", " avancé", " débutant", " PME", " international"};

  static final String[] HOBBIES = {
    "randonnée", "photographie", "cuisine", "jardinage", "course à pied", "lecture", "chorale",
    "échecs", "voile", "vélo", "théâtre", "bricolage", "peinture", "musique", "pêche", "yoga",
    "ski", "tennis", "généalogie", "œnologie", "escalade", "danse"
  };

  static final String[] PARTICULARITIES = {
    "parle anglais", "parle allemand", "parle espagnol", "ancien élu local",
    "permis poids lourd", "bénévole associatif", "connaît les marchés publics",
    "réseau dans l'agroalimentaire", "pompier volontaire", "ancien banquier", "formateur agréé",
    "expert-comptable retraité", "membre de la chambre de commerce", "parle italien",
    "habilitation électrique"
  };

  /** The problems members bring: a title and the first sentence of the description. */
  static final String[][] PROBLEMS = {
    {"Relecture d'un contrat de sous-traitance",
      "Je dois signer un contrat de sous-traitance avec un donneur d'ordre et je voudrais un avis"
          + " sur les clauses de pénalité."},
    {"TVA sur une première vente en Allemagne",
      "Premier client allemand : je ne sais pas comment facturer ni déclarer la TVA"
          + " intracommunautaire."},
    {"Recrutement d'un premier salarié",
      "Je souhaite embaucher un premier salarié en CDI et je ne connais pas les démarches ni les"
          + " aides."},
    {"Facture impayée depuis trois mois",
      "Un client ne règle pas une facture de plusieurs milliers d'euros malgré deux relances."},
    {"Choix d'un logiciel de caisse",
      "La loi impose un logiciel de caisse certifié ; je cherche un avis sur les offres."},
    {"Dossier de subvention régionale",
      "La région ouvre un appel à projets pour l'investissement des TPE et le dossier est"
          + " complexe."},
    {"Rupture conventionnelle d'un salarié",
      "Un salarié me demande une rupture conventionnelle ; quelles sont les étapes et les"
          + " délais ?"},
    {"Création d'un site vitrine",
      "Je voudrais un site simple pour présenter l'entreprise et recevoir des demandes de devis."},
    {"Référencement local de la boutique",
      "La boutique n'apparaît pas dans les recherches locales et nous perdons des clients."},
    {"Renouvellement du bail commercial",
      "Le propriétaire propose un nouveau loyer très supérieur au précédent."},
    {"Assurance responsabilité civile professionnelle",
      "Mon assureur résilie le contrat et je dois trouver une nouvelle couverture rapidement."},
    {"Formalités douanières pour le Québec",
      "Une commande arrive du Québec : documents, droits de douane et transport à organiser."},
    {"Passage de micro-entreprise à société",
      "Mon chiffre d'affaires dépasse les seuils ; faut-il créer une SARL ou une SAS ?"},
    {"Litige avec un fournisseur",
      "Un fournisseur a livré du matériel défectueux et refuse de le reprendre."},
    {"Mise en conformité RGPD du fichier clients",
      "Nous conservons un fichier de clients depuis des années sans politique de"
          + " confidentialité."},
    {"Document unique d'évaluation des risques",
      "L'inspection du travail demande notre document unique, que nous n'avons jamais rédigé."},
    {"Négociation d'un prêt bancaire",
      "La banque demande une caution personnelle pour financer un nouveau véhicule."},
    {"Traduction d'une plaquette en anglais",
      "Un salon à l'étranger approche et notre plaquette n'existe qu'en français."},
    {"Participation à un salon professionnel",
      "Premier salon professionnel : budget, stand et suivi des contacts à préparer."},
    {"Transmission de l'entreprise",
      "Je prends ma retraite dans deux ans et je cherche comment transmettre l'entreprise."},
    {"Période difficile après la perte d'un client",
      "Nous avons perdu notre principal client et j'ai besoin d'en parler à quelqu'un."},
    {"Passage à la facturation électronique",
      "La facturation électronique devient obligatoire ; par où commencer ?"},
    {"Calcul du prix de revient",
      "Je ne sais pas si mes prix couvrent réellement mes coûts de production."},
    {"Financement de la formation des salariés",
      "Deux salariés doivent suivre une formation et je voudrais savoir qui la finance."},
    {"Piratage de la messagerie",
      "Notre messagerie a été piratée et des clients ont reçu de faux ordres de virement."},
    {"Aide au montage d'un dossier de prêt d'honneur",
      "Un réseau d'entrepreneurs propose un prêt d'honneur mais le dossier doit être soutenu"
          + " devant un comité."},
    {"Contrôle URSSAF annoncé",
      "L'URSSAF annonce un contrôle le mois prochain ; comment le préparer ?"},
    {"Accessibilité du local aux personnes handicapées",
      "Le local recevant du public doit être mis aux normes d'accessibilité."},
    {"Recherche d'un local plus grand",
      "L'atelier devient trop petit et je cherche un local à louer dans le secteur."},
    {"Conflit entre associés",
      "Mon associé veut quitter la société et nous ne sommes pas d'accord sur la valeur des"
          + " parts."}
  };

  static final String[] CONTEXTS = {
    "L'entreprise compte %d salariés.", "Nous sommes installés à %s depuis %d ans.",
    "Le délai est serré.", "J'ai déjà contacté mon expert-comptable sans réponse claire.",
    "Je peux envoyer les documents par courriel.", "C'est assez urgent pour nous.",
    "Je suis disponible le matin pour en parler.", "Un devis a déjà été demandé.", ""
  };

  static final String[] QUESTIONS = {
    "Pouvez-vous préciser le montant en jeu ?", "Avez-vous déjà un devis ?",
    "Quel est le délai exact ?", "Combien de salariés sont concernés ?",
    "Le contrat est-il déjà signé ?", "Pouvez-vous nous envoyer le document concerné ?",
    "Avez-vous un interlocuteur chez votre client ?"
  };

  static final String[] ANSWERS = {
    "Environ quinze mille euros.", "Oui, un devis de l'an dernier.", "Avant la fin du mois.",
    "Trois salariés.", "Non, pas encore.", "Je vous l'envoie aujourd'hui.",
    "Oui, la responsable des achats."
  };

  static final String[] DECLINE_REASONS = {
    "Le litige est déjà porté devant le tribunal : cela sort du champ du service.",
    "Cette demande relève d'un avocat ; nous vous orientons vers l'ordre.",
    "Le service n'est pas compétent pour cette question.", ""
  };

  static final String[] MOVE_REASONS = {
    "Le partenaire sollicité revient de congés la semaine prochaine.",
    "Nous attendons un document de votre part.",
    "Charge exceptionnelle du service cette semaine.",
    "Le membre du réseau qui peut vous aider n'est disponible que plus tard."
  };

  static final String[] POSTPONE_REASONS = {
    "Fermeture annuelle de l'entreprise.", "En attente de la décision de la banque.",
    "Le client a reporté la commande.", ""
  };

  static final String[][] SOLUTIONS = {
    {"Modèle de contrat de la CCI", "Le modèle de contrat de la CCI couvre votre cas ; les"
        + " clauses de pénalité sont en page 4."},
    {"Fiche pratique TVA intracommunautaire", "La fiche explique la mention à porter sur la"
        + " facture et la déclaration d'échanges de biens."},
    {"Contact d'un membre expert-comptable", "Un membre du réseau, expert-comptable, accepte de"
        + " vous appeler cette semaine."},
    {"Guide du premier salarié", "Le guide de l'URSSAF détaille la déclaration préalable à"
        + " l'embauche et les aides possibles."},
    {"Lettre de relance et injonction de payer", "Voici une lettre de mise en demeure type et la"
        + " marche à suivre pour l'injonction de payer."},
    {"Liste des aides régionales", "Trois dispositifs régionaux correspondent à votre projet ;"
        + " les dates limites sont indiquées."},
    {"Comparatif de logiciels certifiés", "Un comparatif de quatre logiciels de caisse certifiés,"
        + " avec leurs prix."},
    {"Rendez-vous avec un partenaire", "Un partenaire du réseau vous propose un premier"
        + " rendez-vous gratuit."},
    {"Check-list de préparation", "Une check-list des pièces à réunir avant le rendez-vous."},
    {"Témoignage d'un membre", "Un membre qui a vécu la même situation l'an dernier accepte d'en"
        + " parler avec vous."}
  };

  static final String[] CLOSE_COMMENTS = {
    "Merci, très utile.", "Réponse rapide et claire.",
    "Partiellement résolu, il reste la question fiscale.", "",
    "Pas de solution adaptée à notre cas.", "Le contact proposé a été précieux.", ""
  };

  /** Partners of the network: firms and experts outside the club. */
  static final String[] PARTNER_KINDS = {
    "Cabinet d'avocats", "Expertise comptable", "Conseil en recrutement", "Agence web",
    "Bureau d'études", "Cabinet de conseil", "Traduction", "Courtier en assurances",
    "Organisme de formation", "Conseil en propriété industrielle", "Transitaire",
    "Conseil en financement"
  };

  /** Accompaniments a quote proposes: a title and its scope. */
  static final String[][] ACCOMPANIMENTS = {
    {"Accompagnement juridique", "Relecture du contrat, deux rendez-vous et une note écrite sur"
        + " les clauses à renégocier."},
    {"Mission de recrutement", "Rédaction de l'annonce, présélection de cinq candidats et"
        + " participation aux entretiens."},
    {"Création du site vitrine", "Site de cinq pages, formulaire de devis, hébergement la"
        + " première année."},
    {"Diagnostic RGPD", "Inventaire des traitements, registre et politique de confidentialité."},
    {"Préparation du contrôle URSSAF", "Revue des déclarations des trois dernières années et"
        + " accompagnement le jour du contrôle."},
    {"Dossier de financement", "Montage du dossier de prêt et présentation au comité."},
    {"Traduction de la plaquette", "Traduction en anglais et en allemand, relecture par un"
        + " natif."},
    {"Audit énergétique", "Visite du local, relevés et plan d'économies chiffré."}
  };

  /** What a helper outlines when offering an accompaniment to a call for help. */
  static final String[] OUTLINES = {
    "Je peux vous accompagner sur deux ou trois rendez-vous.",
    "J'ai vécu la même situation ; je propose un échange puis un suivi d'un mois.",
    "Notre cabinet peut prendre en charge le dossier ; devis sur demande.",
    "Une demi-journée de travail ensemble devrait suffire."
  };

  /** Picks one element. */
  static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Every skill domain with every level: the vocabulary of distinct skills. */
  static List<String> skillVocabulary() {
    List<String> all = new ArrayList<>();
    for (String domain : SKILL_DOMAINS) {
      for (String level : new String[] {"", " avancé", " débutant", " PME", " international"}) {
        all.add(domain + level);
      }
    }
    return all;
  }

  /** The text folded to plain lower-case ASCII letters, digits and dots, for e-mail addresses. */
  static String ascii(String text) {
    String folded =
        java.text.Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFKD)
            .replace("œ", "oe")
            .replace("æ", "ae");
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if ((c == ' ' || c == '-' || c == '\'') && out.length() > 0
          && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    return out.toString();
  }
}
