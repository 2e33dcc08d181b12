# language: es
# Artículo 008 (versión en español): "¿Cómo inicio sesión en mi portal de facturación?" (GoTo Meeting)
@article_008 @gotomeeting
Característica: Iniciar sesión en el portal de facturación
  La mayoría de los contactos de facturación inician sesión en el Centro de facturación; los contactos
  de facturación de las cuentas más grandes (corporativas) inician sesión en el Portal de facturación
  para empresas. Cada uno tiene su ayuda cuando el inicio de sesión falla.

  @smoke @self_service @verifies:008.intro-1 @verifies:008.intro-2 @verifies:008.intro-3 @verifies:008.intro-4
  Escenario: Un contacto de facturación inicia sesión en el Centro de facturación, gestiona los planes e imprime la factura de cada renovación
    Dada una cuenta de autoservicio con "GoToMeeting" "Business", 5 licencias de usuario, facturación "Mensual" y un saldo a favor de 20,00 €
    Cuando inicio sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces estoy en el "Centro de facturación" con mis suscripciones
    Y el "Centro de facturación" me permite administrar mis planes de suscripción y su frecuencia de facturación, ver el historial de facturación y actualizar mis datos de pago
    Cuando pasa la próxima fecha de facturación
    Entonces en "Historial de facturación" la renovación tiene su factura imprimible, cargada en la tarjeta registrada

  @not_billing_contact @verifies:008.intro-5 @verifies:008.intro-6
  Escenario: Quien no es el contacto de facturación sabe a quién dirigirse y puede escribirle
    Dada una cuenta de autoservicio en la que no soy contacto de facturación
    Cuando inicio sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces veo el mensaje que indica el nombre y la dirección de correo electrónico de mi administrador de facturación
    Y "Enviar un correo electrónico al administrador de facturación" escribe a mi administrador de facturación

  @corporate @verifies:008.intro-1 @verifies:008.intro-8
  Escenario: El contacto de facturación de una cuenta corporativa se redirige al Portal de facturación para empresas
    Dada una cuenta corporativa (Corporate)
    Cuando inicio sesión en el "Centro de facturación" en https://billing.goto.com
    Entonces se me redirige al "Portal de facturación para empresas", con sus preguntas frecuentes y el formulario para contactar con mi representante

  @corporate @verifies:008.intro-7 @verifies:008.intro-9
  Escenario: Un contacto de facturación corporativo inicia sesión en el Portal de facturación para empresas con el ID de usuario
    Dada una cuenta corporativa (Corporate)
    Cuando inicio sesión con mi ID de usuario y mi contraseña en el "Portal de facturación para empresas" en https://link.goto.com/corp-billing
    Entonces el "Portal de facturación para empresas" muestra mi cuenta

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Escenario: Un ID de usuario que no es de ningún contacto de facturación se rechaza con "ID de usuario no válido"
    Dada una cuenta corporativa (Corporate)
    Cuando inicio sesión con un ID de usuario que no es de ningún contacto de facturación, en el "Portal de facturación para empresas" en https://link.goto.com/corp-billing
    Entonces el inicio de sesión se rechaza con el mensaje "ID de usuario no válido"

  @corporate @failure_path @verifies:008.intro-10 @verifies:008.intro-11
  Escenario: Una contraseña incorrecta se rechaza con "ID de usuario/contraseña no válidos"
    Dada una cuenta corporativa (Corporate)
    Cuando inicio sesión con mi ID de usuario y una contraseña incorrecta en el "Portal de facturación para empresas" en https://link.goto.com/corp-billing
    Entonces el inicio de sesión se rechaza con el mensaje "ID de usuario/contraseña no válidos"

  @corporate @failure_path @verifies:008.intro-11
  Escenario: ¿Ha olvidado su contraseña? envía por correo electrónico un enlace de restablecimiento que funciona una sola vez
    Dada una cuenta corporativa (Corporate)
    Cuando en el "Portal de facturación para empresas" en https://link.goto.com/corp-billing selecciono "¿Ha olvidado su contraseña?", introduzco mi ID de usuario y selecciono "Enviar"
    Entonces se envía por correo electrónico un enlace para restablecer la contraseña a la dirección de mi cuenta de contacto de facturación
    Cuando abro el enlace y elijo una contraseña nueva
    Entonces puedo iniciar sesión en el "Portal de facturación para empresas" con mi ID de usuario y la contraseña nueva, y ya no con la antigua
    Y el mismo enlace, abierto por segunda vez, se rechaza con el mensaje "Este enlace para restablecer la contraseña ya se ha utilizado. Cada enlace funciona una sola vez: solicite uno nuevo con ¿Ha olvidado su contraseña?"
