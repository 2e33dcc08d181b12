# language: es
# Artículo 001 (versión en español): "¿Cómo puedo quitar licencias de usuario de mi plan de suscripción de GoToAssist Remote Support v5?"
@article_001 @gotoassist_rs_v5 @self_service
Característica: Quitar licencias de usuario del plan de suscripción de GoToAssist Remote Support v5
  Los contactos de facturación pueden quitar licencias de usuario de un plan de suscripción existente en
  cualquier momento. Los cambios entran en vigor de inmediato y se prorratean en el saldo actual de la cuenta.

  @smoke @purchase @verifies:001.intro-1 @verifies:001.intro-2 @verifies:001.1 @verifies:001.2 @verifies:001.3 @verifies:001.4 @verifies:001.5 @verifies:001.6 @verifies:001.result-1
  Escenario: Menos licencias de usuario: queda un saldo a favor y no se pide ningún pago
    Dada una cuenta de autoservicio con "GoToAssist Remote Support v5" "Standard", 10 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoToAssist Remote Support v5", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 4
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y no se me pide ningún pago
    Cuando realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y queda un saldo a favor en la cuenta
    Y recibo un correo electrónico de confirmación con los detalles de mi compra

  @verifies:001.tip-1
  Escenario: Editar pedido vuelve a la selección y mantiene las opciones elegidas
    Dada una cuenta de autoservicio con "GoToAssist Remote Support v5" "Standard", 10 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoToAssist Remote Support v5", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 6
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Y vuelvo a mi selección con "Editar pedido"
    Entonces mis opciones se mantienen
    Cuando actualizo el número de licencias de usuario a 5
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado

  @purchase @verifies:001.troubleshooting-1
  Escenario: Una prueba gratuita finalizada muestra Suscribirse en lugar del icono Opciones
    Dada una cuenta cuya prueba gratuita de "GoToAssist Remote Support v5" "Standard" ha finalizado
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces en el producto "GoToAssist Remote Support v5" no veo el icono "Opciones", sino "Suscribirse"
    Cuando en el producto "GoToAssist Remote Support v5", hago clic en "Suscribirse"
    Y actualizo el número de licencias de usuario a 3
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y se me pide que realice un pago
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y recibo un correo electrónico de confirmación con los detalles de mi compra

  @corporate @verifies:001.note-1
  Escenario: Una cuenta corporativa gestiona la facturación en el Portal de facturación para empresas
    Dada una cuenta corporativa (Corporate)
    Cuando inicio sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces se me redirige al "Portal de facturación para empresas", con sus preguntas frecuentes y el formulario para contactar con mi representante
