# language: fr
# Article 005 (version française) : « Comment annuler mon abonnement GoToAssist Remote Support v5 ? »
@article_005 @gotoassist_rs_v5 @self_service
Fonctionnalité: Annuler l'abonnement GoToAssist Remote Support v5
  L'abonnement se renouvelle automatiquement à la fin de sa période de facturation mensuelle ou annuelle.
  Le contact de facturation du compte peut annuler le prochain paiement à tout moment, et réactiver
  l'abonnement avant qu'il expire.

  @smoke @verifies:005.intro-1 @verifies:005.intro-3 @verifies:005.intro-4 @verifies:005.intro-5 @verifies:005.intro-6 @verifies:005.intro-7
  Scénario: Annuler l'abonnement : la date d'expiration, l'e-mail et Annulation en attente
    Étant donné un compte self-service avec "GoToAssist Remote Support v5" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.logmeininc.com
    Quand sur la page Abonnements, je clique sur l'icône "Options" dans le coin supérieur droit de "GoToAssist Remote Support v5", puis sur "Annuler l'abonnement"
    Alors la fenêtre de confirmation s'ouvre en fenêtre modale et indique que l'abonnement expire à la fin de la période de facturation
    Quand je vérifie les informations de la fenêtre de confirmation et je clique sur "Oui, annuler"
    Alors un message de confirmation indique quand mon abonnement expirera
    Et un e-mail de confirmation avec la date d'expiration est envoyé à l'adresse e-mail de mon compte
    Quand je clique sur "Fermer" dans la fenêtre de confirmation
    Alors le message "Annulation en attente" s'affiche sur la page Abonnements sous "GoToAssist Remote Support v5"
    Et le menu "Options" de "GoToAssist Remote Support v5" propose "Réactiver", et plus "Modifier l'abonnement" ni "Annuler l'abonnement"
    Et rien n'est laissé en suspens : le panier de l'en-tête et la page du panier sont vides, aucune commande n'a été facturée et le solde du compte est celui d'avant

  @verifies:005.intro-2 @verifies:005.intro-7
  Scénario: Changement d'avis : l'abonnement est réactivé avant son expiration
    Étant donné un compte self-service avec "GoToAssist Remote Support v5" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel", 225,00 € payés pour la période à partir du 1 novembre 2026, et nous sommes le 30 novembre 2026
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.logmeininc.com
    Quand sur la page Abonnements, je clique sur l'icône "Options" dans le coin supérieur droit de "GoToAssist Remote Support v5", puis sur "Annuler l'abonnement"
    Et je vérifie les informations de la fenêtre de confirmation et je clique sur "Oui, annuler"
    Et je clique sur "Fermer" dans la fenêtre de confirmation
    Et je clique sur l'icône "Options" de "GoToAssist Remote Support v5", puis sur "Réactiver"
    Alors mon abonnement est réactivé : il se renouvelle de nouveau à la fin de la période de facturation

  @failure_path @verifies:005.intro-4 @verifies:005.intro-6
  Scénario: Échap ferme la fenêtre de confirmation sans rien annuler
    Étant donné un compte self-service avec "GoToAssist Remote Support v5" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.logmeininc.com
    Quand sur la page Abonnements, je clique sur l'icône "Options" dans le coin supérieur droit de "GoToAssist Remote Support v5", puis sur "Annuler l'abonnement"
    Alors la fenêtre de confirmation s'ouvre en fenêtre modale et indique que l'abonnement expire à la fin de la période de facturation
    Quand j'appuie sur la touche Échap
    Alors l'abonnement "GoToAssist Remote Support v5" reste actif : pas de "Annulation en attente", pas d'e-mail, et il se renouvelle toujours à sa prochaine date de facturation

  @failure_path @verifies:005.intro-1 @verifies:005.intro-7
  Scénario: Une fois expiré, l'abonnement n'est pas renouvelé et Réactiver est refusé
    Étant donné un compte self-service avec "GoToAssist Remote Support v5" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel", 225,00 € payés pour la période à partir du 1 novembre 2026, et nous sommes le 30 novembre 2026
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.logmeininc.com
    Quand sur la page Abonnements, je clique sur l'icône "Options" dans le coin supérieur droit de "GoToAssist Remote Support v5", puis sur "Annuler l'abonnement"
    Et je vérifie les informations de la fenêtre de confirmation et je clique sur "Oui, annuler"
    Et je clique sur "Fermer" dans la fenêtre de confirmation
    Et le jour où l'abonnement expire arrive
    Et je clique sur l'icône "Options" de "GoToAssist Remote Support v5", puis sur "Réactiver"
    Alors la réactivation est refusée avec le message "Cet abonnement est terminé et ne peut plus être réactivé. Ajoutez-le de nouveau avec Ajouter un nouvel abonnement."
    Et l'abonnement "GoToAssist Remote Support v5" a pris fin sans renouvellement et sans l'icône "Options", et 40 jours plus tard rien n'a été renouvelé ni facturé

  @verifies:005.intro-2
  Scénario: Un essai gratuit ne s'annule pas : il expire de lui-même
    Étant donné un compte avec un essai gratuit de "GoToAssist Remote Support v5" "Standard" commencé il y a 4 jours
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.logmeininc.com
    Alors le menu "Options" de "GoToAssist Remote Support v5" ne propose pas "Annuler l'abonnement" : l'essai expire de lui-même à la fin de la période d'essai

  @verifies:005.intro-2
  Scénario: Un essai gratuit dure jusqu'à son dernier jour et est terminé le lendemain
    Étant donné un compte dont l'essai gratuit de "GoToAssist Remote Support v5" "Standard" en est à son dernier jour
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.logmeininc.com
    Alors la carte de "GoToAssist Remote Support v5" affiche encore l'essai gratuit, qui se termine aujourd'hui, avec son icône "Options"
    Quand le lendemain arrive et j'ouvre de nouveau le "Centre de facturation"
    Alors sur le produit "GoToAssist Remote Support v5", je ne vois pas l'icône "Options", mais "S'abonner maintenant"
    Et rien n'est laissé en suspens : le panier de l'en-tête et la page du panier sont vides, aucune commande n'a été facturée et le solde du compte est celui d'avant
