# language: fr
# Article 008 (version française) : « Comment me connecter à mon portail de facturation ? » (GoTo Meeting)
@article_008 @gotomeeting
Fonctionnalité: Se connecter au portail de facturation
  La plupart des contacts de facturation se connectent au Centre de facturation ; les contacts de
  facturation des comptes plus importants (entreprise) se connectent au Portail de facturation Corporate.
  Chacun a son aide quand la connexion échoue.

  @smoke @self_service @verifies:008.intro-1 @verifies:008.intro-2 @verifies:008.intro-3 @verifies:008.intro-4
  Scénario: Un contact de facturation se connecte au Centre de facturation, gère les abonnements et imprime la facture de chaque renouvellement
    Étant donné un compte self-service avec "GoToMeeting" "Business", 5 licences utilisateur, la fréquence de facturation "Mensuel" et un crédit de 20,00 € sur le compte
    Quand je me connecte au "Centre de facturation" à l'adresse https://billing.goto.com
    Alors je suis dans le "Centre de facturation" avec mes abonnements
    Et le "Centre de facturation" me permet de gérer mes abonnements et leur fréquence de facturation, de consulter l'historique de facturation et de mettre à jour mes informations de paiement
    Quand la prochaine date de facturation passe
    Alors dans "Historique de facturation", le renouvellement a sa facture imprimable, débitée sur la carte enregistrée

  @not_billing_contact @verifies:008.intro-5 @verifies:008.intro-6
  Scénario: Qui n'est pas le contact de facturation sait à qui s'adresser et peut lui écrire
    Étant donné un compte self-service dont je ne suis pas contact de facturation
    Quand je me connecte au "Centre de facturation" à l'adresse https://billing.goto.com
    Alors je vois le message qui indique le nom et l'adresse e-mail de mon administrateur de la facturation
    Et "Envoyer un e-mail à l'administrateur de la facturation" écrit à mon administrateur de la facturation

  @corporate @verifies:008.intro-1 @verifies:008.intro-8
  Scénario: Le contact de facturation d'un compte entreprise est redirigé vers le Portail de facturation Corporate
    Étant donné un compte entreprise (Corporate)
    Quand je me connecte au "Centre de facturation" à l'adresse https://billing.goto.com
    Alors je suis redirigé vers le "Portail de facturation Corporate", avec sa FAQ et le formulaire pour contacter mon représentant

  @corporate @verifies:008.intro-7 @verifies:008.intro-9
  Scénario: Un contact de facturation d'entreprise se connecte au Portail de facturation Corporate avec l'ID utilisateur
    Étant donné un compte entreprise (Corporate)
    Quand je me connecte avec mon ID utilisateur et mon mot de passe au "Portail de facturation Corporate" à l'adresse https://link.goto.com/corp-billing
    Alors le "Portail de facturation Corporate" affiche mon compte

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Scénario: Un ID utilisateur qui n'est celui d'aucun contact de facturation est refusé avec « ID utilisateur non valide »
    Étant donné un compte entreprise (Corporate)
    Quand je me connecte avec un ID utilisateur qui n'est celui d'aucun contact de facturation, au "Portail de facturation Corporate" à l'adresse https://link.goto.com/corp-billing
    Alors la connexion est refusée avec le message "ID utilisateur non valide"

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Scénario: Un mauvais mot de passe est refusé avec « ID utilisateur/mot de passe non valide »
    Étant donné un compte entreprise (Corporate)
    Quand je me connecte avec mon ID utilisateur et un mauvais mot de passe au "Portail de facturation Corporate" à l'adresse https://link.goto.com/corp-billing
    Alors la connexion est refusée avec le message "ID utilisateur/mot de passe non valide"

  @corporate @failure_path @verifies:008.intro-11
  Scénario: Mot de passe oublié ? envoie par e-mail un lien de réinitialisation qui ne fonctionne qu'une fois
    Étant donné un compte entreprise (Corporate)
    Quand sur le "Portail de facturation Corporate" à l'adresse https://link.goto.com/corp-billing, je sélectionne "Mot de passe oublié ?", je saisis mon ID utilisateur et je sélectionne "Envoyer"
    Alors un lien de réinitialisation est envoyé par e-mail à l'adresse e-mail de mon compte de contact de facturation
    Quand j'ouvre le lien et je choisis un nouveau mot de passe
    Alors je peux me connecter au "Portail de facturation Corporate" avec mon ID utilisateur et le nouveau mot de passe, mais plus avec l'ancien
    Et le même lien, ouvert une seconde fois, est refusé avec le message "Ce lien de réinitialisation du mot de passe a déjà été utilisé. Chaque lien ne fonctionne qu'une fois : demandez-en un nouveau avec Mot de passe oublié ?"
