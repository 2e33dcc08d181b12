# language: es
# Artículo 005 (versión en español): "¿Cómo puedo cancelar mi plan de suscripción de GoToAssist Remote Support v5?"
@article_005 @gotoassist_rs_v5 @self_service
Característica: Cancelar el plan de suscripción de GoToAssist Remote Support v5
  El plan se renueva automáticamente al finalizar su período de facturación mensual o anual. El contacto de
  facturación de la cuenta puede cancelar el siguiente pago en cualquier momento y reactivar la suscripción
  antes de que venza el plan.

  @smoke @verifies:005.intro-1 @verifies:005.intro-3 @verifies:005.intro-4 @verifies:005.intro-5 @verifies:005.intro-6 @verifies:005.intro-7
  Escenario: Cancelar la suscripción: la fecha de vencimiento, el correo y Cancelación pendiente
    Dada una cuenta de autoservicio con "GoToAssist Remote Support v5" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.logmeininc.com
    Cuando en la página Suscripciones, hago clic en el icono "Opciones" de la esquina superior derecha de "GoToAssist Remote Support v5" y, a continuación, en "Cancelar suscripción"
    Entonces la ventana de confirmación se abre como ventana modal e indica que el plan vence al final del período de facturación
    Cuando reviso la información de la ventana de confirmación y hago clic en "Sí, cancelar"
    Entonces aparece un mensaje de confirmación que indica cuándo vencerá mi plan de suscripción
    Y se envía a la dirección de correo electrónico de mi cuenta un correo de confirmación con la fecha de vencimiento
    Cuando hago clic en "Cerrar" en la ventana de confirmación
    Entonces en la página Suscripciones aparece el mensaje "Cancelación pendiente" debajo de "GoToAssist Remote Support v5"
    Y el menú "Opciones" de "GoToAssist Remote Support v5" ofrece "Reactivar" y ya no "Editar suscripción" ni "Cancelar suscripción"
    Y no queda nada pendiente: el carrito del encabezado y la página del carrito están vacíos, no se cobró ningún pedido y el saldo de la cuenta es el de antes

  @verifies:005.intro-2 @verifies:005.intro-7
  Escenario: Cambio de opinión: la suscripción se reactiva antes de vencer
    Dada una cuenta de autoservicio con "GoToAssist Remote Support v5" "Standard", 5 licencias de usuario y facturación "Mensual", 225,00 € pagados por el período desde el 1 de noviembre de 2026, y hoy es 30 de noviembre de 2026
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.logmeininc.com
    Cuando en la página Suscripciones, hago clic en el icono "Opciones" de la esquina superior derecha de "GoToAssist Remote Support v5" y, a continuación, en "Cancelar suscripción"
    Y reviso la información de la ventana de confirmación y hago clic en "Sí, cancelar"
    Y hago clic en "Cerrar" en la ventana de confirmación
    Y hago clic en el icono "Opciones" de "GoToAssist Remote Support v5" y, a continuación, en "Reactivar"
    Entonces mi suscripción se ha reactivado: vuelve a renovarse al final del período de facturación

  @failure_path @verifies:005.intro-4 @verifies:005.intro-6
  Escenario: Esc cierra la ventana de confirmación y no cancela nada
    Dada una cuenta de autoservicio con "GoToAssist Remote Support v5" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.logmeininc.com
    Cuando en la página Suscripciones, hago clic en el icono "Opciones" de la esquina superior derecha de "GoToAssist Remote Support v5" y, a continuación, en "Cancelar suscripción"
    Entonces la ventana de confirmación se abre como ventana modal e indica que el plan vence al final del período de facturación
    Cuando pulso la tecla Esc
    Entonces la suscripción a "GoToAssist Remote Support v5" sigue activa: ni "Cancelación pendiente" ni correo electrónico, y se sigue renovando en su próxima fecha de facturación

  @failure_path @verifies:005.intro-1 @verifies:005.intro-7
  Escenario: Una vez vencido, el plan no se renueva y Reactivar se rechaza
    Dada una cuenta de autoservicio con "GoToAssist Remote Support v5" "Standard", 5 licencias de usuario y facturación "Mensual", 225,00 € pagados por el período desde el 1 de noviembre de 2026, y hoy es 30 de noviembre de 2026
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.logmeininc.com
    Cuando en la página Suscripciones, hago clic en el icono "Opciones" de la esquina superior derecha de "GoToAssist Remote Support v5" y, a continuación, en "Cancelar suscripción"
    Y reviso la información de la ventana de confirmación y hago clic en "Sí, cancelar"
    Y hago clic en "Cerrar" en la ventana de confirmación
    Y llega el día en que vence el plan
    Y hago clic en el icono "Opciones" de "GoToAssist Remote Support v5" y, a continuación, en "Reactivar"
    Entonces la reactivación se rechaza con el mensaje "Esta suscripción ha finalizado y ya no se puede reactivar. Vuelva a añadirla con Añadir una suscripción nueva."
    Y la suscripción a "GoToAssist Remote Support v5" ha finalizado sin renovarse y sin el icono "Opciones", y 40 días después no se ha renovado ni cobrado nada

  @verifies:005.intro-2
  Escenario: Una prueba gratuita no se cancela: vence sola
    Dada una cuenta con una prueba gratuita de "GoToAssist Remote Support v5" "Standard" iniciada hace 4 días
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.logmeininc.com
    Entonces el menú "Opciones" de "GoToAssist Remote Support v5" no ofrece "Cancelar suscripción": la prueba vence sola al final del período de prueba

  @verifies:005.intro-2
  Escenario: Una prueba gratuita dura hasta su último día y ha finalizado al día siguiente
    Dada una cuenta cuya prueba gratuita de "GoToAssist Remote Support v5" "Standard" está en su último día
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.logmeininc.com
    Entonces la tarjeta de "GoToAssist Remote Support v5" todavía muestra la prueba gratuita, que finaliza hoy, con su icono "Opciones"
    Cuando llega el día siguiente y abro de nuevo el "Centro de facturación"
    Entonces en el producto "GoToAssist Remote Support v5" no veo el icono "Opciones", sino "Suscribirse"
    Y no queda nada pendiente: el carrito del encabezado y la página del carrito están vacíos, no se cobró ningún pedido y el saldo de la cuenta es el de antes
