# language: es
# Artículo 007: "Cambiar el método de pago" (OpenVoice)
@article_007 @openvoice @self_service
Característica: Cambiar el método de pago
  El contacto de facturación de su cuenta puede actualizar los datos de facturación en cualquier momento,
  incluso a mitad de un ciclo de facturación: la próxima renovación se cobra en la tarjeta nueva.

  @purchase @verifies:007.intro-1 @verifies:007.intro-2 @verifies:007.intro-3 @verifies:007.intro-4
  Escenario: Una tarjeta nueva sustituye a la registrada y paga la próxima renovación
    Dado que mi cuenta de autoservicio, con dirección de facturación en "Alemania", tiene "OpenVoice" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando hago clic en "Método de pago" en la parte superior de la página
    Y hago clic en el enlace "editar" de mi método de pago actual
    E introduzco mi número de IVA y hago clic en "Aplicar"
    Y relleno todos los campos obligatorios con una tarjeta nueva y hago clic en "Actualizar método de pago"
    Entonces la tarjeta nueva es el método de pago registrado
    Cuando pasa la próxima fecha de facturación
    Entonces en "Historial de facturación" la renovación tiene su factura imprimible, cargada en la tarjeta nueva

  @purchase @failure_path @verifies:007.intro-4
  Escenario: Una tarjeta rechazada deja la registrada
    Dada una cuenta de autoservicio con "OpenVoice" "Standard", 5 licencias de usuario y facturación "Mensual"
    Y que he iniciado sesión en el "Centro de facturación" en https://billing.goto.com
    Cuando hago clic en "Método de pago" en la parte superior de la página
    Y hago clic en el enlace "editar" de mi método de pago actual
    Y relleno todos los campos obligatorios con una tarjeta que se rechaza y hago clic en "Actualizar método de pago"
    Entonces el método de pago registrado sigue siendo el de antes
