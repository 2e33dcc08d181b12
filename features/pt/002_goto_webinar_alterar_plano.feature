# language: pt
# Artigo 002 (versão em português): "Como altero meu plano de assinatura atual do GoTo Webinar?"
@article_002 @goto_webinar @self_service
Funcionalidade: Alterar o plano de assinatura atual do GoTo Webinar
  O contato de cobrança da sua conta pode alterar o plano de assinatura do GoTo Webinar a qualquer momento
  para desbloquear recursos avançados, adicionar licenças de usuário ou mudar o período de cobrança. As
  alterações entram em vigor imediatamente e são calculadas pro-rata em relação ao saldo atual da conta.

  @smoke @purchase @verifies:002.intro-1 @verifies:002.1 @verifies:002.2 @verifies:002.3 @verifies:002.4 @verifies:002.5 @verifies:002.note-3 @verifies:002.6 @verifies:002.result-1 @verifies:002.after-1
  Cenário: Passar para um plano superior com mais licenças de usuário
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E escolho o plano "Pro"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E é solicitado que eu faça um pagamento
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E recebo um e-mail de confirmação com os detalhes da minha compra
    E atribuo as novas licenças aos meus usuários

  @purchase @verifies:002.intro-2 @verifies:002.3 @verifies:002.5
  Cenário: Menos licenças de usuário e cobrança anual
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 3
    E escolho a frequência de cobrança "Anual"
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E é solicitado que eu faça um pagamento
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E recebo um e-mail de confirmação com os detalhes da minha compra

  @verifies:002.intro-2
  Cenário: O downgrade do plano não é feito on-line: Entrar em contato com o suporte
    Dada uma conta self-service com "GoTo Webinar" "Pro", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E escolho o plano "Lite"
    Então a mudança de plano é recusada on-line com o link "Entrar em contato com o suporte"

  @purchase @verifies:002.note-2 @verifies:003.note-2 @verifies:004.note-2
  Cenário: Com itens já no carrinho: Adicionar ao carrinho e depois Finalizar compra
    Dada uma conta self-service com um item já no carrinho com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 7
    E reviso o "Resumo de pedidos", seleciono "Adicionar ao carrinho" e, no carrinho, "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E é solicitado que eu faça um pagamento
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E recebo um e-mail de confirmação com os detalhes da minha compra

  @purchase @verifies:002.warning-1
  Esquema do Cenário: Uma avaliação gratuita encerrada: Assinar agora leva a uma compra de <licenças> licenças de usuário
    Dada uma conta cuja avaliação gratuita de "GoTo Webinar" "Standard" terminou
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Então no produto "GoTo Webinar" não vejo o ícone "Opções", mas "Assinar agora"
    Quando no produto "GoTo Webinar", clico em "Assinar agora"
    E atualizo o número de licenças de usuário para <licenças>
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E é solicitado que eu faça um pagamento
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje

    # 1: o plano e as licenças da avaliação, o menor número, mantidos como estão.
    Exemplos:
      | licenças |
      | 1        |
      | 2        |

  @verifies:002.after-1
  Cenário: Não é possível atribuir mais licenças do que as compradas
    Dada uma conta self-service com "GoTo Webinar" "Standard", 2 licenças de usuário e cobrança "Mensal", e mais 3 usuários
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Então posso atribuir "GoTo Webinar" a tantos usuários quantas forem as licenças compradas, um de cada vez, e a nenhum a mais

  @purchase @verifies:002.intro-2 @verifies:002.6
  Cenário: O saldo credor da conta é usado primeiro
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário, cobrança "Mensal" e um saldo credor de US$ 100,00
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E é solicitado que eu faça um pagamento
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E recebo um e-mail de confirmação com os detalhes da minha compra

  @verifies:002.intro-2 @verifies:002.5
  Cenário: O crédito dos dias não usados é arredondado ao centavo
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal", US$ 100,01 pagos pelo período a partir de 1 de fevereiro de 2026, e hoje é 15 de fevereiro de 2026
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido

  @verifies:002.intro-2 @verifies:002.5
  Esquema do Cenário: O crédito dos dias não usados com o menor valor pago: <pago>
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal", <pago> pagos pelo período a partir de 1 de fevereiro de 2026, e hoje é <hoje>
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido

    # Nada pago não dá crédito; um centavo pago dá um (27 de 28 dias não usados:
    # 0,0096, arredondado); um dólar pago dá a metade no meio do período.
    Exemplos:
      | pago        | hoje                     |
      | US$ 0,00    | 2 de fevereiro de 2026   |
      | US$ 0,01    | 2 de fevereiro de 2026   |
      | US$ 1,00    | 15 de fevereiro de 2026  |
