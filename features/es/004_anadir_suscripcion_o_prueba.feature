# language: es
# Artículo 004 (versión en español): "¿Cómo puedo añadir un plan de suscripción o una versión gratuita de prueba de un producto diferente?"
@article_004 @openvoice @self_service
Característica: Añadir una suscripción o una prueba gratuita de otro producto
  Los contactos de facturación pueden añadir en cualquier momento a su cuenta un plan de suscripción o una
  prueba gratuita de otro producto de GoTo. Tienen acceso inmediato al nuevo producto.

  Antecedentes:
    Dada una cuenta de autoservicio con "GoToMeeting" "Business", 3 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com

  @smoke @purchase @verifies:004.intro-1 @verifies:004.1 @verifies:004.2 @verifies:004.3 @verifies:004.4 @verifies:004.5 @verifies:004.6 @verifies:004.7 @verifies:004.8 @verifies:004.9 @verifies:004.10 @verifies:004.result-1 @verifies:004.result-2
  Esquema del escenario: Comprar una suscripción: <producto> "<nivel>", <licencias> licencias, facturación "<frecuencia>"
    Cuando selecciono "Añadir una suscripción nueva" en el Centro de facturación
    Y elijo el producto "<producto>"
    Y elijo "Comprar" para comprar una suscripción
    Y elijo el nivel de suscripción "<nivel>"
    Y elijo <licencias> licencias de usuario nuevas y, a continuación, "Siguiente"
    Y elijo "<frecuencia>" como frecuencia del plan de facturación
    Y continúo con "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Y se me pide que realice un pago
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y recibo un correo electrónico de confirmación con los detalles de mi compra
    Y asigno las nuevas licencias a mis usuarios

    Ejemplos:
      | producto     | nivel      | licencias | frecuencia |
      | OpenVoice    | Business   | 4         | Mensual    |
      | GoTo Webinar | Standard   | 2         | Anual      |
      | GoTo Connect | Connect CX | 3         | Mensual    |
      | GoTo Resolve | Premium    | 5         | Anual      |

  @smoke @verifies:004.4 @verifies:004.8 @verifies:004.note-2
  Escenario: Solicitar una prueba gratuita
    Cuando selecciono "Añadir una suscripción nueva" en el Centro de facturación
    Y elijo el producto "OpenVoice"
    Y elijo "Probar" para solicitar primero una prueba gratuita
    Y elijo el nivel de suscripción "Standard"
    Y elijo 2 licencias de usuario nuevas y, a continuación, "Siguiente"
    E inicio la prueba con "Iniciar prueba"
    Entonces veo la pantalla de confirmación y recibo un correo electrónico de bienvenida
    Y no queda nada pendiente: el carrito del encabezado y la página del carrito están vacíos, no se cobró ningún pedido y el saldo de la cuenta es el de antes
