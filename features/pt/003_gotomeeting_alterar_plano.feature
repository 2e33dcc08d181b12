# language: pt
# Artigo 003 (versão em português): "Como altero meu plano de assinatura atual do GoToMeeting?" (texto da época LogMeIn)
@article_003 @gotomeeting @self_service
Funcionalidade: Alterar o plano de assinatura atual do GoToMeeting
  O contato de cobrança da sua conta pode alterar o plano de assinatura do GoToMeeting a qualquer momento.
  Você pode reduzir o número de postos on-line, mas para fazer o downgrade para um plano inferior precisa falar com o suporte.

  Contexto:
    Dada uma conta self-service com "GoToMeeting" "Business", 6 licenças de usuário e cobrança "Mensal"

  @smoke @purchase @verifies:003.intro-1 @verifies:003.1 @verifies:003.2 @verifies:003.3 @verifies:003.4 @verifies:003.5 @verifies:003.6 @verifies:003.7 @verifies:003.after-1
  Cenário: Do endereço antigo billing.logmeininc.com para um plano superior com mais postos
    Dado que fiz login no "Centro de Faturamento" em https://billing.logmeininc.com
    Quando no produto "GoToMeeting", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E escolho o plano "Enterprise"
    E atualizo o número de licenças de usuário para 9
    E escolho a frequência de cobrança "Anual"
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E é solicitado que eu faça um pagamento
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E recebo um e-mail de confirmação com os detalhes da minha compra

  @verifies:003.intro-2
  Cenário: O downgrade para um plano inferior não é feito on-line: Entrar em contato com o suporte
    Dado que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoToMeeting", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E escolho o plano "Professional"
    Então a mudança de plano é recusada on-line com o link "Entrar em contato com o suporte"
