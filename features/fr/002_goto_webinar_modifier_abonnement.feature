# language: fr
# Article 002 (version française) : « Comment modifier mon abonnement GoTo Webinar actuel ? »
@article_002 @goto_webinar @self_service
Fonctionnalité: Modifier l'abonnement GoTo Webinar actuel
  Le contact de facturation de votre compte peut modifier l'abonnement GoTo Webinar à tout moment pour
  débloquer des fonctionnalités avancées, ajouter des licences utilisateur ou modifier la période de facturation.
  Les modifications prennent effet immédiatement et sont calculées au prorata du solde actuel du compte.

  @smoke @purchase @verifies:002.intro-1 @verifies:002.1 @verifies:002.2 @verifies:002.3 @verifies:002.4 @verifies:002.5 @verifies:002.note-3 @verifies:002.6 @verifies:002.result-1 @verifies:002.after-1
  Scénario: Passer à un abonnement supérieur avec plus de licences utilisateur
    Étant donné un compte self-service avec "GoTo Webinar" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoTo Webinar", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je choisis l'abonnement "Pro"
    Et je mets à jour le nombre de licences utilisateur à 8
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Et un paiement m'est demandé
    Quand je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui
    Et je reçois un e-mail de confirmation avec le détail de mon achat
    Et j'attribue les nouvelles licences à mes utilisateurs

  @purchase @verifies:002.intro-2 @verifies:002.3 @verifies:002.5
  Scénario: Moins de licences utilisateur et une facturation annuelle
    Étant donné un compte self-service avec "GoTo Webinar" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoTo Webinar", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je mets à jour le nombre de licences utilisateur à 3
    Et je choisis la fréquence de facturation "Annuel"
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Et un paiement m'est demandé
    Quand je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui
    Et je reçois un e-mail de confirmation avec le détail de mon achat

  @verifies:002.intro-2
  Scénario: Une mise à niveau inférieure ne se fait pas en ligne : Contacter l'assistance
    Étant donné un compte self-service avec "GoTo Webinar" "Pro", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoTo Webinar", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je choisis l'abonnement "Lite"
    Alors le changement d'abonnement est refusé en ligne, avec le lien "Contacter l'assistance"

  @purchase @verifies:002.note-2 @verifies:003.note-2 @verifies:004.note-2
  Scénario: Avec des articles déjà dans le panier : Ajouter au panier, puis Passer à la commande
    Étant donné un compte self-service avec un article déjà dans le panier avec "GoTo Webinar" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoTo Webinar", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je mets à jour le nombre de licences utilisateur à 7
    Et je consulte le "Récapitulatif des commandes", puis je sélectionne "Ajouter au panier" et, dans le panier, "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Et un paiement m'est demandé
    Quand je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui
    Et je reçois un e-mail de confirmation avec le détail de mon achat

  @purchase @verifies:002.warning-1
  Plan du scénario: Un essai gratuit terminé : S'abonner maintenant mène à un achat de <licences> licences utilisateur
    Étant donné un compte dont l'essai gratuit de "GoTo Webinar" "Standard" est terminé
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Alors sur le produit "GoTo Webinar", je ne vois pas l'icône "Options", mais "S'abonner maintenant"
    Quand sur le produit "GoTo Webinar", je clique sur "S'abonner maintenant"
    Et je mets à jour le nombre de licences utilisateur à <licences>
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Et un paiement m'est demandé
    Quand je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui

    # 1 : l'abonnement et les licences de l'essai, le plus petit nombre, laissés tels quels.
    Exemples:
      | licences |
      | 1        |
      | 2        |

  @verifies:002.after-1
  Scénario: On ne peut pas attribuer plus de licences que celles achetées
    Étant donné un compte self-service avec "GoTo Webinar" "Standard", 2 licences utilisateur et la fréquence de facturation "Mensuel", et 3 autres utilisateurs
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Alors je peux attribuer "GoTo Webinar" à autant d'utilisateurs que de licences achetées, un par un, et pas à un de plus

  @purchase @verifies:002.intro-2 @verifies:002.6
  Scénario: Le crédit du compte est utilisé en premier
    Étant donné un compte self-service avec "GoTo Webinar" "Standard", 5 licences utilisateur, la fréquence de facturation "Mensuel" et un crédit de 100,00 € sur le compte
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoTo Webinar", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je mets à jour le nombre de licences utilisateur à 8
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Et un paiement m'est demandé
    Quand je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui
    Et je reçois un e-mail de confirmation avec le détail de mon achat

  @verifies:002.intro-2 @verifies:002.5
  Scénario: Le crédit des jours non utilisés est arrondi au centime
    Étant donné un compte self-service avec "GoTo Webinar" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel", 100,01 € payés pour la période à partir du 1 février 2026, et nous sommes le 15 février 2026
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoTo Webinar", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je mets à jour le nombre de licences utilisateur à 8
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû

  @verifies:002.intro-2 @verifies:002.5
  Plan du scénario: Le crédit des jours non utilisés au plus petit montant payé : <payé>
    Étant donné un compte self-service avec "GoTo Webinar" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel", <payé> payés pour la période à partir du 1 février 2026, et nous sommes le <jour>
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoTo Webinar", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je mets à jour le nombre de licences utilisateur à 8
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû

    # Rien de payé ne donne aucun crédit ; un centime payé en donne un (27 jours sur 28 non utilisés :
    # 0,0096, arrondi) ; un euro payé en donne la moitié à mi-période.
    Exemples:
      | payé   | jour             |
      | 0,00 € | 2 février 2026   |
      | 0,01 € | 2 février 2026   |
      | 1,00 € | 15 février 2026  |
