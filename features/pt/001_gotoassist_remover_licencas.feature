# language: pt
# Artigo 001 (versão em português): "Como removo licenças de usuário do meu plano de assinatura do GoToAssist Remote Support v5?"
@article_001 @gotoassist_rs_v5 @self_service
Funcionalidade: Remover licenças de usuário do plano de assinatura do GoToAssist Remote Support v5
  Os contatos de cobrança podem remover licenças de usuário de um plano de assinatura existente a qualquer
  momento. As alterações entram em vigor imediatamente e são calculadas pro-rata em relação ao saldo atual da conta.

  @smoke @purchase @verifies:001.intro-1 @verifies:001.intro-2 @verifies:001.1 @verifies:001.2 @verifies:001.3 @verifies:001.4 @verifies:001.5 @verifies:001.6 @verifies:001.result-1
  Cenário: Menos licenças de usuário: fica um crédito e nenhum pagamento é solicitado
    Dada uma conta self-service com "GoToAssist Remote Support v5" "Standard", 10 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoToAssist Remote Support v5", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 4
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E nenhum pagamento é solicitado
    Quando faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E fica um crédito na conta
    E recebo um e-mail de confirmação com os detalhes da minha compra

  @verifies:001.tip-1
  Cenário: Editar pedido volta para a seleção mantendo as escolhas
    Dada uma conta self-service com "GoToAssist Remote Support v5" "Standard", 10 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoToAssist Remote Support v5", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 6
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E volto para minha seleção com "Editar pedido"
    Então minhas escolhas são mantidas
    Quando atualizo o número de licenças de usuário para 5
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido

  @purchase @verifies:001.troubleshooting-1
  Cenário: Uma avaliação gratuita encerrada mostra Assinar agora em vez do ícone Opções
    Dada uma conta cuja avaliação gratuita de "GoToAssist Remote Support v5" "Standard" terminou
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Então no produto "GoToAssist Remote Support v5" não vejo o ícone "Opções", mas "Assinar agora"
    Quando no produto "GoToAssist Remote Support v5", clico em "Assinar agora"
    E atualizo o número de licenças de usuário para 3
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E é solicitado que eu faça um pagamento
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E recebo um e-mail de confirmação com os detalhes da minha compra

  @corporate @verifies:001.note-1
  Cenário: Uma conta corporativa gerencia a cobrança no Portal de Cobrança Corporativa
    Dada uma conta corporativa (Corporate)
    Quando faço login no "Centro de Faturamento" em https://billing.goto.com
    Então sou direcionado ao "Portal de Cobrança Corporativa", com as perguntas frequentes e o formulário para falar com meu representante
