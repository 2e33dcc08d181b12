# language: pt
# Artigo 005 (versão em português): "Como cancelo meu plano de assinatura do GoToAssist Remote Support v5?"
@article_005 @gotoassist_rs_v5 @self_service
Funcionalidade: Cancelar o plano de assinatura do GoToAssist Remote Support v5
  O plano é renovado automaticamente no fim do período de cobrança mensal ou anual. O contato de cobrança
  da conta pode cancelar o próximo pagamento a qualquer momento e reativar a assinatura antes que o plano
  expire.

  @smoke @verifies:005.intro-1 @verifies:005.intro-3 @verifies:005.intro-4 @verifies:005.intro-5 @verifies:005.intro-6 @verifies:005.intro-7
  Cenário: Cancelar a assinatura: a data de expiração, o e-mail e Cancelamento pendente
    Dada uma conta self-service com "GoToAssist Remote Support v5" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.logmeininc.com
    Quando na página Assinaturas, clico no ícone "Opções" no canto superior direito de "GoToAssist Remote Support v5" e depois em "Cancelar assinatura"
    Então a janela de confirmação se abre como janela modal e informa que o plano expira no fim do período de cobrança
    Quando reviso as informações na janela de confirmação e clico em "Sim, cancelar"
    Então uma mensagem de confirmação informa quando meu plano de assinatura vai expirar
    E um e-mail de confirmação com a data de expiração é enviado para o endereço de e-mail da minha conta
    Quando clico em "Fechar" na janela de confirmação
    Então a mensagem "Cancelamento pendente" aparece na página Assinaturas abaixo de "GoToAssist Remote Support v5"
    E o menu "Opções" de "GoToAssist Remote Support v5" oferece "Reativar" e não mais "Editar assinatura" nem "Cancelar assinatura"
    E nada fica pendente: o carrinho do cabeçalho e a página do carrinho estão vazios, nenhum pedido foi cobrado e o saldo da conta é o de antes

  @verifies:005.intro-2 @verifies:005.intro-7
  Cenário: Mudou de ideia: a assinatura é reativada antes de expirar
    Dada uma conta self-service com "GoToAssist Remote Support v5" "Standard", 5 licenças de usuário e cobrança "Mensal", US$ 225,00 pagos pelo período a partir de 1 de novembro de 2026, e hoje é 30 de novembro de 2026
    E que fiz login no "Centro de Faturamento" em https://billing.logmeininc.com
    Quando na página Assinaturas, clico no ícone "Opções" no canto superior direito de "GoToAssist Remote Support v5" e depois em "Cancelar assinatura"
    E reviso as informações na janela de confirmação e clico em "Sim, cancelar"
    E clico em "Fechar" na janela de confirmação
    E clico no ícone "Opções" de "GoToAssist Remote Support v5" e depois em "Reativar"
    Então minha assinatura foi reativada: ela volta a ser renovada no fim do período de cobrança

  @failure_path @verifies:005.intro-4 @verifies:005.intro-6
  Cenário: Esc fecha a janela de confirmação e não cancela nada
    Dada uma conta self-service com "GoToAssist Remote Support v5" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.logmeininc.com
    Quando na página Assinaturas, clico no ícone "Opções" no canto superior direito de "GoToAssist Remote Support v5" e depois em "Cancelar assinatura"
    Então a janela de confirmação se abre como janela modal e informa que o plano expira no fim do período de cobrança
    Quando pressiono a tecla Esc
    Então a assinatura de "GoToAssist Remote Support v5" continua ativa: nenhum "Cancelamento pendente", nenhum e-mail, e ela ainda é renovada na próxima data de cobrança

  @failure_path @verifies:005.intro-1 @verifies:005.intro-7
  Cenário: Depois que o plano expira, ele não é renovado e Reativar é recusado
    Dada uma conta self-service com "GoToAssist Remote Support v5" "Standard", 5 licenças de usuário e cobrança "Mensal", US$ 225,00 pagos pelo período a partir de 1 de novembro de 2026, e hoje é 30 de novembro de 2026
    E que fiz login no "Centro de Faturamento" em https://billing.logmeininc.com
    Quando na página Assinaturas, clico no ícone "Opções" no canto superior direito de "GoToAssist Remote Support v5" e depois em "Cancelar assinatura"
    E reviso as informações na janela de confirmação e clico em "Sim, cancelar"
    E clico em "Fechar" na janela de confirmação
    E chega o dia em que o plano expira
    E clico no ícone "Opções" de "GoToAssist Remote Support v5" e depois em "Reativar"
    Então a reativação é recusada com a mensagem "Esta assinatura foi encerrada e não pode mais ser reativada. Adicione-a novamente com Adicionar nova assinatura."
    E a assinatura de "GoToAssist Remote Support v5" terminou sem renovação e sem o ícone "Opções", e 40 dias depois nada foi renovado nem cobrado

  @verifies:005.intro-2
  Cenário: Uma avaliação gratuita não é cancelada: ela expira sozinha
    Dada uma conta com uma avaliação gratuita de "GoToAssist Remote Support v5" "Standard" iniciada há 4 dias
    E que fiz login no "Centro de Faturamento" em https://billing.logmeininc.com
    Então o menu "Opções" de "GoToAssist Remote Support v5" não oferece "Cancelar assinatura": a avaliação expira sozinha no fim do período de avaliação

  @verifies:005.intro-2
  Cenário: Uma avaliação gratuita vai até o último dia e terminou no dia seguinte
    Dada uma conta cuja avaliação gratuita de "GoToAssist Remote Support v5" "Standard" está no último dia
    E que fiz login no "Centro de Faturamento" em https://billing.logmeininc.com
    Então o cartão de "GoToAssist Remote Support v5" ainda mostra a avaliação gratuita, que termina hoje, com o ícone "Opções"
    Quando chega o dia seguinte e abro de novo o "Centro de Faturamento"
    Então no produto "GoToAssist Remote Support v5" não vejo o ícone "Opções", mas "Assinar agora"
    E nada fica pendente: o carrinho do cabeçalho e a página do carrinho estão vazios, nenhum pedido foi cobrado e o saldo da conta é o de antes
