# language: fr
# Article 009 (version française) : « Comment ajouter des licences utilisateur à mon abonnement GoTo Meeting ? »
@article_009 @gotomeeting
Fonctionnalité: Ajouter des licences utilisateur depuis la fiche du produit
  Les contacts de facturation peuvent ajouter à tout moment des licences utilisateur à un abonnement
  existant, directement depuis la fiche du produit ; la modification prend effet immédiatement et
  est calculée au prorata sur le solde du compte.

  @smoke @purchase @self_service @verifies:009.intro-1 @verifies:009.intro-3 @verifies:009.1 @verifies:009.2 @verifies:009.3 @verifies:009.4 @verifies:009.5 @verifies:009.6 @verifies:009.result-1 @verifies:009.after-1
  Scénario: « Ajouter des organisateurs » : plus de licences utilisateur, payées au prorata et prêtes à attribuer
    Étant donné un compte self-service avec "GoToMeeting" "Business", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoToMeeting", je sélectionne "Ajouter des organisateurs"
    Et je mets à jour le nombre de licences utilisateur à 8
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Et un paiement m'est demandé
    Quand je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui
    Et je reçois un e-mail de confirmation avec le détail de mon achat
    Et j'attribue les nouvelles licences à mes utilisateurs

  @purchase @verifies:009.3 @verifies:009.4
  Scénario: Avec un article déjà dans le panier : « Ajouter au panier », puis « Passer à la commande »
    Étant donné un compte self-service avec un article déjà dans le panier avec "GoToMeeting" "Business", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoToMeeting", je sélectionne "Ajouter des organisateurs"
    Et je mets à jour le nombre de licences utilisateur à 7
    Et je consulte le "Récapitulatif des commandes", puis je sélectionne "Ajouter au panier" et, dans le panier, "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Quand je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui
    Et je reçois un e-mail de confirmation avec le détail de mon achat

  @self_service @verifies:009.tip-1
  Scénario: « Modifier la commande » revient aux licences ajoutées, avec les choix conservés
    Étant donné un compte self-service avec "GoToMeeting" "Business", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "GoToMeeting", je sélectionne "Ajouter des organisateurs"
    Et je mets à jour le nombre de licences utilisateur à 9
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Et je reviens à ma sélection avec "Modifier la commande"
    Alors mes choix sont conservés
    Quand je mets à jour le nombre de licences utilisateur à 10
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû

  @not_billing_contact @verifies:009.intro-2
  Scénario: Qui n'est pas le contact de facturation ne peut pas ajouter de licences utilisateur
    Étant donné un compte self-service dont je ne suis pas contact de facturation
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Alors sur le produit "GoToMeeting", il n'y a pas "Ajouter des organisateurs" : seul un contact de facturation peut ajouter des licences

  @corporate @verifies:009.note-1
  Scénario: Un compte entreprise voit autre chose : le Portail de facturation Corporate
    Étant donné un compte entreprise (Corporate)
    Quand je me connecte au "Centre de facturation" à l'adresse https://billing.goto.com
    Alors je suis redirigé vers le "Portail de facturation Corporate", avec sa FAQ et le formulaire pour contacter mon représentant
