# language: es
# Artículo 006: "¿Cómo puedo cancelar mi plan de suscripción de un producto de GoTo?" (del centro de ayuda de GoToAssist)
@article_006 @gotoassist_rs_v5 @self_service
Característica: Cancelar el plan de suscripción de un producto de GoTo
  El plan de suscripción de un producto de GoTo se renueva automáticamente al finalizar el período de
  facturación mensual o anual. El contacto de facturación de la cuenta puede cancelar el siguiente pago en
  cualquier momento y, si cambia de opinión, reactivar la suscripción antes de que venza el plan.

  @smoke @verifies:006.intro-1 @verifies:006.1 @verifies:006.2 @verifies:006.3 @verifies:006.result-1 @verifies:006.after-1
  Escenario: Desactivar la renovación automática de un plan anual
    Dada una cuenta de autoservicio con "GoToAssist Remote Support v5" "Standard", 3 licencias de usuario y facturación "Anual", 1.350,00 € pagados por el período desde el 1 de febrero de 2026, y hoy es 16 de noviembre de 2026
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en la página Suscripciones, hago clic en el icono "Opciones" de la esquina superior derecha de "GoToAssist Remote Support v5" y, a continuación, en "Cancelar suscripción"
    Entonces la ventana de confirmación se abre como ventana modal e indica que el plan vence al final del período de facturación
    Cuando reviso la información de la ventana de confirmación y hago clic en "Sí, cancelar"
    Entonces aparece un mensaje de confirmación que indica cuándo vencerá mi plan de suscripción
    Y se envía a la dirección de correo electrónico de mi cuenta un correo de confirmación con la fecha de vencimiento
    Cuando hago clic en "Cerrar" en la ventana de confirmación
    Entonces en la página Suscripciones aparece el mensaje "Cancelación pendiente" debajo de "GoToAssist Remote Support v5"
    Y el menú "Opciones" de "GoToAssist Remote Support v5" ofrece "Reactivar" y ya no "Editar suscripción" ni "Cancelar suscripción"

  @verifies:006.intro-2 @verifies:006.after-2
  Escenario: Reactivar el plan de suscripción antes de que venza
    Dada una cuenta de autoservicio con "GoToAssist Remote Support v5" "Standard", 3 licencias de usuario y facturación "Anual", 1.350,00 € pagados por el período desde el 1 de febrero de 2026, y hoy es 16 de noviembre de 2026
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en la página Suscripciones, hago clic en el icono "Opciones" de la esquina superior derecha de "GoToAssist Remote Support v5" y, a continuación, en "Cancelar suscripción"
    Y reviso la información de la ventana de confirmación y hago clic en "Sí, cancelar"
    Y hago clic en "Cerrar" en la ventana de confirmación
    Y hago clic en el icono "Opciones" de "GoToAssist Remote Support v5" y, a continuación, en "Reactivar"
    Entonces mi suscripción se ha reactivado: vuelve a renovarse al final del período de facturación

  @failure_path @verifies:006.2 @verifies:006.3
  Escenario: Esc cierra la ventana de confirmación y no cancela nada
    Dada una cuenta de autoservicio con "GoToAssist Remote Support v5" "Standard", 3 licencias de usuario y facturación "Anual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en la página Suscripciones, hago clic en el icono "Opciones" de la esquina superior derecha de "GoToAssist Remote Support v5" y, a continuación, en "Cancelar suscripción"
    Entonces la ventana de confirmación se abre como ventana modal e indica que el plan vence al final del período de facturación
    Cuando pulso la tecla Esc
    Entonces la suscripción a "GoToAssist Remote Support v5" sigue activa: ni "Cancelación pendiente" ni correo electrónico, y se sigue renovando en su próxima fecha de facturación

  @failure_path @verifies:006.intro-1 @verifies:006.after-2
  Escenario: Un plan anual vencido no se renueva y Reactivar se rechaza
    Dada una cuenta de autoservicio con "GoToAssist Remote Support v5" "Standard", 3 licencias de usuario y facturación "Anual", 1.350,00 € pagados por el período desde el 1 de febrero de 2026, y hoy es 16 de noviembre de 2026
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando en la página Suscripciones, hago clic en el icono "Opciones" de la esquina superior derecha de "GoToAssist Remote Support v5" y, a continuación, en "Cancelar suscripción"
    Y reviso la información de la ventana de confirmación y hago clic en "Sí, cancelar"
    Y hago clic en "Cerrar" en la ventana de confirmación
    Y llega el día en que vence el plan
    Y hago clic en el icono "Opciones" de "GoToAssist Remote Support v5" y, a continuación, en "Reactivar"
    Entonces la reactivación se rechaza con el mensaje "Esta suscripción ha finalizado y ya no se puede reactivar. Vuelva a añadirla con Añadir una suscripción nueva."
    Y la suscripción a "GoToAssist Remote Support v5" ha finalizado sin renovarse y sin el icono "Opciones", y 400 días después no se ha renovado ni cobrado nada

  @verifies:006.intro-2
  Escenario: Una prueba gratuita sin datos de facturación vence sola
    Dada una cuenta con una prueba gratuita de "GoToAssist Remote Support v5" "Standard" iniciada hace 10 días
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces el menú "Opciones" de "GoToAssist Remote Support v5" no ofrece "Cancelar suscripción": la prueba vence sola al final del período de prueba

  @corporate @verifies:006.note-1
  Escenario: Una cuenta corporativa gestiona la facturación en el Portal de facturación para empresas
    Dada una cuenta corporativa (Corporate)
    Cuando inicio sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces se me redirige al "Portal de facturación para empresas", con sus preguntas frecuentes y el formulario para contactar con mi representante
