#!/usr/bin/env python3
"""Fills translations/leadentry_es.ts from the table below (source text -> Spanish).

lupdate keeps the .ts file in step with the sources; this table is where the Spanish is written.
Run after `make translations`; it reports any source text the table lacks, and exits non-zero then.
Register: "usted", neutral Latin American Spanish as used in the Dominican Republic.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ES = {
    # ApiKey / secrets
    "No API key is set. Add it in Settings, with `leadentry-cli key set`, or in ALTERESTATE_API_KEY.":
        "No hay una clave de API. Agréguela en Configuración, con `leadentry-cli key set` o en ALTERESTATE_API_KEY.",
    "The API key could not be read from %1: %2": "No se pudo leer la clave de API de %1: %2",
    "the keychain did not answer in time": "el llavero no respondió a tiempo",
    "Windows Credential Manager": "el Administrador de credenciales de Windows",
    "the macOS Keychain": "el Llavero de macOS",
    "the system keychain (Secret Service or KWallet)": "el llavero del sistema (Secret Service o KWallet)",
    # CLI
    'leadentry-cli config: unknown setting "%1"; known: %2.':
        'leadentry-cli config: ajuste desconocido "%1"; los conocidos son: %2.',
    "(overridden by ALTERESTATE_API_URL=%1)": "(reemplazado por ALTERESTATE_API_URL=%1)",
    "Usage: leadentry-cli config list | get KEY | set KEY VALUE":
        "Uso: leadentry-cli config list | get CLAVE | set CLAVE VALOR",
    "AlterEstate API key: ": "Clave de API de AlterEstate: ",
    "leadentry-cli key: too many arguments; the key is read from standard input.":
        "leadentry-cli key: demasiados argumentos; la clave se lee de la entrada estándar.",
    "leadentry-cli key set: no key on standard input; nothing changed.":
        "leadentry-cli key set: no llegó ninguna clave por la entrada estándar; no se cambió nada.",
    "The key could not be stored in %1: %2": "No se pudo guardar la clave en %1: %2",
    "API key stored in %1.": "Clave de API guardada en %1.",
    "The key could not be removed from %1: %2": "No se pudo borrar la clave de %1: %2",
    "API key removed from %1.": "Clave de API borrada de %1.",
    "An API key is stored in %1.": "Hay una clave de API guardada en %1.",
    "No API key is stored in %1.": "No hay ninguna clave de API guardada en %1.",
    "Cannot use %1: %2": "No se puede usar %1: %2",
    "ALTERESTATE_API_KEY is set and is the key in use.": "ALTERESTATE_API_KEY está definida y es la clave en uso.",
    "Usage: leadentry-cli key set | clear | status\n"
    "  set     read the API key from standard input and store it in the system keychain\n"
    "  clear   remove the stored key\n"
    "  status  tell whether a key is stored (never prints it)\n":
        "Uso: leadentry-cli key set | clear | status\n"
        "  set     lee la clave de API de la entrada estándar y la guarda en el llavero del sistema\n"
        "  clear   borra la clave guardada\n"
        "  status  indica si hay una clave guardada (nunca la muestra)\n",
    "Usage: leadentry-cli COMMAND [OPTIONS]\n\nCommands:\n"
    "  submit    store one lead in the outbox and send it (submit --help lists the fields)\n"
    "  sync      one attempt for every lead waiting in the outbox\n"
    "  import    store and send the leads of a CSV file: FILE [--event PROFILE] [--dry-run] [--json]\n"
    "  history   list past submissions: --state, --search, --limit, --json or --csv\n"
    "  event     list | show NAME | set NAME FIELD=VALUE... | delete NAME: event profiles\n"
    "  key       set | clear | status: the API key in the system keychain\n"
    "  config    list | get KEY | set KEY VALUE: the settings shared with the desktop app\n\n"
    "Exit codes: 0 created or duplicate, 2 invalid input, 3 rejected by the server,\n"
    "4 stored in the outbox, not delivered yet, 1 anything else.\n"
    "Environment: ALTERESTATE_API_KEY overrides the stored key, ALTERESTATE_API_URL the base URL.\n":
        "Uso: leadentry-cli COMANDO [OPCIONES]\n\nComandos:\n"
        "  submit    guarda un lead en la bandeja de salida y lo envía (submit --help muestra los campos)\n"
        "  sync      un intento por cada lead que espera en la bandeja de salida\n"
        "  import    guarda y envía los leads de un archivo CSV: ARCHIVO [--event PERFIL] [--dry-run] [--json]\n"
        "  history   lista los envíos anteriores: --state, --search, --limit, --json o --csv\n"
        "  event     list | show NOMBRE | set NOMBRE CAMPO=VALOR... | delete NOMBRE: perfiles de evento\n"
        "  key       set | clear | status: la clave de API en el llavero del sistema\n"
        "  config    list | get CLAVE | set CLAVE VALOR: los ajustes compartidos con la aplicación de escritorio\n\n"
        "Códigos de salida: 0 creado o duplicado, 2 datos no válidos, 3 rechazado por el servidor,\n"
        "4 guardado en la bandeja de salida, aún no entregado, 1 cualquier otro problema.\n"
        "Entorno: ALTERESTATE_API_KEY reemplaza la clave guardada y ALTERESTATE_API_URL la URL base.\n",
    'leadentry-cli: unknown command "%1".': 'leadentry-cli: comando desconocido "%1".',
    "Send one lead to AlterEstate's Leads API.": "Envía un lead a la API de Leads de AlterEstate.",
    "Show this help.": "Muestra esta ayuda.",
    "%1 (required)": "%1 (obligatorio)",
    "TEXT": "TEXTO",
    "Send a phone number the numbering plan does not know (it may be new).":
        "Envía un teléfono que el plan de numeración no reconoce (puede ser nuevo).",
    "Print the result as one JSON object.": "Muestra el resultado como un objeto JSON.",
    '%1: unexpected argument "%2"; every value needs its option, e.g. --full-name "Ana Pérez".':
        '%1: argumento inesperado "%2"; cada valor necesita su opción, p. ej. --full-name "Ana Pérez".',
    "(pass --accept-unverified-phone to send it anyway)": "(use --accept-unverified-phone para enviarlo de todos modos)",
    "The server may have received it: check AlterEstate before sending it again.":
        "Puede que el servidor lo haya recibido: revise AlterEstate antes de enviarlo otra vez.",
    "(an earlier attempt may have created it)": "(puede que un intento anterior lo haya creado)",
    "An earlier attempt may have reached AlterEstate; a resend may come back as a duplicate.":
        "Puede que un intento anterior haya llegado a AlterEstate; al reenviarlo puede volver como duplicado.",
    "Only this state (queued, sending, created, duplicate, rejected, unconfirmed); repeatable.":
        "Solo este estado (queued, sending, created, duplicate, rejected, unconfirmed); se puede repetir.",
    "STATE": "ESTADO",
    "Only leads whose name, phone or email match.": "Solo los leads cuyo nombre, teléfono o correo coincidan.",
    "At most this many, newest first (default 50).": "Como máximo esta cantidad, los más recientes primero (50 por defecto).",
    "Print a JSON array.": "Muestra un arreglo JSON.",
    "Print CSV with a header row.": "Muestra CSV con una fila de encabezado.",
    "unexpected argument": "argumento inesperado",
    "leadentry-cli history: choose --json or --csv, not both.": "leadentry-cli history: elija --json o --csv, no ambos.",
    'leadentry-cli history: unknown state "%1".': 'leadentry-cli history: estado desconocido "%1".',
    "leadentry-cli history: --limit expects a positive number.":
        "leadentry-cli history: --limit espera un número positivo.",
    "No submissions match.": "Ningún envío coincide.",
    "this phone and email": "este teléfono y este correo",
    "this phone": "este teléfono",
    "this email": "este correo",
    "note: %1 was submitted before: #%2 on %3, %4.": "aviso: %1 ya se envió antes: #%2 el %3, %4.",
    "The lead could not be stored in %1: %2": "No se pudo guardar el lead en %1: %2",
    "The lead was stored as #%1 but cannot be read back: %2":
        "El lead se guardó como #%1, pero no se puede volver a leer: %2",
    "Usage: leadentry-cli sync [--json]: one attempt for every queued lead.":
        "Uso: leadentry-cli sync [--json]: un intento por cada lead en espera.",
    # Storage
    "Cannot create the folder %1 for the history.": "No se puede crear la carpeta %1 para el historial.",
    "Cannot read the history file %1: permission denied. Check its permissions; LeadEntry will not replace it.":
        "No se puede leer el archivo de historial %1: permiso denegado. Revise sus permisos; LeadEntry no lo reemplazará.",
    "The history file %1 is read-only. LeadEntry needs to write to it; check its permissions.":
        "El archivo de historial %1 es de solo lectura. LeadEntry necesita escribir en él; revise sus permisos.",
    "Cannot create the history file %1: %2": "No se puede crear el archivo de historial %1: %2",
    "Cannot open the history file %1: %2": "No se puede abrir el archivo de historial %1: %2",
    "The history file %1 is damaged or is not a LeadEntry database (%2). It was left untouched; "
    "move it aside to start a new history.":
        "El archivo de historial %1 está dañado o no es una base de datos de LeadEntry (%2). No se modificó; "
        "muévalo a otro lugar para empezar un historial nuevo.",
    "Cannot use the history file %1: %2": "No se puede usar el archivo de historial %1: %2",
    "The history file %1 was written by a newer version of LeadEntry (schema %2; this version knows %3). "
    "Update LeadEntry; the file was left untouched.":
        "El archivo de historial %1 lo escribió una versión más reciente de LeadEntry (esquema %2; esta versión "
        "conoce el %3). Actualice LeadEntry; el archivo no se modificó.",
    "Cannot upgrade the history file %1: %2": "No se puede actualizar el archivo de historial %1: %2",
    "Cannot upgrade the history file %1: %2. It was left as it was.":
        "No se puede actualizar el archivo de historial %1: %2. Se dejó como estaba.",
    "submission %1 is no longer claimed by this process": "el envío %1 ya no está reservado por este proceso",
    "The sending program stopped before the answer arrived.": "El programa que enviaba se detuvo antes de recibir la respuesta.",
    "%1 (an earlier attempt may have created it)": "%1 (puede que un intento anterior lo haya creado)",
    "%1 (retrying)": "%1 (reintentando)",
    "id %1": "id %1",
    "Time": "Hora",
    "Name": "Nombre",
    "State": "Estado",
    "AlterEstate id or message": "Id de AlterEstate o mensaje",
    "Queued": "En espera",
    "Sending": "Enviando",
    "Created": "Creado",
    "Duplicate": "Duplicado",
    "Rejected": "Rechazado",
    "Unconfirmed": "Sin confirmar",
    "Still waiting in the outbox: %1.": "Aún en la bandeja de salida: %1.",
    "No answer from the server within %1 s.": "El servidor no respondió en %1 s.",
    "Send &now": "Enviar a&hora",
    "Try every waiting lead again now": "Volver a intentar ahora todos los leads en espera",
    "%1 Leads you enter are kept in the outbox until they can be sent.":
        "%1 Los leads que registre se guardan en la bandeja de salida hasta que se puedan enviar.",
    "Waiting to be sent: %1": "En espera de envío: %1",
    "Sending paused: %1": "Envío en pausa: %1",
    "%1 could not be saved: %2": "No se pudo guardar a %1: %2",
    "%1 is saved (#%2) and being sent…": "%1 está guardado (#%2) y se está enviando…",
    "%1: %2": "%1: %2",
    "%1 is saved in the outbox and will be sent when possible: %2":
        "%1 está guardado en la bandeja de salida y se enviará en cuanto sea posible: %2",
    "Add each lead's email to its log line.": "Añadir el correo de cada lead a su línea del registro.",
    "LeadEntry cannot start": "LeadEntry no puede iniciarse",
    # History pane
    "&Copy id": "&Copiar id",
    "&Edit and resubmit": "&Corregir y reenviar",
    "Export history": "Exportar historial",
    "CSV files (*.csv)": "Archivos CSV (*.csv)",
    "All states": "Todos los estados",
    "Search name, phone or email": "Buscar nombre, teléfono o correo",
    "E&xport…": "E&xportar…",
    "Save the rows that match the filter as CSV": "Guardar como CSV las filas que coinciden con el filtro",
    "S&how:": "Mo&strar:",
    "Submission history": "Historial de envíos",
    "Attempts": "Intentos",
    "Request": "Solicitud",
    "Response": "Respuesta",
    "Copied.": "Copiado.",
    "Select a submission to see its details.": "Seleccione un envío para ver sus detalles.",
    "Local #%1": "Local #%1",
    "AlterEstate id %1": "id de AlterEstate %1",
    "uid %1": "uid %1",
    "deal %1": "negocio %1",
    "log %1": "registro %1",
    "resubmits #%1": "reenvía #%1",
    "Entered %1 (%2).": "Registrado el %1 (%2).",
    "Next attempt: %1.": "Próximo intento: %1.",
    "No answer from the server yet.": "Todavía no hay respuesta del servidor.",
    "Cannot write %1: %2": "No se puede escribir %1: %2",
    "Exported %1 rows to %2.": "Se exportaron %1 filas a %2.",
    # Form
    "&More fields": "&Más campos",
    "Property and assignment": "Propiedad y asignación",
    "Not said": "Sin indicar",
    "Rent": "Alquilar",
    "Buy": "Comprar",
    "Unknown country": "País desconocido",
    "%1 · sent as %2": "%1 · se envía como %2",
    "Numbers without + are read as %1": "Los números sin + se leen como de %1",
    # Main window
    "C&lear": "&Limpiar",
    "Empty the form": "Vaciar el formulario",
    "&Lead": "L&ead",
    "&Tools": "&Herramientas",
    "Toolbar": "Barra de herramientas",
    "Submit": "Enviar",
    "Clear form": "Limpiar formulario",
    "Ctrl+Shift+L": "Ctrl+Shift+L",
    "Send now": "Enviar ahora",
    "Try every waiting lead again now (F5)": "Volver a intentar ahora todos los leads en espera (F5)",
    "F5": "F5",
    "Export history…": "Exportar historial…",
    "Ctrl+E": "Ctrl+E",
    "Settings…": "Configuración…",
    "Ctrl+,": "Ctrl+,",
    "Fix in Settings…": "Corregir en Configuración…",
    "No API key yet. Add it in Settings (Ctrl+,); until then the leads you enter wait safely in the outbox.":
        "Todavía no hay clave de API. Agréguela en Configuración (Ctrl+,); mientras tanto, los leads que registre "
        "esperan seguros en la bandeja de salida.",
    "Open Settings…": "Abrir Configuración…",
    "This phone and email were submitted before: #%1 on %2, %3.":
        "Este teléfono y este correo ya se enviaron antes: #%1 el %2, %3.",
    "This phone was submitted before: #%1 on %2, %3.": "Este teléfono ya se envió antes: #%1 el %2, %3.",
    "This email was submitted before: #%1 on %2, %3.": "Este correo ya se envió antes: #%1 el %2, %3.",
    "note: %1": "aviso: %1",
    "Paused: no API key.": "En pausa: no hay clave de API.",
    "Paused: AlterEstate refused the API key.": "En pausa: AlterEstate rechazó la clave de API.",
    "Paused: the address is wrong.": "En pausa: la dirección no es correcta.",
    "Delivering…": "Entregando…",
    "Offline or AlterEstate unreachable: retrying by itself.": "Sin conexión o AlterEstate no responde: se reintenta solo.",
    "Ready: leads go to %1": "Listo: los leads se envían a %1",
    "Editing #%1, which AlterEstate rejected: %2 Fix it and submit; the new submission is linked to it.":
        "Corrigiendo #%1, que AlterEstate rechazó: %2 Corríjalo y envíelo; el nuevo envío queda vinculado a él.",
    "Last: #%1 %2": "Último: #%1 %2",
    "AlterEstate rejected %1: %2 Fix it from the history (Edit and resubmit).":
        "AlterEstate rechazó a %1: %2 Corríjalo desde el historial (Corregir y reenviar).",
    # Settings dialog
    "Settings": "Configuración",
    "AlterEstate": "AlterEstate",
    "API &key:": "&Clave de API:",
    "From AlterEstate: Settings › API": "De AlterEstate: Configuración › API",
    "Sho&w": "Mo&strar",
    "Show or hide the key": "Mostrar u ocultar la clave",
    "Re&move": "&Quitar",
    "Remove the stored key": "Quitar la clave guardada",
    "&Address:": "&Dirección:",
    "&Timeout:": "&Tiempo de espera:",
    " s": " s",
    "Entering leads": "Registro de leads",
    "Phone &country:": "&País del teléfono:",
    "&Send phones:": "&Enviar teléfonos:",
    "&Language:": "&Idioma:",
    "&Clear name, phone, email and notes after each lead": "&Vaciar nombre, teléfono, correo y notas después de cada lead",
    "International (E.164), e.g. +18095550123": "Internacional (E.164), p. ej. +18095550123",
    "As typed": "Tal como se escribió",
    "Same as the system": "El mismo del sistema",
    "Takes effect the next time LeadEntry starts": "Se aplica la próxima vez que se inicie LeadEntry",
    "No keychain is available (%1), so LeadEntry cannot store the key. Set it in the ALTERESTATE_API_KEY environment variable instead.":
        "No hay un llavero disponible (%1), así que LeadEntry no puede guardar la clave. Defínala en la variable de "
        "entorno ALTERESTATE_API_KEY.",
    "The key will be removed from %1 when you save.": "La clave se quitará de %1 al guardar.",
    "Stored only in %1, never in a file.": "Se guarda solo en %1, nunca en un archivo.",
    "ALTERESTATE_API_KEY is set and is the key in use while it is.":
        "ALTERESTATE_API_KEY está definida y es la clave en uso mientras lo esté.",
    "Error: the key could not be removed: %1": "Error: no se pudo quitar la clave: %1",
    "Error: the key could not be stored: %1": "Error: no se pudo guardar la clave: %1",
    # Events and import
    'leadentry-cli event: no event profile named "%1".': 'leadentry-cli event: no hay ningún perfil de evento llamado "%1".',
    'leadentry-cli event set: "%1" is not FIELD=VALUE with a field of: %2.':
        'leadentry-cli event set: "%1" no es CAMPO=VALOR con un campo de: %2.',
    "Usage: leadentry-cli event list | show NAME | set NAME FIELD=VALUE... | delete NAME":
        "Uso: leadentry-cli event list | show NOMBRE | set NOMBRE CAMPO=VALOR... | delete NOMBRE",
    "Apply this event profile to every row (the row's own values win).":
        "Aplicar este perfil de evento a cada fila (los valores de la fila tienen prioridad).",
    "PROFILE": "PERFIL",
    "Check the rows; store and send nothing.": "Revisar las filas sin guardar ni enviar nada.",
    "Print the result as JSON.": "Mostrar el resultado como JSON.",
    "The CSV file.": "El archivo CSV.",
    "name one CSV file": "indique un archivo CSV",
    'leadentry-cli import: no event profile named "%1".': 'leadentry-cli import: no hay ningún perfil de evento llamado "%1".',
    "row %1": "fila %1",
    "Cannot read %1: %2": "No se puede leer %1: %2",
    "note: columns ignored: %1": "aviso: columnas ignoradas: %1",
    "The leads could not be stored in %1: %2": "No se pudieron guardar los leads en %1: %2",
    "%1 rows: %2 valid, %3 invalid.": "%1 filas: %2 válidas, %3 no válidas.",
    "Fill the fields not given from this event profile.": "Completar los campos no indicados con este perfil de evento.",
    'leadentry-cli submit: no event profile named "%1".': 'leadentry-cli submit: no hay ningún perfil de evento llamado "%1".',
    "The CSV reader could not start.": "No se pudo iniciar el lector de CSV.",
    "The file is not valid CSV: %1.": "El archivo no es un CSV válido: %1.",
    "The file is empty: it needs a header row naming the columns.":
        "El archivo está vacío: necesita una fila de encabezado que nombre las columnas.",
    "The file has no column for: %1. Name the columns in the first row.":
        "El archivo no tiene columna para: %1. Nombre las columnas en la primera fila.",
    "Repeats row %1 of this file.": "Repite la fila %1 de este archivo.",
    "row": "fila",
    "problems": "problemas",
    "An event profile needs a name of one line, up to 80 characters.":
        "Un perfil de evento necesita un nombre de una sola línea, de hasta 80 caracteres.",
    # Event profiles in the app
    "Event profiles": "Perfiles de evento",
    "Delete profile": "Eliminar perfil",
    "&New": "&Nuevo",
    "&Copy": "&Copiar",
    "&Delete": "&Eliminar",
    "&Save profile": "&Guardar perfil",
    "N&ame:": "N&ombre:",
    "New event": "Evento nuevo",
    "%1 (copy)": "%1 (copia)",
    'Error: a profile named "%1" exists already.': 'Error: ya existe un perfil llamado "%1".',
    'Delete the event profile "%1"? Leads already sent keep its name.':
        '¿Eliminar el perfil de evento "%1"? Los leads ya enviados conservan su nombre.',
    "Event": "Evento",
    "All events": "Todos los eventos",
    "No event": "Sin evento",
    'From event profile "%1"; you can change it.': 'Del perfil de evento "%1"; puede cambiarlo.',
    "Event profiles…": "Perfiles de evento…",
    "Ctrl+Shift+E": "Ctrl+Shift+E",
    "Event profile: fills the campaign fields of every lead": "Perfil de evento: completa los campos de campaña de cada lead",
    "Event profile": "Perfil de evento",
    " Event: ": " Evento: ",
    # Import dialog
    "&Import": "&Importar",
    "&Cancel import": "&Cancelar importación",
    "&Save invalid rows…": "&Guardar filas con problemas…",
    "Import leads from CSV": "Importar leads desde CSV",
    "Import leads": "Importar leads",
    "CSV files (*.csv *.txt)": "Archivos CSV (*.csv *.txt)",
    "Save invalid rows": "Guardar filas con problemas",
    "Preview of the file": "Vista previa del archivo",
    "Rows with problems are listed here, by row number.": "Aquí se listan las filas con problemas, por número de fila.",
    "C&hoose file…": "E&legir archivo…",
    "&File:": "&Archivo:",
    "&Event profile:": "&Perfil de evento:",
    '%1, separated by "%2": %3 rows, %4 ready to import, %5 with problems.':
        '%1, separado por "%2": %3 filas, %4 listas para importar, %5 con problemas.',
    "tab": "tabulador",
    "Row %1: %2: %3": "Fila %1: %2: %3",
    "(ignore)": "(ignorar)",
    "Field for column %1": "Campo para la columna %1",
    "Field": "Campo",
    "Error: the leads could not be stored: %1. %2 were stored before this.":
        "Error: no se pudieron guardar los leads: %1. Antes de esto se guardaron %2.",
    "Stored %1 of %2. Created %3, duplicate %4, rejected %5, waiting %6; invalid rows %7.":
        "Guardados %1 de %2. Creados %3, duplicados %4, rechazados %5, en espera %6; filas no válidas %7.",
    "Cancelled: the %1 leads stored stay in the outbox and will be sent; the other %2 were not imported.":
        "Cancelado: los %1 leads guardados quedan en la bandeja de salida y se enviarán; los otros %2 no se importaron.",
    "-to-fix": "-por-corregir",
    "The rows with problems were saved to %1: fix them there and import that file.":
        "Las filas con problemas se guardaron en %1: corríjalas allí e importe ese archivo.",
    "Import CSV…": "Importar CSV…",
    "Ctrl+I": "Ctrl+I",
    # Kiosk
    "Welcome": "Bienvenido",
    "Your name": "Su nombre",
    "Your phone": "Su teléfono",
    "Your email": "Su correo",
    "You are looking to": "Usted busca",
    "Message": "Mensaje",
    "Consent": "Consentimiento",
    "Just looking": "Solo estoy mirando",
    "&Send": "&Enviar",
    "Staff": "Personal",
    "&Name *": "&Nombre *",
    "&Phone *": "&Teléfono *",
    "&Email *": "&Correo *",
    "I'm looking &to": "&Busco",
    "&Message": "&Mensaje",
    "Staff PIN": "PIN del personal",
    "&Leave kiosk": "&Salir del quiosco",
    "&Back": "&Volver",
    "Staff &PIN:": "&PIN del personal:",
    "Welcome! Leave us your details and an agent will contact you.":
        "¡Bienvenido! Déjenos sus datos y un agente se comunicará con usted.",
    "Welcome to %1! Leave us your details and an agent will contact you.":
        "¡Bienvenido a %1! Déjenos sus datos y un agente se comunicará con usted.",
    "Please check your phone number. If it is right, press Send again.":
        "Revise su número de teléfono. Si es correcto, pulse Enviar otra vez.",
    "Please tick the consent line to send your details.": "Marque la casilla de consentimiento para enviar sus datos.",
    "Sorry, something went wrong. Please tell a member of staff.": "Lo sentimos, algo salió mal. Avise a alguien del personal.",
    "Thank you, %1! An agent will contact you soon.": "¡Gracias, %1! Un agente se comunicará con usted pronto.",
    "Wrong PIN.": "PIN incorrecto.",
    "Kiosk mode…": "Modo quiosco…",
    "A full-screen sign-in screen for visitors; leaving it takes the staff PIN":
        "Una pantalla completa de registro para visitantes; para salir hace falta el PIN del personal",
    "Ctrl+K": "Ctrl+K",
    "Kiosk PIN": "PIN del quiosco",
    "Choose a staff PIN of at least 4 digits. It is needed to leave the kiosk.":
        "Elija un PIN del personal de al menos 4 dígitos. Hace falta para salir del quiosco.",
    "Type the PIN again.": "Escriba el PIN otra vez.",
    "The two PINs differ; the kiosk was not started.": "Los dos PIN no coinciden; el quiosco no se inició.",
    "The kiosk PIN needs at least 4 characters.": "El PIN del quiosco necesita al menos 4 caracteres.",
    "I agree to be contacted about properties by phone, WhatsApp or email.":
        "Acepto que me contacten sobre propiedades por teléfono, WhatsApp o correo.",
    "At most 500 characters.": "Como máximo 500 caracteres.",
    "Expected a number of seconds from 10 to 3600.": "Se espera un número de segundos de 10 a 3600.",
    "Request as sent": "Solicitud tal como se envió",
    "Answer from the server": "Respuesta del servidor",
    "File": "Archivo",
    "Rows with problems": "Filas con problemas",
    "Banner action": "Acción del aviso",
    # Descriptions and tooltips
    'The name shown in the toolbar and recorded with each lead': 'El nombre que se muestra en la barra y se registra con cada lead',
    'The event profiles; choose one to edit it': 'Los perfiles de evento; elija uno para editarlo',
    'Start a new event profile': 'Crear un perfil de evento nuevo',
    "Start a new profile from this one's values": 'Crear un perfil nuevo con los valores de este',
    'Delete this event profile': 'Eliminar este perfil de evento',
    'Save this event profile': 'Guardar este perfil de evento',
    'Close this window': 'Cerrar esta ventana',
    'Show only submissions in this state': 'Mostrar solo los envíos en este estado',
    'Show only submissions of this event': 'Mostrar solo los envíos de este evento',
    "Every submission, newest first, with its state and AlterEstate's answer": 'Todos los envíos, los más recientes primero, con su estado y la respuesta de AlterEstate',
    "Copy AlterEstate's id (or the local number) to the clipboard": 'Copiar el id de AlterEstate (o el número local) al portapapeles',
    'Open this rejected lead in the form to fix it and send it again': 'Abrir este lead rechazado en el formulario para corregirlo y enviarlo otra vez',
    'The request as it was sent, with the API key hidden': 'La solicitud tal como se envió, con la clave de API oculta',
    "The server's answer, shown as text": 'La respuesta del servidor, mostrada como texto',
    'When the lead was entered and every attempt to send it': 'Cuándo se registró el lead y cada intento de enviarlo',
    'The CSV file being imported': 'El archivo CSV que se importa',
    'The event profile whose values fill what the rows leave empty': 'El perfil de evento cuyos valores completan lo que las filas dejan vacío',
    'The first rows of the file; choose in the first row which field each column holds': 'Las primeras filas del archivo; elija en la primera fila qué campo contiene cada columna',
    'The rows that will not be imported, with the reason': 'Las filas que no se importarán, con el motivo',
    'Store the good rows and send them': 'Guardar las filas correctas y enviarlas',
    'Stop storing rows; those already stored stay and are sent': 'Dejar de guardar filas; las ya guardadas se quedan y se envían',
    'Save the rows with problems to a CSV file to fix them': 'Guardar las filas con problemas en un archivo CSV para corregirlas',
    'Choose the CSV file to import': 'Elegir el archivo CSV que se importará',
    'The lead field this column holds, or (ignore)': 'El campo del lead que contiene esta columna, o (ignorar)',
    'Your first and last name': 'Su nombre y apellido',
    'A phone number where an agent can reach you': 'Un teléfono donde un agente pueda llamarle',
    'An email address where an agent can write to you': 'Un correo donde un agente pueda escribirle',
    'Whether you want to rent or to buy': 'Si quiere alquilar o comprar',
    'Anything you would like the agent to know': 'Lo que quiera que sepa el agente',
    'Needed to send your details': 'Necesario para enviar sus datos',
    'The staff PIN that closes the kiosk': 'El PIN del personal que cierra el quiosco',
    'For staff: leave the kiosk with the PIN': 'Para el personal: salir del quiosco con el PIN',
    'Send your details to the agents': 'Enviar sus datos a los agentes',
    'Back to the sign-in form': 'Volver al formulario de registro',
    'Close the kiosk if the PIN is right': 'Cerrar el quiosco si el PIN es correcto',
    "The lead's full name.": 'El nombre completo del lead.',
    "The lead's phone number; numbers without + are read in the default country.": 'El teléfono del lead; los números sin + se leen en el país predeterminado.',
    "The lead's email address.": 'El correo electrónico del lead.',
    'The unique identifier of the property the lead asks about.': 'El identificador único de la propiedad por la que pregunta el lead.',
    'Where the lead came from, such as Facebook or Google.': 'De dónde vino el lead, como Facebook o Google.',
    'The name of the UTM campaign.': 'El nombre de la campaña UTM.',
    'The ad creative or content the lead saw.': 'El anuncio o contenido que vio el lead.',
    'The medium, such as cpc or email.': 'El medio, como cpc o email.',
    'The search keyword.': 'La palabra clave de búsqueda.',
    'The name of the ad set.': 'El nombre del conjunto de anuncios.',
    'The name of the campaign.': 'El nombre de la campaña.',
    'The form that collected the lead.': 'El formulario que recogió el lead.',
    'The platform the lead came from, such as Facebook or Instagram.': 'La plataforma de la que vino el lead, como Facebook o Instagram.',
    'The identifier of the round-robin rule that assigns the lead; it wins over the assigned agent.': 'El identificador de la regla de asignación rotativa que asigna el lead; tiene prioridad sobre el agente asignado.',
    'Whether the lead wants to rent or to buy.': 'Si el lead quiere alquilar o comprar.',
    'The email of the agent to assign the lead to.': 'El correo del agente al que se asigna el lead.',
    "Extra notes or the lead's message.": 'Notas adicionales o el mensaje del lead.',
    'The channel the lead arrived through, such as WhatsApp or a web form.': 'El canal por el que llegó el lead, como WhatsApp o un formulario web.',
    'Show or hide the property, assignment and campaign fields': 'Mostrar u ocultar los campos de propiedad, asignación y campaña',
    'Do what the message above suggests': 'Hacer lo que sugiere el mensaje de arriba',
    'Open the settings to fix the key or the address': 'Abrir la configuración para corregir la clave o la dirección',
    'Where leads are sent; https, or http only to this computer': 'Adónde se envían los leads; https, o http solo hacia este equipo',
    "How long to wait for AlterEstate's answer before trying again later": 'Cuánto esperar la respuesta de AlterEstate antes de reintentar más tarde',
    'The country of phone numbers typed without +': 'El país de los teléfonos escritos sin +',
    'How phone numbers are sent to AlterEstate': 'Cómo se envían los teléfonos a AlterEstate',
    'Empty the personal fields after each lead is saved': 'Vaciar los campos personales después de guardar cada lead',
    'Save the settings and close': 'Guardar la configuración y cerrar',
    'Close without saving': 'Cerrar sin guardar',
    # Endpoint
    '"%1" is not a valid address; it should look like https://secure.alterestate.com.':
        '"%1" no es una dirección válida; debe tener la forma https://secure.alterestate.com.',
    "Refusing to send leads over plain http:// to %1: the API key and the lead would travel unencrypted. "
    "Use an https:// address.":
        "No se envían leads por http:// sin cifrar a %1: la clave de API y el lead viajarían sin protección. "
        "Use una dirección https://.",
    'Unsupported scheme "%1": use an https:// address.': 'Esquema "%1" no admitido: use una dirección https://.',
    # Fields
    "Full name": "Nombre completo",
    "Phone": "Teléfono",
    "Email": "Correo electrónico",
    "Property UID": "UID de la propiedad",
    "UTM source": "Fuente UTM",
    "UTM campaign": "Campaña UTM",
    "UTM content": "Contenido UTM",
    "UTM medium": "Medio UTM",
    "UTM term": "Término UTM",
    "Ad set": "Conjunto de anuncios",
    "Campaign": "Campaña",
    "Form": "Formulario",
    "Platform": "Plataforma",
    "Round-robin rule": "Regla de asignación rotativa",
    "Listing type": "Tipo de operación",
    "Assigned agent (email)": "Agente asignado (correo)",
    "Notes": "Notas",
    "Channel (via)": "Canal (vía)",
    # Form
    "e.g. 809 555 0123": "p. ej. 809 555 0123",
    "%1 *": "%1 *",
    "Error: %1": "Error: %1",
    "Check: %1": "Revise: %1",
    # Validator
    "Required.": "Obligatorio.",
    "Contains control or invalid characters; retype it.": "Contiene caracteres de control o no válidos; escríbalo de nuevo.",
    "Too long: %1 characters, at most %2.": "Demasiado largo: %1 caracteres, máximo %2.",
    "Not a valid email address (expected name@example.com).":
        "No es un correo electrónico válido (se espera nombre@ejemplo.com).",
    "Not a phone number: use digits, spaces, '+', '-' or parentheses.":
        "No es un número de teléfono: use dígitos, espacios, '+', '-' o paréntesis.",
    "Not a possible phone number: check the number of digits and the country code.":
        "No es un teléfono posible: revise la cantidad de dígitos y el código de país.",
    "%1 is not a known number in its country's numbering plan; send it only if you are sure.":
        "%1 no figura en el plan de numeración de su país; envíelo solo si está seguro.",
    "Must be a single line.": "Debe ser una sola línea.",
    # Client
    "The server redirected the request to %1. LeadEntry follows no redirect to another host or to plain http; "
    "check the base URL in Settings.":
        "El servidor redirigió la solicitud a %1. LeadEntry no sigue redirecciones a otro servidor ni a http sin "
        "cifrar; revise la URL base en Configuración.",
    "Could not connect to %1 (connection refused).": "No se pudo conectar con %1 (conexión rechazada).",
    "Could not find %1: no network, or a DNS problem.": "No se encontró %1: no hay red o hay un problema de DNS.",
    "The secure (TLS) connection to %1 failed: %2.": "Falló la conexión segura (TLS) con %1: %2.",
    "The server closed the connection before answering.": "El servidor cerró la conexión antes de responder.",
    "Network error: %1.": "Error de red: %1.",
    # Main window
    "LeadEntry": "LeadEntry",
    "&Clear": "&Limpiar",
    "&Submit lead": "&Enviar lead",
    "Send the lead to AlterEstate (Ctrl+Return)": "Enviar el lead a AlterEstate (Ctrl+Intro)",
    "&File": "&Archivo",
    "&Help": "A&yuda",
    "&Quit": "&Salir",
    "Ctrl+Q": "Ctrl+Q",
    "&About LeadEntry": "&Acerca de LeadEntry",
    "Send this lead?": "¿Enviar este lead?",
    "Leads go to %1": "Los leads se envían a %1",
    "Fix the marked fields, then submit again.": "Corrija los campos marcados y vuelva a enviar.",
    "Send the lead anyway?": "¿Enviar el lead de todos modos?",
    "Sending %1…": "Enviando %1…",
    "%1 was created in AlterEstate: id %2, deal %3.": "%1 se creó en AlterEstate: id %2, negocio %3.",
    "%1 is already in AlterEstate (duplicate): %2": "%1 ya existe en AlterEstate (duplicado): %2",
    "AlterEstate rejected %1: %2": "AlterEstate rechazó a %1: %2",
    "%1 was not delivered: %2": "%1 no se entregó: %2",
    "About LeadEntry": "Acerca de LeadEntry",
    "<p><b>LeadEntry %1</b></p><p>Enter real-estate leads and deliver them to AlterEstate.</p>":
        "<p><b>LeadEntry %1</b></p><p>Registre leads inmobiliarios y entréguelos a AlterEstate.</p>",
    # Response parser
    "The server refused the lead without saying why.": "El servidor rechazó el lead sin indicar el motivo.",
    "The server accepted the request (HTTP %1) but its answer could not be read; "
    "check AlterEstate before sending this lead again.":
        "El servidor aceptó la solicitud (HTTP %1), pero su respuesta no se pudo leer; "
        "revise AlterEstate antes de enviar este lead otra vez.",
    "The API key was refused (%1).": "La clave de API fue rechazada (%1).",
    "The Leads API is not at this address (%1). Check the base URL in Settings.":
        "La API de Leads no está en esta dirección (%1). Revise la URL base en Configuración.",
    "The server redirected the request (HTTP %1) to %2. Check the base URL in Settings.":
        "El servidor redirigió la solicitud (HTTP %1) a %2. Revise la URL base en Configuración.",
    "an unknown address": "una dirección desconocida",
    "AlterEstate is limiting requests (%1).": "AlterEstate está limitando las solicitudes (%1).",
    "The server gave no valid HTTP answer.": "El servidor no dio una respuesta HTTP válida.",
    "The server had a problem (%1).": "El servidor tuvo un problema (%1).",
    "The server refused the lead (HTTP %1).": "El servidor rechazó el lead (HTTP %1).",
    "The server gave an unexpected answer (HTTP %1).": "El servidor dio una respuesta inesperada (HTTP %1).",
    # Sandbox
    "leadentry-sandbox: --%1 expects a number from %2 to %3": "leadentry-sandbox: --%1 espera un número de %2 a %3",
    "A local stand-in for AlterEstate's Leads API: POST /api/v1/leads/ on 127.0.0.1.":
        "Un sustituto local de la API de Leads de AlterEstate: POST /api/v1/leads/ en 127.0.0.1.",
    "leadentry-sandbox: cannot listen on 127.0.0.1:%1 (in use?)":
        "leadentry-sandbox: no se puede escuchar en 127.0.0.1:%1 (¿está en uso?)",
    "Port to listen on (0 picks a free one).": "Puerto en el que escuchar (0 elige uno libre).",
    "The only API key accepted (default: any non-empty key).":
        "La única clave de API aceptada (por defecto: cualquier clave no vacía).",
    "Create a new lead even when the phone or email was seen before.":
        "Crear un lead nuevo aunque el teléfono o el correo ya se hayan visto.",
    "Wait this long before each answer.": "Esperar este tiempo antes de cada respuesta.",
    "Answer every Nth request with --fail-status.": "Responder cada N-ésima solicitud con --fail-status.",
    "HTTP status of injected failures.": "Código HTTP de los fallos simulados.",
    "Answer injected failures and unknown paths with an HTML page.":
        "Responder los fallos simulados y las rutas desconocidas con una página HTML.",
    "Process every Nth request, then cut the connection unanswered.":
        "Procesar cada N-ésima solicitud y cortar la conexión sin responder.",
    # Settings
    "Expected a whole number of seconds from 1 to 600.": "Se espera un número entero de segundos, de 1 a 600.",
    "Expected a two-letter country code such as DO, US or ES.":
        "Se espera un código de país de dos letras, como DO, US o ES.",
    "Expected e164 or as_typed.": "Se espera e164 o as_typed.",
    "Expected system, en or es.": "Se espera system, en o es.",
    "Expected true or false.": "Se espera true o false.",
    "Expected a number of days (0 keeps everything).": "Se espera un número de días (0 lo conserva todo).",
}

# Plural forms: source -> (one, other)
ES_PLURAL: dict = {}


def main() -> int:
    path = Path(__file__).with_name("leadentry_es.ts")
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            forms = ES_PLURAL.get(source)
            if forms is None:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            if source not in ES:
                missing.append(source)
                translation.set("type", "unfinished")
                continue
            translation.text = ES[source]
        translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
