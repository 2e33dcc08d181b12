# language: fr
# Article 004 (version française) : « Comment ajouter un abonnement ou un essai gratuit pour un autre produit ? »
@article_004 @openvoice @self_service
Fonctionnalité: Ajouter un abonnement ou un essai gratuit pour un autre produit
  Les contacts de facturation peuvent à tout moment ajouter à leur compte existant un abonnement ou un essai
  gratuit pour un autre produit GoTo. Ils ont immédiatement accès au nouveau produit.

  Contexte:
    Étant donné un compte self-service avec "GoToMeeting" "Business", 3 licences utilisateur et la fréquence de facturation "Mensuel"
    Et je suis connecté au "Centre de facturation" à l'adresse https://billing.goto.com

  @smoke @purchase @verifies:004.intro-1 @verifies:004.1 @verifies:004.2 @verifies:004.3 @verifies:004.4 @verifies:004.5 @verifies:004.6 @verifies:004.7 @verifies:004.8 @verifies:004.9 @verifies:004.10 @verifies:004.result-1 @verifies:004.result-2
  Plan du scénario: Acheter un abonnement : <produit> "<niveau>", <licences> licences, facturation "<fréquence>"
    Quand je sélectionne "Ajouter un nouvel abonnement" dans le centre de facturation
    Et je choisis le produit "<produit>"
    Et je choisis "Acheter" pour acheter un abonnement
    Et je choisis le niveau d'abonnement "<niveau>"
    Et je choisis <licences> nouvelles licences utilisateur, puis "Suivant"
    Et je choisis "<fréquence>" comme échéancier de facturation
    Et je continue avec "Passer à la commande"
    Alors la page "Paiement" affiche la période de facturation à partir d'aujourd'hui, le nombre de licences, le coût de l'abonnement et le total dû
    Et un paiement m'est demandé
    Quand je saisis mes informations de paiement et j'ajoute mon numéro de TVA
    Et je passe la commande avec "Passer la commande"
    Alors mon abonnement est modifié et la nouvelle période de facturation commence aujourd'hui
    Et je reçois un e-mail de confirmation avec le détail de mon achat
    Et j'attribue les nouvelles licences à mes utilisateurs

    Exemples:
      | produit      | niveau     | licences | fréquence |
      | OpenVoice    | Business   | 4        | Mensuel   |
      | GoTo Webinar | Standard   | 2        | Annuel    |
      | GoTo Connect | Connect CX | 3        | Mensuel   |
      | GoTo Resolve | Premium    | 5        | Annuel    |

  @smoke @verifies:004.4 @verifies:004.8 @verifies:004.note-2
  Scénario: Demander un essai gratuit
    Quand je sélectionne "Ajouter un nouvel abonnement" dans le centre de facturation
    Et je choisis le produit "OpenVoice"
    Et je choisis "Essayer" pour demander d'abord un essai gratuit
    Et je choisis le niveau d'abonnement "Standard"
    Et je choisis 2 nouvelles licences utilisateur, puis "Suivant"
    Et je démarre l'essai avec "Démarrer l'essai"
    Alors je vois l'écran de confirmation et je reçois un e-mail de bienvenue
    Et rien n'est laissé en suspens : le panier de l'en-tête et la page du panier sont vides, aucune commande n'a été facturée et le solde du compte est celui d'avant
