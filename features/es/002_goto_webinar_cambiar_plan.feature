# language: es
# Artículo 002 (versión en español): "¿Cómo puedo cambiar mi plan de suscripción de GoTo Webinar actual?"
@article_002 @goto_webinar @self_service
Característica: Cambiar el plan de suscripción de GoTo Webinar actual
  El contacto de facturación de su cuenta puede cambiar el plan de suscripción de GoTo Webinar en cualquier
  momento para desbloquear funciones avanzadas, añadir más licencias de usuario o cambiar el período de
  facturación. Los cambios entran en vigor de inmediato y se prorratean en el saldo actual de la cuenta.

  @smoke @purchase @verifies:002.intro-1 @verifies:002.1 @verifies:002.2 @verifies:002.3 @verifies:002.4 @verifies:002.5 @verifies:002.note-3 @verifies:002.6 @verifies:002.result-1 @verifies:002.after-1
  Escenario: Pasar a un plan superior con más licencias de usuario
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y elijo el plan "Pro"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y se me pide que realice un pago
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y recibo un correo electrónico de confirmación con los detalles de mi compra
    Y asigno las nuevas licencias a mis usuarios

  @purchase @verifies:002.intro-2 @verifies:002.3 @verifies:002.5
  Escenario: Menos licencias de usuario y facturación anual
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 3
    Y elijo la frecuencia de facturación "Anual"
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y se me pide que realice un pago
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y recibo un correo electrónico de confirmación con los detalles de mi compra

  @verifies:002.intro-2
  Escenario: Un cambio a un plan inferior no se hace en línea: Contactar con asistencia
    Dada una cuenta de autoservicio con "GoTo Webinar" "Pro", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y elijo el plan "Lite"
    Entonces el cambio de plan se rechaza en línea con el enlace "Contactar con asistencia"

  @purchase @verifies:002.note-2 @verifies:003.note-2 @verifies:004.note-2
  Escenario: Con artículos ya en el carrito: Añadir al carrito y después Pagar
    Dada una cuenta de autoservicio con un artículo ya en el carrito con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 7
    Y reviso el "Resumen del pedido", selecciono "Añadir al carrito" y, en el carrito, "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y se me pide que realice un pago
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y recibo un correo electrónico de confirmación con los detalles de mi compra

  @purchase @verifies:002.warning-1
  Esquema del escenario: Una prueba gratuita finalizada: Suscribirse lleva a una compra de <licencias> licencias de usuario
    Dada una cuenta cuya prueba gratuita de "GoTo Webinar" "Standard" ha finalizado
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces en el producto "GoTo Webinar" no veo el icono "Opciones", sino "Suscribirse"
    Cuando en el producto "GoTo Webinar", hago clic en "Suscribirse"
    Y actualizo el número de licencias de usuario a <licencias>
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y se me pide que realice un pago
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy

    # 1: el plan y las licencias de la prueba, el número más bajo, tal como están.
    Ejemplos:
      | licencias |
      | 1         |
      | 2         |

  @verifies:002.after-1
  Escenario: No se pueden asignar más licencias de las compradas
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 2 licencias de usuario y facturación "Mensual", y 3 usuarios más
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces puedo asignar "GoTo Webinar" a tantos usuarios como licencias compradas, de uno en uno, y a ninguno más

  @purchase @verifies:002.intro-2 @verifies:002.6
  Escenario: El saldo a favor de la cuenta se usa primero
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario, facturación "Mensual" y un saldo a favor de 100,00 €
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y se me pide que realice un pago
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y recibo un correo electrónico de confirmación con los detalles de mi compra

  @verifies:002.intro-2 @verifies:002.5
  Escenario: El saldo a favor de los días no usados se redondea al céntimo
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual", 100,01 € pagados por el período desde el 1 de febrero de 2026, y hoy es 15 de febrero de 2026
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado

  @verifies:002.intro-2 @verifies:002.5
  Esquema del escenario: El saldo a favor de los días no usados con el menor importe pagado: <pagado>
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual", <pagado> pagados por el período desde el 1 de febrero de 2026, y hoy es <hoy>
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado

    # Nada pagado no da saldo a favor; un céntimo pagado da uno (27 de 28 días sin usar:
    # 0,0096, redondeado); un euro pagado da la mitad a mitad del período.
    Ejemplos:
      | pagado | hoy                     |
      | 0,00 € | 2 de febrero de 2026    |
      | 0,01 € | 2 de febrero de 2026    |
      | 1,00 € | 15 de febrero de 2026   |
