# language: pt
# Não vem de um artigo: o que obtém quem abre diretamente um endereço do Centro de Faturamento (um
# favorito, um link compartilhado por um colega, o histórico do navegador, o endereço digitado) em vez
# de seguir as páginas. Quem pode ver e alterar o quê é o servidor que decide, seja qual for o
# endereço aberto (o "broken access control" da OWASP), como um engenheiro de QA verifica de ponta a ponta.
@failure_path @access_control
Funcionalidade: Endereços do Centro de Faturamento abertos diretamente
  Uma página só para contatos de cobrança recusa qualquer outro com o motivo, quem não fez login é
  solicitado a fazer login primeiro, e um endereço que indica o que a conta não tem não é encontrado.
  Nada muda.

  @purchase @goto_webinar @self_service
  Cenário: A página de um pedido, aberta pelo seu endereço, é só para os contatos de cobrança da conta
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando no produto "GoTo Webinar", seleciono o ícone "Opções" no canto superior direito e depois escolho "Editar assinatura"
    E atualizo o número de licenças de usuário para 8
    E reviso o "Resumo de pedidos" na parte inferior da página e depois seleciono "Finalizar compra"
    E insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    E saio da conta
    E abro o endereço da página do pedido
    Então é solicitado que eu faça login
    Quando faço login ali como um colega que não é contato de cobrança
    Então vejo a página "Você não pode fazer isso" com a mensagem "Somente um contato de cobrança da sua conta pode alterar assinaturas. Peça ao seu contato de cobrança para fazer esta alteração."

  # O endereço do qual a página do assistente pede o seu resumo do pedido enquanto se escolhe.
  @gotomeeting @not_billing_contact @verifies:004.intro-1
  Cenário: O resumo de uma compra, aberto pelo seu endereço, é só para contatos de cobrança
    Dada uma conta self-service na qual não sou contato de cobrança
    Quando abro o endereço do "Resumo de pedidos" da compra de "GoToMeeting"
    Então é solicitado que eu faça login
    Quando faço login ali
    Então vejo a página "Você não pode fazer isso" com a mensagem "Somente um contato de cobrança da sua conta pode alterar assinaturas. Peça ao seu contato de cobrança para fazer esta alteração."

  @gotoassist_rs_v5
  Cenário: O endereço de "Cancelar assinatura" de uma avaliação gratuita é recusado, e a avaliação continua
    Dada uma conta com uma avaliação gratuita de "GoToAssist Remote Support v5" "Standard" iniciada há 4 dias
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando abro o endereço de "Cancelar assinatura" de "GoToAssist Remote Support v5"
    Então vejo a página "Erro" com a mensagem "Somente uma assinatura paga que é renovada pode ser cancelada. Uma avaliação gratuita termina sozinha."
    E a avaliação gratuita de "GoToAssist Remote Support v5" continua como estava
    E nenhum pedido é feito, nenhum e-mail é enviado, e minhas assinaturas e meu carrinho ficam como estavam

  # "Editar pedido" de uma compra do carrinho abre o assistente com o número do item no seu endereço;
  # o assistente edita compras, então o número de uma alteração não é dele.
  @goto_webinar @self_service
  Esquema do Cenário: O endereço do assistente que indica uma alteração do carrinho não é encontrado: o <step>
    Dado que minha conta self-service tem "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal", e seu carrinho contém uma alteração para 8 licenças de usuário
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando abro o endereço do <step> da compra de "GoTo Webinar", que indica a alteração dela no meu carrinho
    Então vejo a página "Página não encontrada" com a mensagem "Este item não existe na sua conta."
    E nenhum pedido é feito, nenhum e-mail é enviado, e minhas assinaturas e meu carrinho ficam como estavam

    Exemplos:
      | step            |
      | passo do plano  |
      | passo do resumo |

  # Nenhum endereço leva a um formulário de "Licenças de usuário" malformado: só um formulário editado
  # no navegador (as suas ferramentas de desenvolvedor, ou uma ferramenta que repete pedidos) o envia.
  @goto_webinar @self_service
  Cenário: Um formulário de "Licenças de usuário" editado no navegador é recusado, e nada é salvo
    Dada uma conta self-service com "GoTo Webinar" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando em "Licenças de usuário" marco "GoTo Webinar" para meu colega, renomeio o campo por trás da caixa nas ferramentas de desenvolvedor do navegador e seleciono "Salvar"
    Então vejo a página "Não foi possível processar a solicitação"
    E meu colega continua sem licença de "GoTo Webinar"
