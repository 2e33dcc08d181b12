# language: pt
# Artigo 009 (versão em português): "Como adiciono licenças de usuário ao meu plano de assinatura do GoTo Meeting?"
@article_009 @gotomeeting
Funcionalidade: Adicionar licenças de usuário pelo cartão do produto
  Os contatos de cobrança podem adicionar licenças de usuário a um plano de assinatura existente a
  qualquer momento, diretamente pelo cartão do produto; a alteração entra em vigor imediatamente e é
  calculada proporcionalmente com base no saldo da conta.

  @smoke @purchase @self_service @verifies:009.intro-1 @verifies:009.intro-3 @verifies:009.1 @verifies:009.2 @verifies:009.3 @verifies:009.4 @verifies:009.5 @verifies:009.6 @verifies:009.result-1 @verifies:009.after-1
  Cenário: "Adicionar organizadores": mais licenças de usuário, pagas proporcionalmente e prontas para atribuir
    Dada uma conta self-service com "GoToMeeting" "Business", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoToMeeting", seleciono "Adicionar organizadores"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E é solicitado que eu faça um pagamento
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E recebo um e-mail de confirmação com os detalhes da minha compra
    E atribuo as novas licenças aos meus usuários

  @purchase @verifies:009.3 @verifies:009.4
  Cenário: Com um item já no carrinho: "Adicionar ao carrinho" e depois "Finalizar compra"
    Dada uma conta self-service com um item já no carrinho com "GoToMeeting" "Business", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoToMeeting", seleciono "Adicionar organizadores"
    E atualizo o número de licenças de usuário para 7
    E reviso o "Resumo de pedidos", seleciono "Adicionar ao carrinho" e, no carrinho, "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E recebo um e-mail de confirmação com os detalhes da minha compra

  @self_service @verifies:009.tip-1
  Cenário: "Editar pedido" volta às licenças adicionadas, com as escolhas mantidas
    Dada uma conta self-service com "GoToMeeting" "Business", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoToMeeting", seleciono "Adicionar organizadores"
    E atualizo o número de licenças de usuário para 9
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E volto para minha seleção com "Editar pedido"
    Então minhas escolhas são mantidas
    Quando atualizo o número de licenças de usuário para 10
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido

  @not_billing_contact @verifies:009.intro-2
  Cenário: Quem não é o contato de cobrança não pode adicionar licenças de usuário
    Dada uma conta self-service na qual não sou contato de cobrança
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Então no produto "GoToMeeting" não aparece "Adicionar organizadores": só um contato de cobrança pode adicionar licenças

  @corporate @verifies:009.note-1
  Cenário: Uma conta corporativa vê algo diferente: o Portal de Cobrança Corporativa
    Dada uma conta corporativa (Corporate)
    Quando faço login no "Centro de Faturamento" em https://billing.goto.com
    Então sou direcionado ao "Portal de Cobrança Corporativa", com as perguntas frequentes e o formulário para falar com meu representante
