# language: pt
# Artigo 004 (versão em português): "Como adiciono uma assinatura ou avaliação gratuita de outro produto?" (a observação da etapa 8)
@article_004 @openvoice @self_service
Funcionalidade: Adicionar uma assinatura quando o carrinho já tem um item
  A observação da etapa 8: se já houver um ou mais itens no carrinho, "Adicionar ao carrinho" é
  mostrado no lugar de "Finalizar compra".

  Contexto:
    Dada uma conta self-service com um item já no carrinho com "GoToMeeting" "Business", 3 licenças de usuário e cobrança "Mensal"
    E que fiz login no "Centro de Faturamento" em https://billing.goto.com

  @purchase @verifies:004.note-2
  Cenário: Com um item já no carrinho: "Adicionar ao carrinho" e depois "Finalizar compra"
    Quando seleciono "Adicionar nova assinatura" no Centro de Faturamento
    E escolho o produto "OpenVoice"
    E escolho "Comprar" para comprar uma assinatura
    E escolho o nível de assinatura "Business"
    E escolho 4 novas licenças de usuário e depois "Avançar"
    E escolho "Mensal" como plano de cobrança
    E adiciono com "Adicionar ao carrinho" e, no carrinho, seleciono "Finalizar compra"
    Então a página "Pagamento" mostra o período de cobrança a partir de hoje, o número de licenças, o custo do plano e o total devido
    E é solicitado que eu faça um pagamento
    Quando insiro meus dados de pagamento e adiciono meu número de IVA
    E faço o pedido com "Fazer pedido"
    Então meu plano de assinatura foi alterado e o novo período de cobrança começa hoje
    E recebo um e-mail de confirmação com os detalhes da minha compra
    E atribuo as novas licenças aos meus usuários
