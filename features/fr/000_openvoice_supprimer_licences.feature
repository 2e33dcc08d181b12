# language: fr
# Article 000 (version française) : « Comment supprimer des licences utilisateur de mon abonnement OpenVoice ? »
@article_000 @openvoice @self_service
Fonctionnalité: Supprimer des licences utilisateur de l'abonnement OpenVoice
  Les contacts de facturation peuvent à tout moment supprimer des licences utilisateur d'un abonnement
  existant. Les modifications prennent effet immédiatement et sont calculées au prorata du solde actuel du compte.

  @smoke @purchase @verifies:000.intro-1 @verifies:000.intro-2 @verifies:000.1 @verifies:000.2 @verifies:000.3 @verifies:000.4 @verifies:000.5 @verifies:000.6 @verifies:000.result-1
  Scénario: Moins de licences utilisateur : un crédit reste et aucun paiement n'est demandé
    Étant donné un compte self-service avec "OpenVoice" "Standard", 10 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "OpenVoice", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je mets à jour le nombre de licences utilisateur à 4
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Et aucun paiement ne m'est demandé
    Quand je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui
    Et un crédit reste sur le compte
    Et je reçois un e-mail de confirmation avec le détail de mon achat

  @verifies:000.tip-1
  Scénario: Modifier la commande revient à la sélection en conservant les choix
    Étant donné un compte self-service avec "OpenVoice" "Standard", 10 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand sur le produit "OpenVoice", je sélectionne l'icône "Options" dans le coin supérieur droit, puis je choisis "Modifier l'abonnement"
    Et je mets à jour le nombre de licences utilisateur à 6
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Et je reviens à ma sélection avec "Modifier la commande"
    Alors mes choix sont conservés
    Quand je mets à jour le nombre de licences utilisateur à 5
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû

  @purchase @verifies:000.troubleshooting-1
  Scénario: Un essai gratuit terminé affiche « S'abonner maintenant » au lieu de l'icône Options
    Étant donné un compte dont l'essai gratuit de "OpenVoice" "Standard" est terminé
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Alors sur le produit "OpenVoice", je ne vois pas l'icône "Options", mais "S'abonner maintenant"
    Quand sur le produit "OpenVoice", je clique sur "S'abonner maintenant"
    Et je mets à jour le nombre de licences utilisateur à 3
    Et je consulte le "Récapitulatif des commandes" en bas de la page, puis je sélectionne "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Et un paiement m'est demandé
    Quand je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui
    Et je reçois un e-mail de confirmation avec le détail de mon achat

  @corporate @verifies:000.note-1 @verifies:002.note-1 @verifies:003.note-1 @verifies:004.note-1 @verifies:007.note-1
  Scénario: Un compte entreprise gère sa facturation dans le Portail de facturation Corporate
    Étant donné un compte entreprise (Corporate)
    Quand je me connecte au "Centre de facturation" à l'adresse https://billing.goto.com
    Alors je suis redirigé vers le "Portail de facturation Corporate", avec sa FAQ et le formulaire pour contacter mon représentant

  @not_billing_contact @verifies:000.intro-1
  Scénario: Qui n'est pas contact de facturation voit les abonnements mais ne peut pas les modifier
    Étant donné un compte self-service dont je ne suis pas contact de facturation
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Alors je vois les abonnements, mais pas l'icône "Options" : seul un contact de facturation peut les modifier
