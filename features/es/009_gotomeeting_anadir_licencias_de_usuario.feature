# language: es
# Artículo 009 (versión en español): "¿Cómo añado licencias de usuario a mi plan de suscripción de GoTo Meeting?"
@article_009 @gotomeeting
Característica: Añadir licencias de usuario desde la tarjeta del producto
  Los contactos de facturación pueden añadir licencias de usuario a un plan de suscripción existente en
  cualquier momento, directamente desde la tarjeta del producto; el cambio surte efecto de inmediato y
  se prorratea según el saldo de la cuenta.

  @smoke @purchase @self_service @verifies:009.intro-1 @verifies:009.intro-3 @verifies:009.1 @verifies:009.2 @verifies:009.3 @verifies:009.4 @verifies:009.5 @verifies:009.6 @verifies:009.result-1 @verifies:009.after-1
  Escenario: "Añadir organizadores": más licencias de usuario, pagadas a prorrata y listas para asignar
    Dada una cuenta de autoservicio con "GoToMeeting" "Business", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoToMeeting", selecciono "Añadir organizadores"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y se me pide que realice un pago
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y recibo un correo electrónico de confirmación con los detalles de mi compra
    Y asigno las nuevas licencias a mis usuarios

  @purchase @verifies:009.3 @verifies:009.4
  Escenario: Con un artículo ya en el carrito: "Añadir al carrito" y después "Pagar"
    Dada una cuenta de autoservicio con un artículo ya en el carrito con "GoToMeeting" "Business", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoToMeeting", selecciono "Añadir organizadores"
    Y actualizo el número de licencias de usuario a 7
    Y reviso el "Resumen del pedido", selecciono "Añadir al carrito" y, en el carrito, "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y recibo un correo electrónico de confirmación con los detalles de mi compra

  @self_service @verifies:009.tip-1
  Escenario: "Editar pedido" vuelve a las licencias añadidas, con las opciones mantenidas
    Dada una cuenta de autoservicio con "GoToMeeting" "Business", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoToMeeting", selecciono "Añadir organizadores"
    Y actualizo el número de licencias de usuario a 9
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Y vuelvo a mi selección con "Editar pedido"
    Entonces mis opciones se mantienen
    Cuando actualizo el número de licencias de usuario a 10
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado

  @not_billing_contact @verifies:009.intro-2
  Escenario: Quien no es el contacto de facturación no puede añadir licencias de usuario
    Dada una cuenta de autoservicio en la que no soy contacto de facturación
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces en el producto "GoToMeeting" no aparece "Añadir organizadores": solo un contacto de facturación puede añadir licencias

  @corporate @verifies:009.note-1
  Escenario: Una cuenta corporativa ve algo distinto: el Portal de facturación para empresas
    Dada una cuenta corporativa (Corporate)
    Cuando inicio sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces se me redirige al "Portal de facturación para empresas", con sus preguntas frecuentes y el formulario para contactar con mi representante
