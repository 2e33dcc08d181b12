# language: pt
# Não vem de um artigo: os caminhos de erro de uma mudança de plano (dados recusados, um cartão recusado,
# um erro do servidor, um envio duplo, uma sessão expirada), como um engenheiro de QA espera de um centro de faturamento.
@failure_path @goto_webinar @self_service
Funcionalidade: Caminhos de erro ao alterar o plano de assinatura
  Um centro de faturamento recusa dados errados com uma mensagem clara e não altera nada, nunca cobra
  duas vezes e não perde o carrinho.

  @verifies:002.note-3
  Cenário: Um número de IVA malformado é recusado
    Dado que minha conta self-service, com endereço de cobrança em "Alemanha", tem "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E insiro meus dados de pagamento e um número de IVA de "Alemanha" com um dígito verificador errado
    E tento fazer o pedido com "Fazer pedido"
    Então ao lado de "Número de IVA" leio o erro "Este número de IVA não é válido para Alemanha."
    E nenhum pedido é feito, nenhum e-mail é enviado e minha assinatura não muda

  @verifies:002.note-3
  Cenário: Um número de IVA válido de outro país da UE é recusado
    Dado que minha conta self-service, com endereço de cobrança em "Alemanha", tem "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E insiro meus dados de pagamento e um número de IVA válido de "Itália"
    E tento fazer o pedido com "Fazer pedido"
    Então ao lado de "Número de IVA" leio o erro "Este número de IVA é de outro país. Digite um número de IVA do país do seu endereço de cobrança (Alemanha)."
    E nenhum pedido é feito, nenhum e-mail é enviado e minha assinatura não muda

  @verifies:002.note-3
  Cenário: Um endereço de cobrança fora da UE não tem número de IVA da UE
    Dado que minha conta self-service, com endereço de cobrança em "Estados Unidos", tem "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E insiro meus dados de pagamento e um número de IVA válido de "Alemanha"
    E tento fazer o pedido com "Fazer pedido"
    Então ao lado de "Número de IVA" leio o erro "Seu endereço de cobrança está fora da UE (Estados Unidos), portanto um número de IVA da UE não se aplica. Deixe o número de IVA em branco."
    E nenhum pedido é feito, nenhum e-mail é enviado e minha assinatura não muda

  @purchase @verifies:002.note-3 @verifies:002.6
  Cenário: Um cartão recusado não faz nenhum pedido; depois, um cartão válido faz
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E insiro os dados de um cartão que é recusado
    E tento fazer o pedido com "Fazer pedido"
    Então ao lado de "Número do cartão" leio o erro "Seu cartão foi recusado. Use outro cartão ou entre em contato com seu banco."
    E nenhum pedido é feito, nenhum e-mail é enviado e minha assinatura não muda
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E exatamente um pedido é feito e um e-mail de confirmação é enviado

  @purchase @verifies:002.note-3 @verifies:002.6
  Cenário: Um cartão que vence este mês ainda paga
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E insiro os dados de um cartão que vence este mês
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje

  @verifies:002.note-3
  Cenário: Um cartão vencido é recusado
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E insiro os dados de um cartão vencido
    E tento fazer o pedido com "Fazer pedido"
    Então ao lado de "Data de validade (MM/AA)" leio o erro "Este cartão está vencido."
    E nenhum pedido é feito, nenhum e-mail é enviado e minha assinatura não muda

  @verifies:002.3
  Esquema do Cenário: Um número de licenças em qualquer um dos limites é aceito
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para <licenças>
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido

    Exemplos:
      | licenças |
      | 1        |
      | 500      |

  @verifies:002.3
  Esquema do Cenário: Um número de licenças fora do intervalo é recusado
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para <licenças>
    E tento continuar com "Finalizar compra"
    Então ao lado de "Licenças de usuário" leio o erro "<mensagem>"
    E nenhum pedido é feito, nenhum e-mail é enviado e minha assinatura não muda

    Exemplos:
      | licenças | mensagem                                                                                               |
      | 0        | Você precisa de pelo menos 1 licença de usuário.                                                       |
      | 501      | Você pode comprar no máximo 500 licenças de usuário online. Para mais, entre em contato com o suporte. |

  @purchase @verifies:002.6 @verifies:002.result-1
  Cenário: Um erro do servidor em Fazer pedido: tentar de novo cobra uma só vez
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E insiro meus dados de pagamento e adiciono meu número de IVA
    E o servidor falha no próximo "Fazer pedido"
    E tento fazer o pedido com "Fazer pedido"
    Então vejo a página "Algo deu errado do nosso lado"
    E nenhum pedido é feito, nenhum e-mail é enviado e minha assinatura não muda
    Quando volto para a página "Pagamento"
    E insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E exatamente um pedido é feito e um e-mail de confirmação é enviado

  @purchase @verifies:002.6 @verifies:002.result-1
  Cenário: Um envio duplo de Fazer pedido gera um só pedido
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido duas vezes seguidas com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E exatamente um pedido é feito e um e-mail de confirmação é enviado

  @purchase
  Cenário: A sessão expira durante a finalização da compra: depois de fazer login novamente, o carrinho é mantido
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E minha sessão expira
    E recarrego a página "Pagamento"
    Então é solicitado que eu faça login novamente com o aviso "Sua sessão expirou. Faça login novamente."
    Quando faço login novamente
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E exatamente um pedido é feito e um e-mail de confirmação é enviado

  @verifies:002.intro-2
  Cenário: As alterações no carrinho que não se aplicam mais são recusadas em Fazer pedido
    Dada uma conta self-service com "GoTo Webinar" "Pro" e "GoToMeeting" "Business", 5 licenças de usuário cada um e cobrança "Mensal", cujo carrinho ainda contém uma mudança de "GoTo Webinar" para o plano "Lite" e uma de "GoToMeeting" para o plano que já tem
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando abro o carrinho e seleciono "Finalizar compra"
    E tento fazer o pedido com "Fazer pedido"
    Então a página "Pagamento" recusa o pedido com o erro "Não é possível fazer o downgrade do seu plano online. Entre em contato com o suporte para fazer o downgrade do seu plano."
    E nenhum pedido é feito, nenhum e-mail é enviado, e minhas assinaturas e meu carrinho ficam como estavam

  @verifies:002.note-3
  Esquema do Cenário: Um número de IVA de <país> com um dígito <diferença> é recusado
    Dado que minha conta self-service, com endereço de cobrança em "<país>", tem "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E insiro meus dados de pagamento e um número de IVA de "<país>" com um dígito <diferença>, com o dígito verificador certo
    E tento fazer o pedido com "Fazer pedido"
    Então ao lado de "Número de IVA" leio o erro "Este número de IVA não é válido para <país>."
    E nenhum pedido é feito, nenhum e-mail é enviado e minha assinatura não muda

    # No comprimento exato, um número de IVA é aceito: cada cenário de compra adiciona um.
    # O harness calcula o dígito verificador apenas de números alemães e italianos.
    Exemplos:
      | país     | diferença |
      | Alemanha | a mais    |
      | Alemanha | a menos   |
      | Itália   | a mais    |
      | Itália   | a menos   |
