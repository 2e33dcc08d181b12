# language: pt
# Artigo 007: "Alterar sua forma de pagamento" (OpenVoice)
@article_007 @openvoice @self_service
Funcionalidade: Alterar a forma de pagamento
  O contato de cobrança da sua conta pode atualizar os dados de cobrança a qualquer momento, mesmo no meio
  de um ciclo de cobrança: a próxima renovação é cobrada no cartão novo.

  @purchase @verifies:007.intro-1 @verifies:007.intro-2 @verifies:007.intro-3 @verifies:007.intro-4
  Cenário: Um cartão novo substitui o registrado e paga a próxima renovação
    Dado que minha conta self-service, com endereço de cobrança em "Alemanha", tem "OpenVoice" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando clico em "Forma de pagamento" na parte superior da página
    E clico no link "editar" da minha forma de pagamento atual
    E insiro meu número de IVA e clico em "Aplicar"
    E preencho todos os campos obrigatórios com um cartão novo e clico em "Atualizar forma de pagamento"
    Então o cartão novo é a forma de pagamento registrada
    Quando passa a próxima data de cobrança
    Então em "Histórico de faturamento" a renovação tem sua fatura para impressão, cobrada no cartão novo

  @purchase @failure_path @verifies:007.intro-4
  Cenário: Um cartão recusado mantém o registrado
    Dada uma conta self-service com "OpenVoice" "Standard", 5 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com
    Quando clico em "Forma de pagamento" na parte superior da página
    E clico no link "editar" da minha forma de pagamento atual
    E preencho todos os campos obrigatórios com um cartão que é recusado e clico em "Atualizar forma de pagamento"
    Então a forma de pagamento registrada continua sendo a de antes
