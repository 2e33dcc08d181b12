# language: pt
# Artigo 000 (versão em português): "Como removo licenças de usuário do meu plano de assinatura do OpenVoice?"
@article_000 @openvoice @self_service
Funcionalidade: Remover licenças de usuário do plano de assinatura do OpenVoice
  Os contatos de cobrança podem remover licenças de usuário de um plano de assinatura existente a qualquer
  momento. As alterações entram em vigor imediatamente e são calculadas pro-rata em relação ao saldo atual da conta.

  @smoke @purchase @verifies:000.intro-1 @verifies:000.intro-2 @verifies:000.1 @verifies:000.2 @verifies:000.3 @verifies:000.4 @verifies:000.5 @verifies:000.6 @verifies:000.result-1
  Cenário: Menos licenças de usuário: fica um crédito e nenhum pagamento é solicitado
    Dada uma conta self-service com "OpenVoice" "Standard", 10 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "OpenVoice", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 4
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E nenhum pagamento é solicitado
    Quando faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E fica um crédito na conta
    E recebo um e-mail de confirmação com os detalhes da minha compra

  @verifies:000.tip-1
  Cenário: Editar pedido volta para a seleção mantendo as escolhas
    Dada uma conta self-service com "OpenVoice" "Standard", 10 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "OpenVoice", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 6
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E volto para minha seleção com "Editar pedido"
    Então minhas escolhas são mantidas
    Quando atualizo o número de licenças de usuário para 5
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido

  @purchase @verifies:000.troubleshooting-1
  Cenário: Uma avaliação gratuita encerrada mostra Assinar agora em vez do ícone Opções
    Dada uma conta cuja avaliação gratuita de "OpenVoice" "Standard" terminou
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Então no produto "OpenVoice" não vejo o ícone "Opções", mas "Assinar agora"
    Quando no produto "OpenVoice", clico em "Assinar agora"
    E atualizo o número de licenças de usuário para 3
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E é solicitado que eu faça um pagamento
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E recebo um e-mail de confirmação com os detalhes da minha compra

  @corporate @verifies:000.note-1 @verifies:002.note-1 @verifies:003.note-1 @verifies:004.note-1 @verifies:007.note-1
  Cenário: Uma conta corporativa gerencia a cobrança no Portal de Cobrança Corporativa
    Dada uma conta corporativa (Corporate)
    Quando faço login no "Centro de Faturamento" em https://billing.goto.com
    Então sou direcionado ao "Portal de Cobrança Corporativa", com as perguntas frequentes e o formulário para falar com meu representante

  @not_billing_contact @verifies:000.intro-1
  Cenário: Quem não é contato de cobrança vê as assinaturas, mas não pode alterá-las
    Dada uma conta self-service na qual não sou contato de cobrança
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Então vejo as assinaturas, mas sem o ícone "Opções": só um contato de cobrança pode alterá-las
