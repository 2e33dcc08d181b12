# language: es
# Artículo 004 (versión en español): "¿Cómo puedo añadir un plan de suscripción o una versión gratuita de prueba de un producto diferente?" (la nota del paso 8)
@article_004 @openvoice @self_service
Característica: Añadir una suscripción cuando el carrito ya contiene un artículo
  La nota del paso 8: si ya hay uno o más artículos en el carrito, se muestra "Añadir al carrito"
  en lugar de "Pagar".

  Antecedentes:
    Dada una cuenta de autoservicio con un artículo ya en el carrito con "GoToMeeting" "Business", 3 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com

  @purchase @verifies:004.note-2
  Escenario: Con un artículo ya en el carrito: "Añadir al carrito" y después "Pagar"
    Cuando selecciono "Añadir una suscripción nueva" en el Centro de facturación
    Y elijo el producto "OpenVoice"
    Y elijo "Comprar" para comprar una suscripción
    Y elijo el nivel de suscripción "Business"
    Y elijo 4 licencias de usuario nuevas y, a continuación, "Siguiente"
    Y elijo "Mensual" como frecuencia del plan de facturación
    Y lo añado con "Añadir al carrito" y, en el carrito, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y se me pide que realice un pago
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y recibo un correo electrónico de confirmación con los detalles de mi compra
    Y asigno las nuevas licencias a mis usuarios
