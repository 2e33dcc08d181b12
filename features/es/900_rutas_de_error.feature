# language: es
# No procede de un artículo: las rutas de error de un cambio de plan (datos rechazados, una tarjeta rechazada,
# un error del servidor, un doble envío, una sesión caducada), tal como un ingeniero de QA las espera de un centro de facturación.
@failure_path @goto_webinar @self_service
Característica: Rutas de error al cambiar el plan de suscripción
  Un centro de facturación rechaza los datos erróneos con un mensaje claro y no cambia nada, nunca cobra
  dos veces y no pierde el carrito.

  @verifies:002.note-3
  Escenario: Un número de IVA mal formado se rechaza
    Dado que mi cuenta de autoservicio, con dirección de facturación en "Alemania", tiene "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    E introduzco mis datos de pago y un número de IVA de "Alemania" con un dígito de control incorrecto
    E intento realizar el pedido con "Realizar pedido"
    Entonces junto a "Número de IVA" leo el error "Este número de IVA no es válido para Alemania."
    Y no se realiza ningún pedido, no se envía ningún correo electrónico y mi suscripción no cambia

  @verifies:002.note-3
  Escenario: Un número de IVA válido de otro país de la UE se rechaza
    Dado que mi cuenta de autoservicio, con dirección de facturación en "Alemania", tiene "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    E introduzco mis datos de pago y un número de IVA válido de "Italia"
    E intento realizar el pedido con "Realizar pedido"
    Entonces junto a "Número de IVA" leo el error "Este número de IVA es de otro país. Introduzca un número de IVA del país de su dirección de facturación (Alemania)."
    Y no se realiza ningún pedido, no se envía ningún correo electrónico y mi suscripción no cambia

  @verifies:002.note-3
  Escenario: Una dirección de facturación fuera de la UE no tiene número de IVA de la UE
    Dado que mi cuenta de autoservicio, con dirección de facturación en "Estados Unidos", tiene "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    E introduzco mis datos de pago y un número de IVA válido de "Alemania"
    E intento realizar el pedido con "Realizar pedido"
    Entonces junto a "Número de IVA" leo el error "Su dirección de facturación está fuera de la UE (Estados Unidos), por lo que no se aplica un número de IVA de la UE. Deje vacío el número de IVA."
    Y no se realiza ningún pedido, no se envía ningún correo electrónico y mi suscripción no cambia

  @purchase @verifies:002.note-3 @verifies:002.6
  Escenario: Una tarjeta rechazada no realiza ningún pedido; después, una tarjeta válida sí
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    E introduzco los datos de una tarjeta que se rechaza
    E intento realizar el pedido con "Realizar pedido"
    Entonces junto a "Número de tarjeta" leo el error "Su tarjeta ha sido rechazada. Use otra tarjeta o póngase en contacto con su banco."
    Y no se realiza ningún pedido, no se envía ningún correo electrónico y mi suscripción no cambia
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y se realiza un solo pedido y se envía un solo correo electrónico de confirmación

  @purchase @verifies:002.note-3 @verifies:002.6
  Escenario: Una tarjeta que caduca este mes todavía paga
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    E introduzco los datos de una tarjeta que caduca este mes
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy

  @verifies:002.note-3
  Escenario: Una tarjeta caducada se rechaza
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    E introduzco los datos de una tarjeta caducada
    E intento realizar el pedido con "Realizar pedido"
    Entonces junto a "Fecha de caducidad (MM/AA)" leo el error "Esta tarjeta ha caducado."
    Y no se realiza ningún pedido, no se envía ningún correo electrónico y mi suscripción no cambia

  @verifies:002.3
  Esquema del escenario: Un número de licencias en cualquiera de los límites se acepta
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a <licencias>
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado

    Ejemplos:
      | licencias |
      | 1         |
      | 500       |

  @verifies:002.3
  Esquema del escenario: Un número de licencias fuera del rango se rechaza
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a <licencias>
    E intento continuar con "Pagar"
    Entonces junto a "Licencias de usuario" leo el error "<mensaje>"
    Y no se realiza ningún pedido, no se envía ningún correo electrónico y mi suscripción no cambia

    Ejemplos:
      | licencias | mensaje                                                                                                    |
      | 0         | Necesita al menos 1 licencia de usuario.                                                                   |
      | 501       | Puede comprar como máximo 500 licencias de usuario en línea. Para más, póngase en contacto con asistencia. |

  @purchase @verifies:002.6 @verifies:002.result-1
  Escenario: Un error del servidor en Realizar pedido: al reintentar se cobra una sola vez
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    E introduzco mis datos de pago y añado mi número de IVA
    Y el servidor falla en el siguiente "Realizar pedido"
    E intento realizar el pedido con "Realizar pedido"
    Entonces veo la página "Algo ha fallado por nuestra parte"
    Y no se realiza ningún pedido, no se envía ningún correo electrónico y mi suscripción no cambia
    Cuando vuelvo a la página "Pago"
    E introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y se realiza un solo pedido y se envía un solo correo electrónico de confirmación

  @purchase @verifies:002.6 @verifies:002.result-1
  Escenario: Un doble envío de Realizar pedido crea un solo pedido
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    E introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido dos veces seguidas con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y se realiza un solo pedido y se envía un solo correo electrónico de confirmación

  @purchase
  Escenario: La sesión caduca durante el pago: tras volver a iniciar sesión, el carrito se mantiene
    Dada una cuenta de autoservicio con "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    Y mi sesión caduca
    Y vuelvo a cargar la página "Pago"
    Entonces se me pide que vuelva a iniciar sesión con el aviso "Su sesión ha caducado. Vuelva a iniciar sesión."
    Cuando vuelvo a iniciar sesión
    Entonces la página "Pago" muestra el período de facturación a partir de hoy, el número de licencias, el coste del plan y el total adeudado
    Cuando introduzco mis datos de pago y añado mi número de IVA
    Y realizo el pedido con "Realizar pedido"
    Entonces mi plan de suscripción ha cambiado y el nuevo período de facturación empieza hoy
    Y se realiza un solo pedido y se envía un solo correo electrónico de confirmación

  @verifies:002.intro-2
  Escenario: Los cambios del carrito que ya no se aplican se rechazan en Realizar pedido
    Dada una cuenta de autoservicio con "GoTo Webinar" "Pro" y "GoToMeeting" "Business", 5 licencias de usuario cada uno y facturación "Mensual", cuyo carrito aún contiene un cambio de "GoTo Webinar" al plan "Lite" y uno de "GoToMeeting" al plan que ya tiene
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando abro el carrito y selecciono "Pagar"
    E intento realizar el pedido con "Realizar pedido"
    Entonces la página "Pago" rechaza el pedido con el error "No se puede cambiar a un plan inferior en línea. Póngase en contacto con asistencia para cambiar a un plan inferior."
    Y no se realiza ningún pedido, no se envía ningún correo electrónico, y mis suscripciones y mi carrito quedan como estaban

  @verifies:002.note-3
  Esquema del escenario: Un número de IVA de <país> con un dígito <diferencia> se rechaza
    Dado que mi cuenta de autoservicio, con dirección de facturación en "<país>", tiene "GoTo Webinar" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en el producto "GoTo Webinar", selecciono el icono "Opciones" en la esquina superior derecha y, a continuación, elijo "Editar suscripción"
    Y actualizo el número de licencias de usuario a 8
    Y reviso el "Resumen del pedido" en la parte inferior de la página y, a continuación, selecciono "Pagar"
    E introduzco mis datos de pago y un número de IVA de "<país>" con un dígito <diferencia>, con el dígito de control correcto
    E intento realizar el pedido con "Realizar pedido"
    Entonces junto a "Número de IVA" leo el error "Este número de IVA no es válido para <país>."
    Y no se realiza ningún pedido, no se envía ningún correo electrónico y mi suscripción no cambia

    # Con la longitud exacta, un número de IVA se acepta: cada escenario de compra añade uno.
    # El arnés calcula el dígito de control solo de los números alemanes e italianos.
    Ejemplos:
      | país     | diferencia |
      | Alemania | de más     |
      | Alemania | de menos   |
      | Italia   | de más     |
      | Italia   | de menos   |
