# language: fr
# Article 004 (version française) : « Comment ajouter un abonnement ou un essai gratuit pour un autre produit ? » (la remarque de l'étape 8)
@article_004 @openvoice @self_service
Fonctionnalité: Ajouter un abonnement quand le panier contient déjà un article
  La remarque de l'étape 8 : si le panier contient déjà un ou plusieurs articles, « Ajouter au panier »
  s'affiche à la place de « Passer à la commande ».

  Contexte:
    Étant donné un compte self-service avec un article déjà dans le panier avec "GoToMeeting" "Business", 3 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com

  @purchase @verifies:004.note-2
  Scénario: Avec un article déjà dans le panier : « Ajouter au panier », puis « Passer à la commande »
    Quand je sélectionne "Ajouter un nouvel abonnement" dans le centre de facturation
    Et je choisis le produit "OpenVoice"
    Et je choisis "Acheter" pour acheter un abonnement
    Et je choisis le niveau d'abonnement "Business"
    Et je choisis 4 nouvelles licences utilisateur, puis "Suivant"
    Et je choisis "Mensuel" comme échéancier de facturation
    Et je l'ajoute avec "Ajouter au panier", puis, dans le panier, je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Et un paiement m'est demandé
    Quand je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui
    Et je reçois un e-mail de confirmation avec le détail de mon achat
    Et j'attribue les nouvelles licences à mes utilisateurs
