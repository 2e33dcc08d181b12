# language: pt
# Artigo 006: "Como cancelo meu plano de assinatura de um produto GoTo?" (da central de ajuda do GoToAssist)
@article_006 @gotoassist_rs_v5 @self_service
Funcionalidade: Cancelar o plano de assinatura de um produto GoTo
  O plano de assinatura de um produto GoTo é renovado automaticamente no fim do período de cobrança mensal
  ou anual. O contato de cobrança da conta pode cancelar o próximo pagamento a qualquer momento e,
  se mudar de ideia, reativar a assinatura antes que o plano expire.

  @smoke @verifies:006.intro-1 @verifies:006.1 @verifies:006.2 @verifies:006.3 @verifies:006.result-1 @verifies:006.after-1
  Cenário: Desativar a renovação automática de um plano anual
    Dada uma conta self-service com "GoToAssist Remote Support v5" "Standard", 3 licenças de usuário e cobrança "Anual", US$ 1.350,00 pagos pelo período a partir de 1 de fevereiro de 2026, e hoje é 16 de novembro de 2026
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando na página Assinaturas, clico no ícone "Opções" no canto superior direito de "GoToAssist Remote Support v5" e depois em "Cancelar assinatura"
    Então a janela de confirmação se abre como janela modal e informa que o plano expira no fim do período de cobrança
    Quando reviso as informações na janela de confirmação e clico em "Sim, cancelar"
    Então uma mensagem de confirmação informa quando meu plano de assinatura vai expirar
    E um e-mail de confirmação com a data de expiração é enviado para o endereço de e-mail da minha conta
    Quando clico em "Fechar" na janela de confirmação
    Então a mensagem "Cancelamento pendente" aparece na página Assinaturas abaixo de "GoToAssist Remote Support v5"
    E o menu "Opções" de "GoToAssist Remote Support v5" oferece "Reativar" e não mais "Editar assinatura" nem "Cancelar assinatura"

  @verifies:006.intro-2 @verifies:006.after-2
  Cenário: Reativar o plano de assinatura antes que expire
    Dada uma conta self-service com "GoToAssist Remote Support v5" "Standard", 3 licenças de usuário e cobrança "Anual", US$ 1.350,00 pagos pelo período a partir de 1 de fevereiro de 2026, e hoje é 16 de novembro de 2026
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando na página Assinaturas, clico no ícone "Opções" no canto superior direito de "GoToAssist Remote Support v5" e depois em "Cancelar assinatura"
    E reviso as informações na janela de confirmação e clico em "Sim, cancelar"
    E clico em "Fechar" na janela de confirmação
    E clico no ícone "Opções" de "GoToAssist Remote Support v5" e depois em "Reativar"
    Então minha assinatura foi reativada: ela volta a ser renovada no fim do período de cobrança

  @failure_path @verifies:006.2 @verifies:006.3
  Cenário: Esc fecha a janela de confirmação e não cancela nada
    Dada uma conta self-service com "GoToAssist Remote Support v5" "Standard", 3 licenças de usuário e cobrança "Anual"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando na página Assinaturas, clico no ícone "Opções" no canto superior direito de "GoToAssist Remote Support v5" e depois em "Cancelar assinatura"
    Então a janela de confirmação se abre como janela modal e informa que o plano expira no fim do período de cobrança
    Quando pressiono a tecla Esc
    Então a assinatura de "GoToAssist Remote Support v5" continua ativa: nenhum "Cancelamento pendente", nenhum e-mail, e ela ainda é renovada na próxima data de cobrança

  @failure_path @verifies:006.intro-1 @verifies:006.after-2
  Cenário: Um plano anual expirado não é renovado e Reativar é recusado
    Dada uma conta self-service com "GoToAssist Remote Support v5" "Standard", 3 licenças de usuário e cobrança "Anual", US$ 1.350,00 pagos pelo período a partir de 1 de fevereiro de 2026, e hoje é 16 de novembro de 2026
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando na página Assinaturas, clico no ícone "Opções" no canto superior direito de "GoToAssist Remote Support v5" e depois em "Cancelar assinatura"
    E reviso as informações na janela de confirmação e clico em "Sim, cancelar"
    E clico em "Fechar" na janela de confirmação
    E chega o dia em que o plano expira
    E clico no ícone "Opções" de "GoToAssist Remote Support v5" e depois em "Reativar"
    Então a reativação é recusada com a mensagem "Esta assinatura foi encerrada e não pode mais ser reativada. Adicione-a novamente com Adicionar nova assinatura."
    E a assinatura de "GoToAssist Remote Support v5" terminou sem renovação e sem o ícone "Opções", e 400 dias depois nada foi renovado nem cobrado

  @verifies:006.intro-2
  Cenário: Uma avaliação gratuita sem dados de cobrança expira sozinha
    Dada uma conta com uma avaliação gratuita de "GoToAssist Remote Support v5" "Standard" iniciada há 10 dias
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Então o menu "Opções" de "GoToAssist Remote Support v5" não oferece "Cancelar assinatura": a avaliação expira sozinha no fim do período de avaliação

  @corporate @verifies:006.note-1
  Cenário: Uma conta corporativa gerencia a cobrança no Portal de Cobrança Corporativa
    Dada uma conta corporativa (Corporate)
    Quando faço login no "Centro de Faturamento" em https://billing.goto.com
    Então sou direcionado ao "Portal de Cobrança Corporativa", com as perguntas frequentes e o formulário para falar com meu representante
