# language: es
# Artículo 000 (versión en español): "¿Cómo puedo quitar licencias de usuario de mi plan de suscripción de OpenVoice?"
@article_000 @openvoice @self_service
Característica: Quitar licencias de usuario del plan de suscripción de OpenVoice
  Los contactos de facturación pueden quitar licencias de usuario de un plan de suscripción existente en
  cualquier momento. Los cambios entran en vigor de inmediato y se prorratean en el saldo actual de la cuenta.

  @smoke @purchase @verifies:000.intro-1 @verifies:000.intro-2 @verifies:000.1 @verifies:000.2 @verifies:000.3 @verifies:000.4 @verifies:000.5 @verifies:000.6 @verifies:000.result-1
  Escenario: Menos licencias de usuario: queda un saldo a favor y no se pide ningún pago
    Dada una cuenta de autoservicio con "OpenVoice" "Standard", 10 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "OpenVoice", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 4
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y no se me pide ningún pago
    Cuando realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y queda un saldo a favor en la cuenta
    Y recibo un correo electrónico de confirmación con los detalles de mi compra

  @verifies:000.tip-1
  Escenario: Editar pedido vuelve a la selección y mantiene las opciones elegidas
    Dada una cuenta de autoservicio con "OpenVoice" "Standard", 10 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "OpenVoice", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 6
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Y vuelvo a mi selección con "Editar pedido"
    Entonces mis opciones se mantienen
    Cuando actualizo el número de licencias de usuario a 5
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado

  @purchase @verifies:000.troubleshooting-1
  Escenario: Una prueba gratuita finalizada muestra Suscribirse en lugar del icono Opciones
    Dada una cuenta cuya prueba gratuita de "OpenVoice" "Standard" ha finalizado
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces en el producto "OpenVoice" no veo el icono "Opciones", sino "Suscribirse"
    Cuando en el producto "OpenVoice", hago clic en "Suscribirse"
    Y actualizo el número de licencias de usuario a 3
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y se me pide que realice un pago
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y recibo un correo electrónico de confirmación con los detalles de mi compra

  @corporate @verifies:000.note-1 @verifies:002.note-1 @verifies:003.note-1 @verifies:004.note-1 @verifies:007.note-1
  Escenario: Una cuenta corporativa gestiona la facturación en el Portal de facturación para empresas
    Dada una cuenta corporativa (Corporate)
    Cuando inicio sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces se me redirige al "Portal de facturación para empresas", con sus preguntas frecuentes y el formulario para contactar con mi representante

  @not_billing_contact @verifies:000.intro-1
  Escenario: Quien no es contacto de facturación ve las suscripciones, pero no puede modificarlas
    Dada una cuenta de autoservicio en la que no soy contacto de facturación
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces veo las suscripciones, pero no el icono "Opciones": solo un contacto de facturación puede modificarlas
