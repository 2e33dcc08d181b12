# language: pt
# Artigo 008 (versão em português): "Como faço login no meu portal de cobrança?" (GoTo Meeting)
@article_008 @gotomeeting
Funcionalidade: Fazer login no portal de cobrança
  A maioria dos contatos de cobrança faz login no Centro de Faturamento; os contatos de cobrança de
  contas maiores (corporativas) fazem login no Portal de Cobrança Corporativa. Cada um tem sua ajuda
  quando o login falha.

  @smoke @self_service @verifies:008.intro-1 @verifies:008.intro-2 @verifies:008.intro-3 @verifies:008.intro-4
  Cenário: Um contato de cobrança faz login no Centro de Faturamento, gerencia os planos e imprime a fatura de cada renovação
    Dada uma conta self-service com "GoToMeeting" "Business", 5 licenças de usuário, cobrança "Mensal" e um saldo credor de US$ 20,00
    Quando faço login no "Centro de Faturamento" em https://billing.goto.com
    Então estou no "Centro de Faturamento" com minhas assinaturas
    E o "Centro de Faturamento" me permite gerenciar meus planos de assinatura e a frequência de cobrança, ver o histórico de faturamento e atualizar meus dados de pagamento
    Quando passa a próxima data de cobrança
    Então em "Histórico de faturamento" a renovação tem sua fatura para impressão, cobrada no cartão registrado

  @not_billing_contact @verifies:008.intro-5 @verifies:008.intro-6
  Cenário: Quem não é o contato de cobrança sabe a quem se dirigir e pode escrever para ele
    Dada uma conta self-service na qual não sou contato de cobrança
    Quando faço login no "Centro de Faturamento" em https://billing.goto.com
    Então vejo a mensagem com o nome e o endereço de e-mail do meu administrador de cobrança
    E "Enviar e-mail ao administrador de cobrança" escreve para o meu administrador de cobrança

  @corporate @verifies:008.intro-1 @verifies:008.intro-8
  Cenário: O contato de cobrança de uma conta corporativa é direcionado ao Portal de Cobrança Corporativa
    Dada uma conta corporativa (Corporate)
    Quando faço login no "Centro de Faturamento" em https://billing.goto.com
    Então sou direcionado ao "Portal de Cobrança Corporativa", com as perguntas frequentes e o formulário para falar com meu representante

  @corporate @verifies:008.intro-7 @verifies:008.intro-9
  Cenário: Um contato de cobrança corporativo faz login no Portal de Cobrança Corporativa com o ID de usuário
    Dada uma conta corporativa (Corporate)
    Quando faço login com meu ID de usuário e minha senha no "Portal de Cobrança Corporativa" em https://link.goto.com/corp-billing
    Então o "Portal de Cobrança Corporativa" mostra minha conta

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Cenário: Um ID de usuário que não é de nenhum contato de cobrança é recusado com "ID de usuário inválido"
    Dada uma conta corporativa (Corporate)
    Quando faço login com um ID de usuário que não é de nenhum contato de cobrança, no "Portal de Cobrança Corporativa" em https://link.goto.com/corp-billing
    Então o login é recusado com a mensagem "ID de usuário inválido"

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Cenário: Uma senha errada é recusada com "ID de usuário/senha inválidos"
    Dada uma conta corporativa (Corporate)
    Quando faço login com meu ID de usuário e uma senha errada no "Portal de Cobrança Corporativa" em https://link.goto.com/corp-billing
    Então o login é recusado com a mensagem "ID de usuário/senha inválidos"

  @corporate @failure_path @verifies:008.intro-11
  Cenário: Esqueceu a senha? envia por e-mail um link de redefinição que funciona uma só vez
    Dada uma conta corporativa (Corporate)
    Quando no "Portal de Cobrança Corporativa" em https://link.goto.com/corp-billing, seleciono "Esqueceu a senha?", insiro meu ID de usuário e seleciono "Enviar"
    Então um link de redefinição de senha é enviado por e-mail para o endereço da minha conta de contato de cobrança
    Quando abro o link e escolho uma nova senha
    Então consigo fazer login no "Portal de Cobrança Corporativa" com meu ID de usuário e a nova senha, e não mais com a antiga
    E o mesmo link, aberto pela segunda vez, é recusado com a mensagem "Este link de redefinição de senha já foi usado. Cada link funciona uma vez: solicite um novo com Esqueceu a senha?"
