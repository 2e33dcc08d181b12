# language: es
# No procede de un artículo: lo que obtiene quien abre directamente una dirección del Centro de
# facturación (un marcador, un enlace que compartió un compañero, el historial del navegador, la
# dirección escrita) en lugar de seguir las páginas. Quién puede ver y cambiar qué lo decide el
# servidor, se abra la dirección que se abra (el "broken access control" de OWASP), como lo comprueba QA de principio a fin.
@failure_path @access_control
Característica: Direcciones del Centro de facturación abiertas directamente
  Una página solo para contactos de facturación rechaza a cualquier otro con el motivo, a quien no ha
  iniciado sesión se le pide que la inicie primero, y una dirección que nombra lo que la cuenta no
  tiene no se encuentra. Nada cambia.

  @purchase @goto_webinar @self_service
  Escenario: La página de un pedido, abierta por su dirección, es solo para los contactos de facturación de la cuenta
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    E introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Y cierro sesión
    Y abro la dirección de la página del pedido
    Entonces se me pide que inicie sesión
    Cuando inicio sesión allí como un compañero que no es contacto de facturación
    Entonces veo la página "No puede hacer esto" con el mensaje "Solo un contacto de facturación de su cuenta puede cambiar las suscripciones. Pida a su contacto de facturación que realice este cambio."

  # La dirección a la que la página del asistente pide su resumen del pedido mientras se elige.
  @gotomeeting @not_billing_contact @verifies:004.intro-1
  Escenario: El resumen del pedido de una compra, abierto por su dirección, es solo para contactos de facturación
    Dada una cuenta de autoservicio en la que no soy contacto de facturación
    Cuando abro la dirección del "Resumen del pedido" de la compra de "GoToMeeting"
    Entonces se me pide que inicie sesión
    Cuando inicio sesión allí
    Entonces veo la página "No puede hacer esto" con el mensaje "Solo un contacto de facturación de su cuenta puede cambiar las suscripciones. Pida a su contacto de facturación que realice este cambio."

  @gotoassist_rs_v5
  Escenario: La dirección de "Cancelar suscripción" de una prueba gratuita se rechaza, y la prueba sigue
    Dada una cuenta con una prueba gratuita de "GoToAssist Remote Support v5" "Standard" iniciada hace 4 días
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando abro la dirección de "Cancelar suscripción" de "GoToAssist Remote Support v5"
    Entonces veo la página "Error" con el mensaje "Solo se puede cancelar una suscripción de pago que se renueva. Una prueba gratuita finaliza sola."
    Y la prueba gratuita de "GoToAssist Remote Support v5" sigue como estaba
    Y no se realiza ningún pedido, no se envía ningún correo electrónico, y mis suscripciones y mi carrito quedan como estaban

  # "Editar pedido" de una compra del carrito abre el asistente con el número del artículo en su
  # dirección; el asistente edita compras, así que el número de un cambio no es suyo.
  @goto_webinar @self_service
  Esquema del escenario: La dirección del asistente que nombra un cambio del carrito no se encuentra: el <step>
    Dado que mi cuenta de autoservicio tiene "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual", y su carrito contiene un cambio a 8 licencias de usuario
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando abro la dirección del <step> de la compra de "GoTo Webinar", que nombra su cambio en mi carrito
    Entonces veo la página "Página no encontrada" con el mensaje "Este elemento no existe en su cuenta."
    Y no se realiza ningún pedido, no se envía ningún correo electrónico, y mis suscripciones y mi carrito quedan como estaban

    Ejemplos:
      | step             |
      | paso del plan    |
      | paso del resumen |

  # Ninguna dirección lleva a un formulario de "Licencias de usuario" mal formado: solo un formulario
  # editado en el navegador (sus herramientas para desarrolladores, o una herramienta que repite peticiones) lo envía.
  @goto_webinar @self_service
  Escenario: Un formulario de "Licencias de usuario" editado en el navegador se rechaza, y no se guarda nada
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en "Licencias de usuario" marco "GoTo Webinar" para mi compañero, cambio el nombre del campo detrás de la casilla en las herramientas para desarrolladores del navegador y selecciono "Guardar"
    Entonces veo la página "No se ha podido procesar la solicitud"
    Y mi compañero sigue sin licencia de "GoTo Webinar"
