# language: es
# Artículo 003 (versión en español): "¿Cómo puedo cambiar mi plan de suscripción de GoToMeeting actual?" (texto de la época LogMeIn)
@article_003 @gotomeeting @self_service
Característica: Cambiar el plan de suscripción de GoToMeeting actual
  El contacto de facturación de su cuenta puede cambiar el plan de suscripción de GoToMeeting en cualquier
  momento. Puede reducir el número de puestos en línea, pero para pasar a un plan inferior debe contactar con asistencia.

  Antecedentes:
    Dada una cuenta de autoservicio con "GoToMeeting" "Business", 6 licencias de usuario y facturación "Mensual"

  @smoke @purchase @verifies:003.intro-1 @verifies:003.1 @verifies:003.2 @verifies:003.3 @verifies:003.4 @verifies:003.5 @verifies:003.6 @verifies:003.7 @verifies:003.after-1
  Escenario: Desde la antigua dirección billing.logmeininc.com a un plan superior con más puestos
    Dado que he iniciado sesión en el "Centro de facturación" en https://billing.logmeininc.com
    Cuando en el producto "GoToMeeting", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y elijo el plan "Enterprise"
    Y actualizo el número de licencias de usuario a 9
    Y elijo la frecuencia de facturación "Anual"
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y se me pide que realice un pago
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y recibo un correo electrónico de confirmación con los detalles de mi compra

  @verifies:003.intro-2
  Escenario: El paso a un plan inferior no se hace en línea: Contactar con asistencia
    Dado que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoToMeeting", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y elijo el plan "Professional"
    Entonces el cambio de plan se rechaza en línea con el enlace "Contactar con asistencia"
