# language: fr
# Ne vient pas d'un article : ce qu'obtient qui ouvre directement une adresse du Centre de facturation
# (un favori, un lien partagé par un collègue, l'historique du navigateur, l'adresse tapée) au lieu de
# suivre les pages. Qui peut voir et modifier quoi, c'est au serveur d'en décider, quelle que soit
# l'adresse ouverte (le « broken access control » de l'OWASP), comme un ingénieur QA le vérifie de bout en bout.
@failure_path @access_control
Fonctionnalité: Adresses du Centre de facturation ouvertes directement
  Une page réservée aux contacts de facturation refuse tout autre utilisateur avec la raison, il est
  demandé à qui n'est pas connecté de se connecter d'abord, et une adresse qui désigne ce que le compte
  n'a pas est introuvable. Rien ne change.

  @purchase @goto_webinar @self_service
  Scénario: La page d'une commande, ouverte par son adresse, est réservée aux contacts de facturation du compte
    Étant donné un compte self-service avec "GoTo Webinar" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoTo Webinar", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je mets à jour le nombre de licences utilisateur à 8
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Et je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Et je me déconnecte
    Et j'ouvre l'adresse de la page de la commande
    Alors il m'est demandé de me connecter
    Quand je me connecte à cet endroit en tant que collègue qui n'est pas contact de facturation
    Alors je vois la page "Vous ne pouvez pas effectuer cette action" avec le message "Seul un contact de facturation de votre compte peut modifier les abonnements. Demandez à votre contact de facturation d'effectuer cette modification."

  # L'adresse à laquelle la page de l'assistant demande son récapitulatif pendant qu'on choisit.
  @gotomeeting @not_billing_contact @verifies:004.intro-1
  Scénario: Le récapitulatif d'un achat, ouvert par son adresse, est réservé aux contacts de facturation
    Étant donné un compte self-service dont je ne suis pas contact de facturation
    Quand j'ouvre l'adresse du "Récapitulatif des commandes" de l'achat de "GoToMeeting"
    Alors il m'est demandé de me connecter
    Quand je me connecte à cet endroit
    Alors je vois la page "Vous ne pouvez pas effectuer cette action" avec le message "Seul un contact de facturation de votre compte peut modifier les abonnements. Demandez à votre contact de facturation d'effectuer cette modification."

  @gotoassist_rs_v5
  Scénario: L'adresse de « Annuler l'abonnement » d'un essai gratuit est refusée, et l'essai continue
    Étant donné un compte avec un essai gratuit de "GoToAssist Remote Support v5" "Standard" commencé il y a 4 jours
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand j'ouvre l'adresse de "Annuler l'abonnement" de "GoToAssist Remote Support v5"
    Alors je vois la page "Erreur" avec le message "Seul un abonnement payant qui se renouvelle peut être annulé. Un essai gratuit se termine de lui-même."
    Et l'essai gratuit de "GoToAssist Remote Support v5" continue tel qu'il était
    Et aucune commande n'est passée, aucun e-mail n'est envoyé, et mes abonnements et mon panier restent tels qu'ils étaient

  # « Modifier la commande » d'un achat du panier ouvre l'assistant avec le numéro de l'article dans
  # son adresse ; l'assistant modifie les achats, donc le numéro d'une modification n'est pas le sien.
  @goto_webinar @self_service
  Plan du scénario: L'adresse de l'assistant qui désigne une modification du panier est introuvable : l'<step>
    Étant donné que mon compte self-service a "GoTo Webinar" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel", et son panier contient une modification à 8 licences utilisateur
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand j'ouvre l'adresse de l'<step> de l'achat de "GoTo Webinar", qui désigne sa modification dans mon panier
    Alors je vois la page "Page introuvable" avec le message "Cet élément n'existe pas dans votre compte."
    Et aucune commande n'est passée, aucun e-mail n'est envoyé, et mes abonnements et mon panier restent tels qu'ils étaient

    Exemples:
      | step                   |
      | étape de l'abonnement  |
      | étape du récapitulatif |

  # Aucune adresse ne mène à un formulaire « Licences utilisateur » mal formé : seul un formulaire
  # modifié dans le navigateur (ses outils de développement, ou un outil qui rejoue les requêtes) l'envoie.
  @goto_webinar @self_service
  Scénario: Un formulaire « Licences utilisateur » modifié dans le navigateur est refusé, et rien n'est enregistré
    Étant donné un compte self-service avec "GoTo Webinar" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand dans "Licences utilisateur" je coche "GoTo Webinar" pour mon collègue, je renomme le champ derrière la case dans les outils de développement du navigateur et je sélectionne "Enregistrer"
    Alors je vois la page "La demande n'a pas pu être traitée"
    Et mon collègue n'a toujours pas de licence "GoTo Webinar"
