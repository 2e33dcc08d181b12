# language: fr
# Article 003 (version française) : « Comment modifier mon abonnement GoToMeeting actuel ? » (texte de l'époque LogMeIn)
@article_003 @gotomeeting @self_service
Fonctionnalité: Modifier l'abonnement GoToMeeting actuel
  Le contact de facturation de votre compte peut modifier l'abonnement GoToMeeting à tout moment. Vous pouvez
  réduire le nombre de postes en ligne, mais pour passer à un abonnement inférieur, contactez l'assistance.

  Contexte:
    Étant donné un compte self-service avec "GoToMeeting" "Business", 6 licences utilisateur et la fréquence de facturation "Mensuel"

  @smoke @purchase @verifies:003.intro-1 @verifies:003.1 @verifies:003.2 @verifies:003.3 @verifies:003.4 @verifies:003.5 @verifies:003.6 @verifies:003.7 @verifies:003.after-1
  Scénario: Depuis l'ancienne adresse billing.logmeininc.com vers un abonnement supérieur avec plus de postes
    Étant donné que je suis connecté au "Centre de facturation" à l'adresse https://billing.logmeininc.com
    Quand sur le produit "GoToMeeting", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je choisis l'abonnement "Enterprise"
    Et je mets à jour le nombre de licences utilisateur à 9
    Et je choisis la fréquence de facturation "Annuel"
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Et un paiement m'est demandé
    Quand je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui
    Et je reçois un e-mail de confirmation avec le détail de mon achat

  @verifies:003.intro-2
  Scénario: Le passage à un abonnement inférieur ne se fait pas en ligne : Contacter l'assistance
    Étant donné que je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoToMeeting", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je choisis l'abonnement "Professional"
    Alors le changement d'abonnement est refusé en ligne, avec le lien "Contacter l'assistance"
