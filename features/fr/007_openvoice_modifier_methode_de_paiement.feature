# language: fr
# Article 007 : « Modifier votre méthode de paiement » (OpenVoice)
@article_007 @openvoice @self_service
Fonctionnalité: Modifier la méthode de paiement
  Le contact de facturation de votre compte peut mettre à jour les informations de facturation à tout moment,
  même en cours de cycle de facturation : le prochain renouvellement est débité sur la nouvelle carte.

  @purchase @verifies:007.intro-1 @verifies:007.intro-2 @verifies:007.intro-3 @verifies:007.intro-4
  Scénario: Une nouvelle carte remplace celle enregistrée et paie le prochain renouvellement
    Étant donné que mon compte self-service, facturé à une adresse dans le pays "Allemagne", a "OpenVoice" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand je clique sur "Méthode de paiement" en haut de la page
    Et je clique sur le lien "modifier" de ma méthode de paiement actuelle
    Et je saisis mon numéro de TVA et je clique sur "Appliquer"
    Et je remplis tous les champs obligatoires avec une nouvelle carte, puis je clique sur "Mettre à jour la méthode de paiement"
    Alors la nouvelle carte est la méthode de paiement enregistrée
    Quand la prochaine date de facturation passe
    Alors dans "Historique de facturation", le renouvellement a sa facture imprimable, débitée sur la nouvelle carte

  @purchase @failure_path @verifies:007.intro-4
  Scénario: Une carte refusée laisse en place celle enregistrée
    Étant donné un compte self-service avec "OpenVoice" "Standard", 5 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com
    Quand je clique sur "Méthode de paiement" en haut de la page
    Et je clique sur le lien "modifier" de ma méthode de paiement actuelle
    Et je remplis tous les champs obligatoires avec une carte qui est refusée, puis je clique sur "Mettre à jour la méthode de paiement"
    Alors la méthode de paiement enregistrée reste celle d'avant
