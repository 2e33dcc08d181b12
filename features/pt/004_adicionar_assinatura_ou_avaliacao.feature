# language: pt
# Artigo 004 (versão em português): "Como adiciono uma assinatura ou avaliação gratuita de outro produto?"
@article_004 @openvoice @self_service
Funcionalidade: Adicionar uma assinatura ou uma avaliação gratuita de outro produto
  Os contatos de cobrança podem adicionar à sua conta existente, a qualquer momento, um plano de assinatura
  ou uma avaliação gratuita de outro produto GoTo. Eles têm acesso imediato ao novo produto.

  Contexto:
    Dada uma conta self-service com "GoToMeeting" "Business", 3 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com

  @smoke @purchase @verifies:004.intro-1 @verifies:004.1 @verifies:004.2 @verifies:004.3 @verifies:004.4 @verifies:004.5 @verifies:004.6 @verifies:004.7 @verifies:004.8 @verifies:004.9 @verifies:004.10 @verifies:004.result-1 @verifies:004.result-2
  Esquema do Cenário: Comprar uma assinatura: <produto> "<nível>", <licenças> licenças, cobrança "<frequência>"
    Quando seleciono "Adicionar nova assinatura" no Centro de Faturamento
    E escolho o produto "<produto>"
    E escolho "Comprar" para comprar uma assinatura
    E escolho o nível de assinatura "<nível>"
    E escolho <licenças> novas licenças de usuário e depois "Avançar"
    E escolho "<frequência>" como plano de cobrança
    E continuo com "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E é solicitado que eu faça um pagamento
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E recebo um e-mail de confirmação com os detalhes da minha compra
    E atribuo as novas licenças aos meus usuários

    Exemplos:
      | produto      | nível      | licenças | frequência |
      | OpenVoice    | Business   | 4        | Mensal     |
      | GoTo Webinar | Standard   | 2        | Anual      |
      | GoTo Connect | Connect CX | 3        | Mensal     |
      | GoTo Resolve | Premium    | 5        | Anual      |

  @smoke @verifies:004.4 @verifies:004.8 @verifies:004.note-2
  Cenário: Solicitar uma avaliação gratuita
    Quando seleciono "Adicionar nova assinatura" no Centro de Faturamento
    E escolho o produto "OpenVoice"
    E escolho "Experimentar" para solicitar primeiro uma avaliação gratuita
    E escolho o nível de assinatura "Standard"
    E escolho 2 novas licenças de usuário e depois "Avançar"
    E inicio a avaliação com "Iniciar avaliação"
    Então vejo a tela de confirmação e recebo um e-mail de boas-vindas
    E nada fica pendente: o carrinho do cabeçalho e a página do carrinho estão vazios, nenhum pedido foi cobrado e o saldo da conta é o de antes
