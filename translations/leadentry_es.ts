<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ApiKey</name>
    <message>
        <source>No API key is set. Add it in Settings, with `leadentry-cli key set`, or in ALTERESTATE_API_KEY.</source>
        <translation>No hay una clave de API. Agréguela en Configuración, con `leadentry-cli key set` o en ALTERESTATE_API_KEY.</translation>
    </message>
    <message>
        <source>The API key could not be read from %1: %2</source>
        <translation>No se pudo leer la clave de API desde %1: %2</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The key could not be removed from %1: %2</source>
        <translation>No se pudo quitar la clave guardada en %1: %2</translation>
    </message>
    <message>
        <source>The key could not be stored in %1: %2</source>
        <translation>No se pudo guardar la clave en %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number LeadEntry can look for.</source>
        <translation>«%1» no es un teléfono que LeadEntry pueda buscar.</translation>
    </message>
</context>
<context>
    <name>CatalogClient</name>
    <message>
        <source>The server sent more than %1 pages of properties; LeadEntry stopped there and kept the catalog it had.</source>
        <translation>El servidor envió más de %1 páginas de propiedades; LeadEntry se detuvo ahí y conservó el catálogo que tenía.</translation>
    </message>
    <message>
        <source>The server sent the next page from another address (%1); LeadEntry did not follow it and kept the catalog it had.</source>
        <translation>El servidor envió la página siguiente desde otra dirección (%1); LeadEntry no la siguió y conservó el catálogo que tenía.</translation>
    </message>
    <message>
        <source>The server sent the same page of properties twice; LeadEntry stopped and kept the catalog it had.</source>
        <translation>El servidor envió dos veces la misma página de propiedades; LeadEntry se detuvo y conservó el catálogo que tenía.</translation>
    </message>
    <message>
        <source>The refresh was cancelled; the catalog is as it was.</source>
        <translation>Se canceló la actualización; el catálogo quedó como estaba.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB; LeadEntry stopped reading it.</source>
        <translation>La respuesta del servidor superaba los %1 MB; LeadEntry dejó de leerla.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>%1 no respondió en %2 s.</translation>
    </message>
    <message>
        <source>AlterEstate refused the public API token (%1: %2). Check it in Settings, or ask an administrator for the current one.</source>
        <translation>AlterEstate rechazó el token público de API (%1: %2). Revíselo en Configuración o pida el vigente a un administrador.</translation>
    </message>
    <message>
        <source>Not found at %1 (404). Check the server address in Settings.</source>
        <translation>No se encontró en %1 (404). Revise la dirección del servidor en Configuración.</translation>
    </message>
    <message>
        <source>The server answered %1: %2.</source>
        <translation>El servidor respondió %1: %2.</translation>
    </message>
    <message>
        <source>The server sent more than %1 properties; LeadEntry stopped there and kept the catalog it had.</source>
        <translation>El servidor envió más de %1 propiedades; LeadEntry se detuvo ahí y conservó el catálogo que tenía.</translation>
    </message>
    <message>
        <source>None of the %1 properties the server sent has a uid; LeadEntry kept the catalog it had.</source>
        <translation>Ninguna de las %1 propiedades que envió el servidor tiene uid; LeadEntry conservó el catálogo que tenía.</translation>
    </message>
    <message>
        <source>The server sent LeadEntry elsewhere (%1 to %2); LeadEntry did not follow, so the token went nowhere else. Check the server address in Settings.</source>
        <translation>El servidor redirigió a LeadEntry a otro sitio (%1 a %2); LeadEntry no lo siguió, así que el token no se envió a ningún otro lugar. Revise la dirección del servidor en Configuración.</translation>
    </message>
</context>
<context>
    <name>CatalogParser</name>
    <message>
        <source>The server&apos;s answer was larger than %1 MB; LeadEntry stopped reading it.</source>
        <translation>La respuesta del servidor superaba los %1 MB; LeadEntry dejó de leerla.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>No se pudo leer la respuesta del servidor (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list of properties.</source>
        <translation>La respuesta del servidor no es una lista de propiedades.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list of agents.</source>
        <translation>La respuesta del servidor no es una lista de agentes.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a property.</source>
        <translation>La respuesta del servidor no es una propiedad.</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Matching properties</source>
        <translation>Propiedades que coinciden</translation>
    </message>
    <message>
        <source>Matching agents</source>
        <translation>Agentes que coinciden</translation>
    </message>
    <message>
        <source>Name, sector or uid; ↓ lists them</source>
        <translation>Nombre, sector o uid; ↓ las muestra</translation>
    </message>
    <message>
        <source>Name or email; ↓ lists them</source>
        <translation>Nombre o correo; ↓ los muestra</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <source>To pick from the list, refresh the catalog in Settings.</source>
        <translation>Para elegir de la lista, actualice el catálogo en Configuración.</translation>
    </message>
    <message>
        <source>Check: the catalog is empty, so this uid cannot be checked; it is sent as typed.</source>
        <translation>Revise: el catálogo está vacío, así que este uid no se puede comprobar; se envía tal como está escrito.</translation>
    </message>
    <message>
        <source>Check: not a property in the catalog; it is sent as typed.</source>
        <translation>Revise: no es una propiedad del catálogo; se envía tal como está escrito.</translation>
    </message>
    <message>
        <source>Check: the catalog is empty, so this agent cannot be checked; it is sent as typed.</source>
        <translation>Revise: el catálogo está vacío, así que este agente no se puede comprobar; se envía tal como está escrito.</translation>
    </message>
    <message>
        <source>Check: not an agent in the catalog; it is sent as typed.</source>
        <translation>Revise: no es un agente del catálogo; se envía tal como está escrito.</translation>
    </message>
    <message>
        <source>To pick from the company&apos;s listings, add the public API token in Settings (an administrator finds it in AlterEstate under Dashboard › Settings › Public API Token).</source>
        <translation>Para elegir entre las propiedades de la empresa, agregue el token público de API en Configuración (un administrador lo encuentra en AlterEstate, en Dashboard › Settings › Public API Token).</translation>
    </message>
    <message>
        <source>To pick from the company&apos;s agents, add the public API token in Settings (an administrator finds it in AlterEstate under Dashboard › Settings › Public API Token).</source>
        <translation>Para elegir entre los agentes de la empresa, agregue el token público de API en Configuración (un administrador lo encuentra en AlterEstate, en Dashboard › Settings › Public API Token).</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>The catalog could not be stored: %1</source>
        <translation>No se pudo guardar el catálogo: %1</translation>
    </message>
    <message>
        <source>The public API token could not be removed from %1: %2</source>
        <translation>No se pudo quitar el token público de API guardado en %1: %2</translation>
    </message>
    <message>
        <source>The public API token could not be stored in %1: %2</source>
        <translation>No se pudo guardar el token público de API en %1: %2</translation>
    </message>
    <message>
        <source>Not fetched yet.</source>
        <translation>Todavía no se ha descargado.</translation>
    </message>
    <message>
        <source>Refreshed %1 · Properties: %2 · Agents: %3</source>
        <translation>Actualizado el %1 · Propiedades: %2 · Agentes: %3</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Alquiler</translation>
    </message>
    <message>
        <source>Sale or rent</source>
        <translation>Venta o alquiler</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>leadentry-cli config: unknown setting &quot;%1&quot;; known: %2.</source>
        <translation>leadentry-cli config: ajuste desconocido &quot;%1&quot;; los conocidos son: %2.</translation>
    </message>
    <message>
        <source>(overridden by ALTERESTATE_API_URL=%1)</source>
        <translation>(reemplazado por ALTERESTATE_API_URL=%1)</translation>
    </message>
    <message>
        <source>Usage: leadentry-cli config list | get KEY | set KEY VALUE</source>
        <translation>Uso: leadentry-cli config list | get CLAVE | set CLAVE VALOR</translation>
    </message>
    <message>
        <source>AlterEstate API key: </source>
        <translation>Clave de API de AlterEstate: </translation>
    </message>
    <message>
        <source>leadentry-cli key: too many arguments; the key is read from standard input.</source>
        <translation>leadentry-cli key: demasiados argumentos; la clave se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>leadentry-cli key set: no key on standard input; nothing changed.</source>
        <translation>leadentry-cli key set: no llegó ninguna clave por la entrada estándar; no se cambió nada.</translation>
    </message>
    <message>
        <source>The key could not be stored in %1: %2</source>
        <translation>No se pudo guardar la clave en %1: %2</translation>
    </message>
    <message>
        <source>API key stored in %1.</source>
        <translation>Clave de API guardada en %1.</translation>
    </message>
    <message>
        <source>The key could not be removed from %1: %2</source>
        <translation>No se pudo borrar la clave guardada en %1: %2</translation>
    </message>
    <message>
        <source>API key removed from %1.</source>
        <translation>Se borró la clave de API guardada en %1.</translation>
    </message>
    <message>
        <source>An API key is stored in %1.</source>
        <translation>Hay una clave de API guardada en %1.</translation>
    </message>
    <message>
        <source>No API key is stored in %1.</source>
        <translation>No hay ninguna clave de API guardada en %1.</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <source>ALTERESTATE_API_KEY is set and is the key in use.</source>
        <translation>ALTERESTATE_API_KEY está definida y es la clave en uso.</translation>
    </message>
    <message>
        <source>leadentry-cli: unknown command &quot;%1&quot;.</source>
        <translation>leadentry-cli: comando desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Send one lead to AlterEstate&apos;s Leads API.</source>
        <translation>Envía un lead a la API de Leads de AlterEstate.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Send a phone number the numbering plan does not know (it may be new).</source>
        <translation>Envía un teléfono que el plan de numeración no reconoce (puede ser nuevo).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Muestra el resultado como un objeto JSON.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;; every value needs its option, e.g. --full-name &quot;Ana Pérez&quot;.</source>
        <translation>%1: argumento inesperado &quot;%2&quot;; cada valor necesita su opción, p. ej. --full-name &quot;Ana Pérez&quot;.</translation>
    </message>
    <message>
        <source>(pass --accept-unverified-phone to send it anyway)</source>
        <translation>(use --accept-unverified-phone para enviarlo de todos modos)</translation>
    </message>
    <message>
        <source>(an earlier attempt may have created it)</source>
        <translation>(puede que un intento anterior lo haya creado)</translation>
    </message>
    <message>
        <source>An earlier attempt may have reached AlterEstate; a resend may come back as a duplicate.</source>
        <translation>Puede que un intento anterior haya llegado a AlterEstate; al reenviarlo puede volver como duplicado.</translation>
    </message>
    <message>
        <source>Only this state (queued, sending, created, duplicate, rejected, unconfirmed); repeatable.</source>
        <translation>Solo este estado (queued, sending, created, duplicate, rejected, unconfirmed); se puede repetir.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>Only leads whose name, phone or email match.</source>
        <translation>Solo los leads cuyo nombre, teléfono o correo coincidan.</translation>
    </message>
    <message>
        <source>At most this many, newest first (default 50).</source>
        <translation>Como máximo esta cantidad, los más recientes primero (50 por defecto).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Muestra un arreglo JSON.</translation>
    </message>
    <message>
        <source>Print CSV with a header row.</source>
        <translation>Muestra CSV con una fila de encabezado.</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>argumento inesperado</translation>
    </message>
    <message>
        <source>leadentry-cli history: choose --json or --csv, not both.</source>
        <translation>leadentry-cli history: elija --json o --csv, no ambos.</translation>
    </message>
    <message>
        <source>leadentry-cli history: unknown state &quot;%1&quot;.</source>
        <translation>leadentry-cli history: estado desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>leadentry-cli history: --limit expects a positive number.</source>
        <translation>leadentry-cli history: --limit espera un número positivo.</translation>
    </message>
    <message>
        <source>No submissions match.</source>
        <translation>Ningún envío coincide.</translation>
    </message>
    <message>
        <source>The lead could not be stored in %1: %2</source>
        <translation>No se pudo guardar el lead en %1: %2</translation>
    </message>
    <message>
        <source>The lead was stored as #%1 but cannot be read back: %2</source>
        <translation>El lead se guardó como #%1, pero no se puede volver a leer: %2</translation>
    </message>
    <message>
        <source>Still waiting in the outbox: %1.</source>
        <translation>Aún en la bandeja de salida: %1.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>leadentry-cli event: no event profile named &quot;%1&quot;.</source>
        <translation>leadentry-cli event: no hay ningún perfil de evento llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>leadentry-cli event set: &quot;%1&quot; is not FIELD=VALUE with a field of: %2.</source>
        <translation>leadentry-cli event set: &quot;%1&quot; no es CAMPO=VALOR con un campo de: %2.</translation>
    </message>
    <message>
        <source>Apply this event profile to every row (the row&apos;s own values win).</source>
        <translation>Aplicar este perfil de evento a cada fila (los valores de la fila tienen prioridad).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>Check the rows; store and send nothing.</source>
        <translation>Revisar las filas sin guardar ni enviar nada.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>El archivo CSV.</translation>
    </message>
    <message>
        <source>name one CSV file</source>
        <translation>indique un archivo CSV</translation>
    </message>
    <message>
        <source>leadentry-cli import: no event profile named &quot;%1&quot;.</source>
        <translation>leadentry-cli import: no hay ningún perfil de evento llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>note: columns ignored: %1</source>
        <translation>aviso: columnas ignoradas: %1</translation>
    </message>
    <message>
        <source>The leads could not be stored in %1: %2</source>
        <translation>No se pudieron guardar los leads en %1: %2</translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 invalid.</source>
        <translation>%1 filas: %2 válidas, %3 no válidas.</translation>
    </message>
    <message>
        <source>Fill the fields not given from this event profile.</source>
        <translation>Completar los campos no indicados con este perfil de evento.</translation>
    </message>
    <message>
        <source>leadentry-cli submit: no event profile named &quot;%1&quot;.</source>
        <translation>leadentry-cli submit: no hay ningún perfil de evento llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be written: %2 Answers not recorded come back as uncertain at the next sync.</source>
        <translation>No se puede escribir en el archivo de historial %1: %2 Las respuestas sin registrar volverán como inciertas en la próxima sincronización.</translation>
    </message>
    <message>
        <source>note: the history could not be searched for this contact: %1</source>
        <translation>aviso: no se pudo buscar este contacto en el historial: %1</translation>
    </message>
    <message>
        <source>Interrupted leads could not be brought back: %1</source>
        <translation>No se pudieron recuperar los leads interrumpidos: %1</translation>
    </message>
    <message>
        <source>Being sent by another LeadEntry process, which did not answer in time; its outcome will be in the history (leadentry-cli history).</source>
        <translation>Otro proceso de LeadEntry lo está enviando y no respondió a tiempo; el resultado aparecerá en el historial (leadentry-cli history).</translation>
    </message>
    <message>
        <source>Usage: leadentry-cli sync [--json] [--force]: one attempt for every queued lead. Leads AlterEstate asked to wait for (Retry-After) wait, unless --force.</source>
        <translation>Uso: leadentry-cli sync [--json] [--force]: un intento por cada lead en espera. Los leads para los que AlterEstate pidió esperar (Retry-After) esperan, salvo con --force.</translation>
    </message>
    <message>
        <source>AlterEstate asked to wait until %1 (Retry-After); --force sends anyway.</source>
        <translation>AlterEstate pidió esperar hasta %1 (Retry-After); --force los envía de todos modos.</translation>
    </message>
    <message>
        <source>AlterEstate asked to wait until %1 (Retry-After); sync --force sends now.</source>
        <translation>AlterEstate pidió esperar hasta %1 (Retry-After); sync --force los envía ahora.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was erased: add --yes to confirm.</source>
        <translation>No se borró nada: añada --yes para confirmar.</translation>
    </message>
    <message>
        <source>Type yes to confirm: </source>
        <translation>Escriba sí para confirmar: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>The person&apos;s email.</source>
        <translation>El correo de la persona.</translation>
    </message>
    <message>
        <source>The person&apos;s phone, in any format.</source>
        <translation>El teléfono de la persona, en cualquier formato.</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELÉFONO</translation>
    </message>
    <message>
        <source>List what would be erased; erase nothing.</source>
        <translation>Listar lo que se borraría, sin borrar nada.</translation>
    </message>
    <message>
        <source>Erase without asking.</source>
        <translation>Borrar sin preguntar.</translation>
    </message>
    <message>
        <source>Erase everything LeadEntry keeps about one person on this computer (their submissions, attempts and search entries), as the right to cancellation asks. AlterEstate&apos;s copy is not touched.</source>
        <translation>Borra todo lo que LeadEntry guarda de una persona en este equipo (sus envíos, intentos y entradas de búsqueda), como pide el derecho de cancelación. La copia de AlterEstate no se toca.</translation>
    </message>
    <message>
        <source>give --email, --phone or both</source>
        <translation>indique --email, --phone o ambos</translation>
    </message>
    <message>
        <source>LeadEntry keeps nothing about this person.</source>
        <translation>LeadEntry no guarda nada de esta persona.</translation>
    </message>
    <message>
        <source>Erase final leads (created, duplicate, rejected, unconfirmed) created more than DAYS ago; queued leads are never erased.</source>
        <translation>Borrar los leads finalizados (creados, duplicados, rechazados, sin confirmar) registrados hace más de DÍAS días; los leads en espera nunca se borran.</translation>
    </message>
    <message>
        <source>Count them; erase nothing.</source>
        <translation>Contarlos sin borrar nada.</translation>
    </message>
    <message>
        <source>--older-than expects a number of days</source>
        <translation>--older-than espera un número de días</translation>
    </message>
    <message>
        <source>Submissions that would be erased: %1 (dry run; nothing was erased).</source>
        <translation>Envíos que se borrarían: %1 (simulación; no se borró nada).</translation>
    </message>
    <message>
        <source>Erase them for good (submissions: %1)?</source>
        <translation>¿Borrarlos definitivamente (envíos: %1)?</translation>
    </message>
    <message>
        <source>Submissions erased, with their attempts and search entries: %1.</source>
        <translation>Envíos borrados, con sus intentos y entradas de búsqueda: %1.</translation>
    </message>
    <message>
        <source>Leads older than %1 days that would be erased: %2 (dry run).</source>
        <translation>Leads de más de %1 días que se borrarían: %2 (simulación).</translation>
    </message>
    <message>
        <source>Leads older than %1 days erased: %2.</source>
        <translation>Leads de más de %1 días borrados: %2.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used: %2</source>
        <translation>No se puede usar el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>note: the file is read as %1, but some of its text (%2 places) is in another encoding; the rows that hold it are refused.</source>
        <translation>aviso: el archivo se lee como %1, pero parte de su texto (%2 lugares) está en otra codificación; las filas que lo contienen se rechazan.</translation>
    </message>
    <message>
        <source>%1: %2% checked, %3 rows so far.</source>
        <translation>%1: %2 % revisado, %3 filas hasta ahora.</translation>
    </message>
    <message>
        <source>%1: %2% stored.</source>
        <translation>%1: %2 % guardado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>Erase for good the final leads older than %1 days (%2)?</source>
        <translation>¿Borrar definitivamente los leads finalizados de más de %1 días (%2)?</translation>
    </message>
    <message>
        <source>Fetched %1 of %2 properties…</source>
        <translation>Descargadas %1 de %2 propiedades…</translation>
    </message>
    <message>
        <source>Only those with a word starting so (accents and case aside).</source>
        <translation>Solo las que tengan una palabra que empiece así (sin importar tildes ni mayúsculas).</translation>
    </message>
    <message>
        <source>At most N (default 100).</source>
        <translation>Como máximo N (por defecto 100).</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Un objeto JSON por línea.</translation>
    </message>
    <message>
        <source>Usage: leadentry-cli catalog refresh | properties | agents | status [--search TEXT] [--limit N] [--json]
  refresh     fetch the company&apos;s listings and agents from AlterEstate (needs the public API token:
              leadentry-cli key set --public)
  properties  the listings of the local copy: uid, then name · sector · price · listing type
  agents      the agents of the local copy: email, name, phone
  status      when the copy was last refreshed, and how much it holds
</source>
        <translation>Uso: leadentry-cli catalog refresh | properties | agents | status [--search TEXTO] [--limit N] [--json]
  refresh     descarga de AlterEstate las propiedades y los agentes de la empresa (necesita el token
              público de API: leadentry-cli key set --public)
  properties  las propiedades de la copia local: uid, luego nombre · sector · precio · tipo de operación
  agents      los agentes de la copia local: correo, nombre, teléfono
  status      cuándo se actualizó la copia por última vez y cuánto contiene
</translation>
    </message>
    <message>
        <source>Refreshed %1. Properties: %2; agents: %3.</source>
        <translation>Actualizado el %1. Propiedades: %2; agentes: %3.</translation>
    </message>
    <message>
        <source>The catalog was never fetched: leadentry-cli catalog refresh.</source>
        <translation>El catálogo nunca se ha descargado: leadentry-cli catalog refresh.</translation>
    </message>
    <message>
        <source>%1: give --property or --property-uid, not both.</source>
        <translation>%1: indique --property o --property-uid, no ambos.</translation>
    </message>
    <message>
        <source>%1: give --agent or --related, not both.</source>
        <translation>%1: indique --agent o --related, no ambos.</translation>
    </message>
    <message>
        <source>the catalog was refreshed %1</source>
        <translation>el catálogo se actualizó el %1</translation>
    </message>
    <message>
        <source>the catalog was never fetched: leadentry-cli catalog refresh</source>
        <translation>el catálogo nunca se ha descargado: leadentry-cli catalog refresh</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not in the catalog (%4).</source>
        <translation>%1: %2 &quot;%3&quot; no está en el catálogo (%4).</translation>
    </message>
    <message>
        <source>leadentry-cli event set: %1 needs a value.</source>
        <translation>leadentry-cli event set: %1 necesita un valor.</translation>
    </message>
    <message>
        <source>The property of every row without one, by its uid, slug or exact name in the catalog.</source>
        <translation>La propiedad de cada fila que no tenga una, por su uid, slug o nombre exacto en el catálogo.</translation>
    </message>
    <message>
        <source>The agent of every row without one, by email or exact name in the catalog.</source>
        <translation>El agente de cada fila que no tenga uno, por su correo o nombre exacto en el catálogo.</translation>
    </message>
    <message>
        <source>AlterEstate public API token: </source>
        <translation>Token público de API de AlterEstate: </translation>
    </message>
    <message>
        <source>A public API token is stored in %1.</source>
        <translation>Hay un token público de API guardado en %1.</translation>
    </message>
    <message>
        <source>No public API token is stored in %1.</source>
        <translation>No hay un token público de API guardado en %1.</translation>
    </message>
    <message>
        <source>ALTERESTATE_PUBLIC_TOKEN is set and is the token in use.</source>
        <translation>ALTERESTATE_PUBLIC_TOKEN está definida y es el token en uso.</translation>
    </message>
    <message>
        <source>Public API token stored in %1.</source>
        <translation>Token público de API guardado en %1.</translation>
    </message>
    <message>
        <source>Public API token removed from %1.</source>
        <translation>Se borró el token público de API guardado en %1.</translation>
    </message>
    <message>
        <source>Usage: leadentry-cli key set | clear | status [--public]
  set     read the API key from standard input and store it in the system keychain
  clear   remove the stored key
  status  tell whether a key and a public token are stored (never prints them)
  --public  the public API token (properties and agents) instead of the API key
</source>
        <translation>Uso: leadentry-cli key set | clear | status [--public]
  set     lee la clave de API de la entrada estándar y la guarda en el llavero del sistema
  clear   borra la clave guardada
  status  indica si hay una clave y un token público guardados (nunca los muestra)
  --public  el token público de API (propiedades y agentes) en lugar de la clave de API
</translation>
    </message>
    <message>
        <source>The property, by its uid, slug or exact name in the catalog (sent as property_uid).</source>
        <translation>La propiedad, por su uid, slug o nombre exacto en el catálogo (se envía como property_uid).</translation>
    </message>
    <message>
        <source>The agent, by email or exact name in the catalog (sent as related).</source>
        <translation>El agente, por su correo o nombre exacto en el catálogo (se envía como related).</translation>
    </message>
    <message>
        <source>Usage: leadentry-cli COMMAND [OPTIONS]

Commands:
  submit    store one lead in the outbox and send it (submit --help lists the fields)
  sync      one attempt for every lead waiting in the outbox
  import    store and send the leads of a CSV file: FILE [--event PROFILE] [--dry-run] [--json]
  history   list past submissions: --state, --search, --limit, --json or --csv;
            history purge --older-than DAYS erases final leads older than that
  forget    --email X | --phone Y [--dry-run] [--yes]: erase one person&apos;s submissions
  event     list | show NAME | set NAME FIELD=VALUE... | delete NAME: event profiles
  key       set | clear | status [--public]: the API key (or the public API token) in the system keychain
  catalog   refresh | properties | agents | status: the company&apos;s listings and agents
  config    list | get KEY | set KEY VALUE: the settings shared with the desktop app

Exit codes: 0 created or duplicate, 2 invalid input, 3 rejected by the server,
4 stored in the outbox, not delivered yet, 1 anything else.
Environment: ALTERESTATE_API_KEY overrides the stored key, ALTERESTATE_PUBLIC_TOKEN the stored public
token, ALTERESTATE_API_URL the base URL.
</source>
        <translation>Uso: leadentry-cli COMANDO [OPCIONES]

Comandos:
  submit    guarda un lead en la bandeja de salida y lo envía (submit --help muestra los campos)
  sync      un intento por cada lead que espera en la bandeja de salida
  import    guarda y envía los leads de un archivo CSV: ARCHIVO [--event PERFIL] [--dry-run] [--json]
  history   lista los envíos anteriores: --state, --search, --limit, --json o --csv;
            history purge --older-than DÍAS borra los leads finalizados más antiguos
  forget    --email X | --phone Y [--dry-run] [--yes]: borra los envíos de una persona
  event     list | show NOMBRE | set NOMBRE CAMPO=VALOR... | delete NOMBRE: perfiles de evento
  key       set | clear | status [--public]: la clave de API (o el token público de API) en el llavero del sistema
  catalog   refresh | properties | agents | status: las propiedades y los agentes de la empresa
  config    list | get CLAVE | set CLAVE VALOR: los ajustes compartidos con la aplicación de escritorio

Códigos de salida: 0 creado o duplicado, 2 datos no válidos, 3 rechazado por el servidor,
4 guardado en la bandeja de salida, aún no entregado, 1 cualquier otro problema.
Entorno: ALTERESTATE_API_KEY reemplaza la clave guardada, ALTERESTATE_PUBLIC_TOKEN el token público
guardado y ALTERESTATE_API_URL la URL base.
</translation>
    </message>
    <message>
        <source>Usage: leadentry-cli event list | show NAME | set NAME [FIELD=VALUE]... [--property TEXT] [--agent TEXT] [--kiosk-listing TEXT]... | delete NAME</source>
        <translation>Uso: leadentry-cli event list | show NOMBRE | set NOMBRE [CAMPO=VALOR]... [--property TEXTO] [--agent TEXTO] [--kiosk-listing TEXTO]... | delete NOMBRE</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; could be any of these; name one exactly, or by email or uid:</source>
        <translation>%1: %2 &quot;%3&quot; puede ser cualquiera de estos; indique uno con su nombre exacto, su correo o su uid:</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; could be any of these; name one exactly, or by uid or slug:</source>
        <translation>%1: %2 &quot;%3&quot; puede ser cualquiera de estas; indique una con su nombre exacto, su uid o su slug:</translation>
    </message>
    <message>
        <source>The public API token could not be stored in %1: %2</source>
        <translation>No se pudo guardar el token público de API en %1: %2</translation>
    </message>
    <message>
        <source>The public API token could not be removed from %1: %2</source>
        <translation>No se pudo quitar el token público de API guardado en %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvStream</name>
    <message>
        <source>Row %1 has more than %2 columns.</source>
        <translation>La fila %1 tiene más de %2 columnas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the file again from its start: %1</source>
        <translation>No se puede volver a leer el archivo desde el principio: %1</translation>
    </message>
    <message>
        <source>The CSV reader could not start.</source>
        <translation>No se pudo iniciar el lector de CSV.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row naming the columns.</source>
        <translation>El archivo está vacío: necesita una fila de encabezado que nombre las columnas.</translation>
    </message>
    <message>
        <source>The file is not valid CSV: %1.</source>
        <translation>El archivo no es un CSV válido: %1.</translation>
    </message>
    <message>
        <source>Row %1 has a field longer than %2 KB; a closing quote may be missing.</source>
        <translation>La fila %1 tiene un campo de más de %2 KB; puede que falten unas comillas de cierre.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>No se puede crear la carpeta %1 para el historial.</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: permission denied. Check its permissions; LeadEntry will not replace it.</source>
        <translation>No se puede leer el archivo de historial %1: permiso denegado. Revise sus permisos; LeadEntry no lo reemplazará.</translation>
    </message>
    <message>
        <source>The history file %1 is read-only. LeadEntry needs to write to it; check its permissions.</source>
        <translation>El archivo de historial %1 es de solo lectura. LeadEntry necesita escribir en él; revise sus permisos.</translation>
    </message>
    <message>
        <source>Cannot create the history file %1: %2</source>
        <translation>No se puede crear el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the history file %1: %2</source>
        <translation>No se puede abrir el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 is damaged or is not a LeadEntry database (%2). It was left untouched; move it aside to start a new history.</source>
        <translation>El archivo de historial %1 está dañado o no es una base de datos de LeadEntry (%2). No se modificó; muévalo a otro lugar para empezar un historial nuevo.</translation>
    </message>
    <message>
        <source>Cannot use the history file %1: %2</source>
        <translation>No se puede usar el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of LeadEntry (schema %2; this version knows %3). Update LeadEntry; the file was left untouched.</source>
        <translation>El archivo de historial %1 lo escribió una versión más reciente de LeadEntry (esquema %2; esta versión conoce el %3). Actualice LeadEntry; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>Cannot upgrade the history file %1: %2</source>
        <translation>No se puede actualizar el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the history file %1: %2. It was left as it was.</source>
        <translation>No se puede actualizar el archivo de historial %1: %2. Se dejó como estaba.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written. LeadEntry keeps the history file and its journal there; check the folder&apos;s permissions.</source>
        <translation>No se puede escribir en la carpeta %1. LeadEntry guarda allí el archivo de historial y su diario; revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>its disk is full (%1 free); free some space.</source>
        <translation>su disco está lleno (%1 libres); libere espacio.</translation>
    </message>
    <message>
        <source>the file is read-only; check its permissions.</source>
        <translation>el archivo es de solo lectura; revise sus permisos.</translation>
    </message>
    <message>
        <source>it cannot be opened for writing (%1).</source>
        <translation>no se puede abrir para escribir (%1).</translation>
    </message>
    <message>
        <source>another LeadEntry program kept it busy for too long; try again.</source>
        <translation>otro programa de LeadEntry lo mantuvo ocupado demasiado tiempo; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>the disk reported an error (%1).</source>
        <translation>el disco informó de un error (%1).</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not a valid address; it should look like https://secure.alterestate.com.</source>
        <translation>&quot;%1&quot; no es una dirección válida; debe tener la forma https://secure.alterestate.com.</translation>
    </message>
    <message>
        <source>Refusing to send leads over plain http:// to %1: the API key and the lead would travel unencrypted. Use an https:// address.</source>
        <translation>No se envían leads por http:// sin cifrar a %1: la clave de API y el lead viajarían sin protección. Use una dirección https://.</translation>
    </message>
    <message>
        <source>Unsupported scheme &quot;%1&quot;: use an https:// address.</source>
        <translation>Esquema &quot;%1&quot; no admitido: use una dirección https://.</translation>
    </message>
</context>
<context>
    <name>EventProfileDialog</name>
    <message>
        <source>Event profiles</source>
        <translation>Perfiles de evento</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Error: a profile named &quot;%1&quot; exists already.</source>
        <translation>Error: ya existe un perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Delete the event profile &quot;%1&quot;? Leads already sent keep its name.</source>
        <translation>¿Eliminar el perfil de evento &quot;%1&quot;? Los leads ya enviados conservan su nombre.</translation>
    </message>
    <message>
        <source>The name shown in the toolbar and recorded with each lead</source>
        <translation>El nombre que se muestra en la barra y se registra con cada lead</translation>
    </message>
    <message>
        <source>The event profiles; choose one to edit it</source>
        <translation>Los perfiles de evento; elija uno para editarlo</translation>
    </message>
    <message>
        <source>Start a new event profile</source>
        <translation>Crear un perfil de evento nuevo</translation>
    </message>
    <message>
        <source>Start a new profile from this one&apos;s values</source>
        <translation>Crear un perfil nuevo con los valores de este</translation>
    </message>
    <message>
        <source>Delete this event profile</source>
        <translation>Eliminar este perfil de evento</translation>
    </message>
    <message>
        <source>Save this event profile</source>
        <translation>Guardar este perfil de evento</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The event&apos;s name, e.g. Expo Vivienda 2026</source>
        <translation>El nombre del evento, p. ej. Expo Vivienda 2026</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>el perfil nuevo</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>¿Guardar los cambios en %1?</translation>
    </message>
    <message>
        <source>Error: give the profile a name.</source>
        <translation>Error: ponga un nombre al perfil.</translation>
    </message>
    <message>
        <source>Properties the kiosk asks about</source>
        <translation>Propiedades por las que pregunta el quiosco</translation>
    </message>
    <message>
        <source>Visitors at the kiosk choose among these (&quot;Which property are you interested in?&quot;); none: the kiosk does not ask</source>
        <translation>Los visitantes del quiosco eligen entre estas («¿Qué propiedad le interesa?»); si no hay ninguna, el quiosco no pregunta</translation>
    </message>
    <message>
        <source>Add a property for the kiosk</source>
        <translation>Agregar una propiedad para el quiosco</translation>
    </message>
    <message>
        <source>Type a name, sector or uid and pick the property to add</source>
        <translation>Escriba un nombre, sector o uid y elija la propiedad que quiere agregar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen property from the kiosk&apos;s question</source>
        <translation>Quitar la propiedad elegida de la pregunta del quiosco</translation>
    </message>
    <message>
        <source>&amp;Kiosk asks about:</source>
        <translation>El &amp;quiosco pregunta por:</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
</context>
<context>
    <name>EventProfiles</name>
    <message>
        <source>An event profile needs a name of one line, up to 80 characters.</source>
        <translation>Un perfil de evento necesita un nombre de una sola línea, de hasta 80 caracteres.</translation>
    </message>
    <message>
        <source>There is no event profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil de evento llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a property uid.</source>
        <translation>&quot;%1&quot; no es un uid de propiedad.</translation>
    </message>
    <message>
        <source>A kiosk can ask about at most %1 properties.</source>
        <translation>El quiosco puede preguntar por %1 propiedades como máximo.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 (an earlier attempt may have created it)</source>
        <translation>%1 (puede que un intento anterior lo haya creado)</translation>
    </message>
    <message>
        <source>%1 (retrying)</source>
        <translation>%1 (reintentando)</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Agent notified</source>
        <translation>Agente avisado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copiar id</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Edit and resubmit</source>
        <translation>&amp;Corregir y reenviar</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Search name, phone or email</source>
        <translation>Buscar nombre, teléfono o correo</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Mo&amp;strar:</translation>
    </message>
    <message>
        <source>Submission history</source>
        <translation>Historial de envíos</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Local #%1</source>
        <translation>Local #%1</translation>
    </message>
    <message>
        <source>AlterEstate id %1</source>
        <translation>id de AlterEstate %1</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>negocio %1</translation>
    </message>
    <message>
        <source>log %1</source>
        <translation>registro %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Next attempt: %1.</source>
        <translation>Próximo intento: %1.</translation>
    </message>
    <message>
        <source>No answer from the server yet.</source>
        <translation>Todavía no hay respuesta del servidor.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Se exportaron %1 filas a %2.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Sin evento</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Solicitud tal como se envió</translation>
    </message>
    <message>
        <source>Answer from the server</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Show only submissions in this state</source>
        <translation>Mostrar solo los envíos en este estado</translation>
    </message>
    <message>
        <source>Show only submissions of this event</source>
        <translation>Mostrar solo los envíos de este evento</translation>
    </message>
    <message>
        <source>Every submission, newest first, with its state and AlterEstate&apos;s answer</source>
        <translation>Todos los envíos, los más recientes primero, con su estado y la respuesta de AlterEstate</translation>
    </message>
    <message>
        <source>Copy AlterEstate&apos;s id (or the local number) to the clipboard</source>
        <translation>Copiar el id de AlterEstate (o el número local) al portapapeles</translation>
    </message>
    <message>
        <source>Try every waiting lead again now</source>
        <translation>Volver a intentar ahora todos los leads en espera</translation>
    </message>
    <message>
        <source>Open this rejected lead in the form to fix it and send it again</source>
        <translation>Abrir este lead rechazado en el formulario para corregirlo y enviarlo otra vez</translation>
    </message>
    <message>
        <source>The request as it was sent, with the API key hidden</source>
        <translation>La solicitud tal como se envió, con la clave de API oculta</translation>
    </message>
    <message>
        <source>The server&apos;s answer, shown as text</source>
        <translation>La respuesta del servidor, mostrada como texto</translation>
    </message>
    <message>
        <source>When the lead was entered and every attempt to send it</source>
        <translation>Cuándo se registró el lead y cada intento de enviarlo</translation>
    </message>
    <message>
        <source>Entered %1 from %2.</source>
        <translation>Registrado el %1 desde %2.</translation>
    </message>
    <message>
        <source>The attempts could not be read: %1</source>
        <translation>No se pudieron leer los intentos: %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Borrar a esta persona…</translation>
    </message>
    <message>
        <source>Consent to be contacted given %1 on %2 (text version %3): &quot;%4&quot;</source>
        <translation>Consentimiento para ser contactado dado el %1 en el equipo %2 (versión del texto %3): «%4»</translation>
    </message>
    <message>
        <source>No consent on record.</source>
        <translation>No hay consentimiento registrado.</translation>
    </message>
    <message>
        <source>Not delivered, to be retried</source>
        <translation>No entregado, se reintentará</translation>
    </message>
    <message>
        <source>API key refused</source>
        <translation>Clave de API rechazada</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Dirección incorrecta</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>#%1 is not in the list as filtered; clear the search and filters to see it.</source>
        <translation>#%1 no está en la lista filtrada; borre la búsqueda y los filtros para verlo.</translation>
    </message>
    <message>
        <source>Nothing matches. Clear the search or the filters to see every submission.</source>
        <translation>Nada coincide. Borre la búsqueda o los filtros para ver todos los envíos.</translation>
    </message>
    <message>
        <source>No submissions yet. Leads you enter appear here, newest first.</source>
        <translation>Todavía no hay envíos. Los leads que registre aparecen aquí, los más recientes primero.</translation>
    </message>
    <message>
        <source>resubmitted as #%1</source>
        <translation>reenviado como #%1</translation>
    </message>
    <message>
        <source>resubmits %1</source>
        <translation>reenvía %1</translation>
    </message>
    <message>
        <source>resubmitted as %1</source>
        <translation>reenviado como %1</translation>
    </message>
    <message>
        <source>AlterEstate notified the agent who owns the existing contact; there is no need to send it again.</source>
        <translation>AlterEstate avisó al agente a cargo del contacto existente; no hace falta enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>Not sent yet; it will go to the address in Settings:</source>
        <translation>Aún no se ha enviado; irá a la dirección de Configuración:</translation>
    </message>
    <message>
        <source>Not sent to AlterEstate by these attempts, or sent before LeadEntry recorded the address; it will go to the address in Settings:</source>
        <translation>Estos intentos no llegaron a enviarse a AlterEstate, o se enviaron antes de que LeadEntry guardara la dirección; irá a la dirección de Configuración:</translation>
    </message>
    <message>
        <source>over %L1</source>
        <translation>más de %L1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>Submissions that match the filter, of all in the history</source>
        <translation>Envíos que coinciden con el filtro, de todos los del historial</translation>
    </message>
    <message>
        <source>Submissions in the history</source>
        <translation>Envíos en el historial</translation>
    </message>
    <message>
        <source>Property: %1</source>
        <translation>Propiedad: %1</translation>
    </message>
    <message>
        <source>Property: %1 (%2)</source>
        <translation>Propiedad: %1 (%2)</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <source>Agent: %1 (%2)</source>
        <translation>Agente: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>&amp;Save invalid rows…</source>
        <translation>&amp;Guardar filas con problemas…</translation>
    </message>
    <message>
        <source>Import leads from CSV</source>
        <translation>Importar leads desde CSV</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importar leads</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save invalid rows</source>
        <translation>Guardar filas con problemas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Sin evento</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vista previa del archivo</translation>
    </message>
    <message>
        <source>Rows with problems are listed here, by row number.</source>
        <translation>Aquí se listan las filas con problemas, por número de fila.</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>E&amp;legir archivo…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Event profile:</source>
        <translation>&amp;Perfil de evento:</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1, separated by &quot;%2&quot;: %L3 rows, %L4 ready to import, %L5 with problems.</source>
        <translation>%1, separado por &quot;%2&quot;: %L3 filas, %L4 listas para importar, %L5 con problemas.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>Row %1: %2: %3</source>
        <translation>Fila %1: %2: %3</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Error: the leads could not be stored: %1. %2 were stored before this.</source>
        <translation>Error: no se pudieron guardar los leads: %1. Antes de esto se guardaron %2.</translation>
    </message>
    <message>
        <source>Stored %1 of %2. Created %3, duplicate %4, rejected %5, waiting %6; invalid rows %7.</source>
        <translation>Guardados %1 de %2. Creados %3, duplicados %4, rechazados %5, en espera %6; filas no válidas %7.</translation>
    </message>
    <message>
        <source>Cancelled: the %1 leads stored stay in the outbox and will be sent; the other %2 were not imported.</source>
        <translation>Cancelado: los %1 leads guardados quedan en la bandeja de salida y se enviarán; los otros %2 no se importaron.</translation>
    </message>
    <message>
        <source>-to-fix</source>
        <translation>-por-corregir</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The rows with problems were saved to %1: fix them there and import that file.</source>
        <translation>Las filas con problemas se guardaron en %1: corríjalas allí e importe ese archivo.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <source>The event profile whose values fill what the rows leave empty</source>
        <translation>El perfil de evento cuyos valores completan lo que las filas dejan vacío</translation>
    </message>
    <message>
        <source>The first rows of the file; choose in the first row which field each column holds</source>
        <translation>Las primeras filas del archivo; elija en la primera fila qué campo contiene cada columna</translation>
    </message>
    <message>
        <source>The rows that will not be imported, with the reason</source>
        <translation>Las filas que no se importarán, con el motivo</translation>
    </message>
    <message>
        <source>Store the good rows and send them</source>
        <translation>Guardar las filas correctas y enviarlas</translation>
    </message>
    <message>
        <source>Stop storing rows; those already stored stay and are sent</source>
        <translation>Dejar de guardar filas; las ya guardadas se quedan y se envían</translation>
    </message>
    <message>
        <source>Save the rows with problems to a CSV file to fix them</source>
        <translation>Guardar las filas con problemas en un archivo CSV para corregirlas</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Elegir el archivo CSV que se importará</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>The lead field this column holds, or (ignore)</source>
        <translation>El campo del lead que contiene esta columna, o (ignorar)</translation>
    </message>
    <message>
        <source>The CSV file to import: type or paste its path and press Return, or choose it</source>
        <translation>El archivo CSV que se importará: escriba o pegue su ruta y pulse Intro, o elíjalo</translation>
    </message>
    <message>
        <source>Path of a CSV file</source>
        <translation>Ruta de un archivo CSV</translation>
    </message>
    <message>
        <source>Press Return to read this file.</source>
        <translation>Pulse Intro para leer este archivo.</translation>
    </message>
    <message>
        <source>Error: %1 Nothing more was stored.</source>
        <translation>Error: %1 No se guardó nada más.</translation>
    </message>
    <message>
        <source>%1 Nothing can be imported.</source>
        <translation>%1 No se puede importar nada.</translation>
    </message>
    <message>
        <source>Checking the file: %L1 rows so far, %L2 ready to import, %L3 with problems…</source>
        <translation>Revisando el archivo: %L1 filas hasta ahora, %L2 listas para importar, %L3 con problemas…</translation>
    </message>
    <message>
        <source>Saving the rows with problems: %1%…</source>
        <translation>Guardando las filas con problemas: %1 %…</translation>
    </message>
    <message>
        <source>The file changed since it was checked: it was read and checked again.</source>
        <translation>El archivo cambió después de revisarlo: se leyó y se revisó de nuevo.</translation>
    </message>
    <message>
        <source>Error: %1 %2 were stored before this.</source>
        <translation>Error: %1 Antes de esto se guardaron %2.</translation>
    </message>
    <message>
        <source>The rows with problems were not saved: %1</source>
        <translation>No se guardaron las filas con problemas: %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>el llavero no respondió a tiempo</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>el Llavero de macOS</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service or KWallet)</source>
        <translation>el llavero del sistema (Secret Service o KWallet)</translation>
    </message>
</context>
<context>
    <name>KioskPin</name>
    <message>
        <source>The kiosk PIN needs at least %1 digits, and digits only.</source>
        <translation>El PIN del quiosco necesita al menos %1 dígitos, y solo dígitos.</translation>
    </message>
    <message>
        <source>The kiosk PIN is kept in %1, which cannot be used: %2</source>
        <translation>El PIN del quiosco se guarda en %1, que no se puede usar: %2</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Su teléfono</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Su correo</translation>
    </message>
    <message>
        <source>You are looking to</source>
        <translation>Usted busca</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Just looking</source>
        <translation>Solo estoy mirando</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Alquilar</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>&amp;Phone *</source>
        <translation>&amp;Teléfono *</translation>
    </message>
    <message>
        <source>&amp;Email *</source>
        <translation>&amp;Correo *</translation>
    </message>
    <message>
        <source>I&apos;m looking &amp;to</source>
        <translation>&amp;Busco</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk</source>
        <translation>&amp;Salir del quiosco</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Staff &amp;PIN:</source>
        <translation>&amp;PIN del personal:</translation>
    </message>
    <message>
        <source>Welcome! Leave us your details and an agent will contact you.</source>
        <translation>¡Bienvenido! Déjenos sus datos y un agente se comunicará con usted.</translation>
    </message>
    <message>
        <source>Welcome to %1! Leave us your details and an agent will contact you.</source>
        <translation>¡Bienvenido a %1! Déjenos sus datos y un agente se comunicará con usted.</translation>
    </message>
    <message>
        <source>Please check your phone number. If it is right, press Send again.</source>
        <translation>Revise su número de teléfono. Si es correcto, pulse Enviar otra vez.</translation>
    </message>
    <message>
        <source>Please tick the consent line to send your details.</source>
        <translation>Marque la casilla de consentimiento para enviar sus datos.</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please tell a member of staff.</source>
        <translation>Lo sentimos, algo salió mal. Avise a alguien del personal.</translation>
    </message>
    <message>
        <source>Thank you, %1! An agent will contact you soon.</source>
        <translation>¡Gracias, %1! Un agente se comunicará con usted pronto.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>Your first and last name</source>
        <translation>Su nombre y apellido</translation>
    </message>
    <message>
        <source>A phone number where an agent can reach you</source>
        <translation>Un teléfono donde un agente pueda llamarle</translation>
    </message>
    <message>
        <source>An email address where an agent can write to you</source>
        <translation>Un correo donde un agente pueda escribirle</translation>
    </message>
    <message>
        <source>Whether you want to rent or to buy</source>
        <translation>Si quiere alquilar o comprar</translation>
    </message>
    <message>
        <source>Anything you would like the agent to know</source>
        <translation>Lo que quiera que sepa el agente</translation>
    </message>
    <message>
        <source>Needed to send your details</source>
        <translation>Necesario para enviar sus datos</translation>
    </message>
    <message>
        <source>The staff PIN that closes the kiosk</source>
        <translation>El PIN del personal que cierra el quiosco</translation>
    </message>
    <message>
        <source>For staff: leave the kiosk with the PIN</source>
        <translation>Para el personal: salir del quiosco con el PIN</translation>
    </message>
    <message>
        <source>Send your details to the agents</source>
        <translation>Enviar sus datos a los agentes</translation>
    </message>
    <message>
        <source>Back to the sign-in form</source>
        <translation>Volver al formulario de registro</translation>
    </message>
    <message>
        <source>Close the kiosk if the PIN is right</source>
        <translation>Cerrar el quiosco si el PIN es correcto</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in %1 seconds.</source>
        <translation>PIN incorrecto. Vuelva a intentarlo en %1 segundos.</translation>
    </message>
    <message>
        <source>PRACTICE — sign-ins here are not sent to AlterEstate</source>
        <translation>PRÁCTICA — los registros hechos aquí no se envían a AlterEstate</translation>
    </message>
    <message>
        <source>Welcome — Practice</source>
        <translation>Bienvenido — Práctica</translation>
    </message>
    <message>
        <source>Event logo</source>
        <translation>Logotipo del evento</translation>
    </message>
    <message>
        <source>Which property are you interested in?</source>
        <translation>¿Qué propiedad le interesa?</translation>
    </message>
    <message>
        <source>The property you would like to hear about</source>
        <translation>La propiedad sobre la que desea recibir información</translation>
    </message>
    <message>
        <source>Which property are you &amp;interested in?</source>
        <translation>¿Qué propiedad le &amp;interesa?</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Aún no lo sé</translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Property UID</source>
        <translation>UID de la propiedad</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Fuente UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Campaña UTM</translation>
    </message>
    <message>
        <source>UTM content</source>
        <translation>Contenido UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Medio UTM</translation>
    </message>
    <message>
        <source>UTM term</source>
        <translation>Término UTM</translation>
    </message>
    <message>
        <source>Ad set</source>
        <translation>Conjunto de anuncios</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Round-robin rule</source>
        <translation>Regla de asignación rotativa</translation>
    </message>
    <message>
        <source>Listing type</source>
        <translation>Tipo de operación</translation>
    </message>
    <message>
        <source>Assigned agent (email)</source>
        <translation>Agente asignado (correo)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Channel (via)</source>
        <translation>Canal (vía)</translation>
    </message>
    <message>
        <source>The lead&apos;s full name.</source>
        <translation>El nombre completo del lead.</translation>
    </message>
    <message>
        <source>The lead&apos;s phone number; numbers without + are read in the default country.</source>
        <translation>El teléfono del lead; los números sin + se leen en el país predeterminado.</translation>
    </message>
    <message>
        <source>The lead&apos;s email address.</source>
        <translation>El correo electrónico del lead.</translation>
    </message>
    <message>
        <source>The unique identifier of the property the lead asks about.</source>
        <translation>El identificador único de la propiedad por la que pregunta el lead.</translation>
    </message>
    <message>
        <source>Where the lead came from, such as Facebook or Google.</source>
        <translation>De dónde vino el lead, como Facebook o Google.</translation>
    </message>
    <message>
        <source>The name of the UTM campaign.</source>
        <translation>El nombre de la campaña UTM.</translation>
    </message>
    <message>
        <source>The ad creative or content the lead saw.</source>
        <translation>El anuncio o contenido que vio el lead.</translation>
    </message>
    <message>
        <source>The medium, such as cpc or email.</source>
        <translation>El medio, como cpc o email.</translation>
    </message>
    <message>
        <source>The search keyword.</source>
        <translation>La palabra clave de búsqueda.</translation>
    </message>
    <message>
        <source>The name of the ad set.</source>
        <translation>El nombre del conjunto de anuncios.</translation>
    </message>
    <message>
        <source>The name of the campaign.</source>
        <translation>El nombre de la campaña.</translation>
    </message>
    <message>
        <source>The form that collected the lead.</source>
        <translation>El formulario que recogió el lead.</translation>
    </message>
    <message>
        <source>The platform the lead came from, such as Facebook or Instagram.</source>
        <translation>La plataforma de la que vino el lead, como Facebook o Instagram.</translation>
    </message>
    <message>
        <source>The identifier of the round-robin rule that assigns the lead; it wins over the assigned agent.</source>
        <translation>El identificador de la regla de asignación rotativa que asigna el lead; tiene prioridad sobre el agente asignado.</translation>
    </message>
    <message>
        <source>Whether the lead wants to rent or to buy.</source>
        <translation>Si el lead quiere alquilar o comprar.</translation>
    </message>
    <message>
        <source>The email of the agent to assign the lead to.</source>
        <translation>El correo del agente al que se asigna el lead.</translation>
    </message>
    <message>
        <source>Extra notes or the lead&apos;s message.</source>
        <translation>Notas adicionales o el mensaje del lead.</translation>
    </message>
    <message>
        <source>The channel the lead arrived through, such as WhatsApp or a web form.</source>
        <translation>El canal por el que llegó el lead, como WhatsApp o un formulario web.</translation>
    </message>
</context>
<context>
    <name>LeadForm</name>
    <message>
        <source>e.g. 809 555 0123</source>
        <translation>p. ej. 809 555 0123</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Revise: %1</translation>
    </message>
    <message>
        <source>&amp;More fields</source>
        <translation>&amp;Más campos</translation>
    </message>
    <message>
        <source>Property and assignment</source>
        <translation>Propiedad y asignación</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Alquilar</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <source>Unknown country</source>
        <translation>País desconocido</translation>
    </message>
    <message>
        <source>%1 · sent as %2</source>
        <translation>%1 · se envía como %2</translation>
    </message>
    <message>
        <source>Numbers without + are read as %1</source>
        <translation>Los números sin + se leen como de %1</translation>
    </message>
    <message>
        <source>From event profile &quot;%1&quot;; you can change it.</source>
        <translation>Del perfil de evento &quot;%1&quot;; puede cambiarlo.</translation>
    </message>
    <message>
        <source>Show or hide the property, assignment and campaign fields</source>
        <translation>Mostrar u ocultar los campos de propiedad, asignación y campaña</translation>
    </message>
    <message>
        <source>The person agreed to be contacted</source>
        <translation>La persona aceptó ser contactada</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentimiento dado</translation>
    </message>
    <message>
        <source>Recorded with the lead, with the time and this computer&apos;s name: &quot;%1&quot;</source>
        <translation>Se registra con el lead, con la hora y el nombre de este equipo: «%1»</translation>
    </message>
    <message>
        <source>Use the listing&apos;s agent</source>
        <translation>Usar el agente de la propiedad</translation>
    </message>
    <message>
        <source>Use the listing&apos;s agent: %1</source>
        <translation>Usar el agente de la propiedad: %1</translation>
    </message>
    <message>
        <source>Fills the assigned agent with the agent AlterEstate lists for the chosen property.</source>
        <translation>Completa el agente asignado con el agente que AlterEstate indica para la propiedad elegida.</translation>
    </message>
    <message>
        <source>The listing&apos;s agent could not be fetched: %1</source>
        <translation>No se pudo obtener el agente de la propiedad: %1</translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <source>The file has no column for: %1. Name the columns in the first row.</source>
        <translation>El archivo no tiene columna para: %1. Nombre las columnas en la primera fila.</translation>
    </message>
    <message>
        <source>Repeats row %1 of this file.</source>
        <translation>Repite la fila %1 de este archivo.</translation>
    </message>
    <message>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Contains control or invalid characters; retype it.</source>
        <translation>Contiene caracteres de control o no válidos; escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Demasiado largo: %1 caracteres, máximo %2.</translation>
    </message>
    <message>
        <source>Not a valid email address (expected name@example.com).</source>
        <translation>No es un correo electrónico válido (se espera nombre@ejemplo.com).</translation>
    </message>
    <message>
        <source>Not a phone number: use digits, spaces, &apos;+&apos;, &apos;-&apos; or parentheses.</source>
        <translation>No es un número de teléfono: use dígitos, espacios, &apos;+&apos;, &apos;-&apos; o paréntesis.</translation>
    </message>
    <message>
        <source>Not a possible phone number: check the number of digits and the country code.</source>
        <translation>No es un teléfono posible: revise la cantidad de dígitos y el código de país.</translation>
    </message>
    <message>
        <source>%1 is not a known number in its country&apos;s numbering plan; send it only if you are sure.</source>
        <translation>%1 no figura en el plan de numeración de su país; envíelo solo si está seguro.</translation>
    </message>
    <message>
        <source>Must be a single line.</source>
        <translation>Debe ser una sola línea.</translation>
    </message>
    <message>
        <source>Contains &quot;�&quot;, left where text could not be read in its encoding; retype it.</source>
        <translation>Contiene «�», que queda donde un texto no se pudo leer en su codificación; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Contains an invisible character (U+%1) that changes how the text reads; remove it.</source>
        <translation>Contiene un carácter invisible (U+%1) que cambia cómo se lee el texto; quítelo.</translation>
    </message>
    <message>
        <source>Phone numbers cannot be checked: %1. Reinstall LeadEntry.</source>
        <translation>No se pueden comprobar los números de teléfono: %1. Reinstale LeadEntry.</translation>
    </message>
</context>
<context>
    <name>LeadsClient</name>
    <message>
        <source>Could not connect to %1 (connection refused).</source>
        <translation>No se pudo conectar con %1 (conexión rechazada).</translation>
    </message>
    <message>
        <source>Could not find %1: no network, or a DNS problem.</source>
        <translation>No se encontró %1: no hay red o hay un problema de DNS.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2.</source>
        <translation>Falló la conexión segura (TLS) con %1: %2.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>El servidor cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>Network error: %1.</source>
        <translation>Error de red: %1.</translation>
    </message>
    <message>
        <source>No answer from the server within %1 s.</source>
        <translation>El servidor no respondió en %1 s.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB, far more than any answer to a lead; LeadEntry stopped reading it.</source>
        <translation>La respuesta del servidor superó %1 MB, mucho más que cualquier respuesta a un lead; LeadEntry dejó de leerla.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>La conexión se cerró antes de que el servidor respondiera.</translation>
    </message>
    <message>
        <source>
… (not kept: %1 more bytes)</source>
        <translation>
… (no se guardaron %1 bytes más)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LeadEntry</source>
        <translation>LeadEntry</translation>
    </message>
    <message>
        <source>&amp;Submit lead</source>
        <translation>&amp;Enviar lead</translation>
    </message>
    <message>
        <source>Send the lead to AlterEstate (Ctrl+Return)</source>
        <translation>Enviar el lead a AlterEstate (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About LeadEntry</source>
        <translation>&amp;Acerca de LeadEntry</translation>
    </message>
    <message>
        <source>Send this lead?</source>
        <translation>¿Enviar este lead?</translation>
    </message>
    <message>
        <source>Fix the marked fields, then submit again.</source>
        <translation>Corrija los campos marcados y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Send the lead anyway?</source>
        <translation>¿Enviar el lead de todos modos?</translation>
    </message>
    <message>
        <source>About LeadEntry</source>
        <translation>Acerca de LeadEntry</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;LeadEntry %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Enter real-estate leads and deliver them to AlterEstate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;LeadEntry %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registre leads inmobiliarios y entréguelos a AlterEstate.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 was created in AlterEstate: id %2, deal %3.</source>
        <translation>%1 se creó en AlterEstate: id %2, negocio %3.</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>En espera de envío: %1</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar a %1: %2</translation>
    </message>
    <message>
        <source>%1 is saved (#%2) and being sent…</source>
        <translation>%1 está guardado (#%2) y se está enviando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is saved in the outbox and will be sent when possible: %2</source>
        <translation>%1 está guardado en la bandeja de salida y se enviará en cuanto sea posible: %2</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Empty the form</source>
        <translation>Vaciar el formulario</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>L&amp;ead</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Limpiar formulario</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Try every waiting lead again now (F5)</source>
        <translation>Volver a intentar ahora todos los leads en espera (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Exportar historial…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Fix in Settings…</source>
        <translation>Corregir en Configuración…</translation>
    </message>
    <message>
        <source>No API key yet. Add it in Settings (Ctrl+,); until then the leads you enter wait safely in the outbox.</source>
        <translation>Todavía no hay clave de API. Agréguela en Configuración (Ctrl+,); mientras tanto, los leads que registre esperan seguros en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Abrir Configuración…</translation>
    </message>
    <message>
        <source>Paused: no API key.</source>
        <translation>En pausa: no hay clave de API.</translation>
    </message>
    <message>
        <source>Paused: AlterEstate refused the API key.</source>
        <translation>En pausa: AlterEstate rechazó la clave de API.</translation>
    </message>
    <message>
        <source>Paused: the address is wrong.</source>
        <translation>En pausa: la dirección no es correcta.</translation>
    </message>
    <message>
        <source>Delivering…</source>
        <translation>Entregando…</translation>
    </message>
    <message>
        <source>Offline or AlterEstate unreachable: retrying by itself.</source>
        <translation>Sin conexión o AlterEstate no responde: se reintenta solo.</translation>
    </message>
    <message>
        <source>Ready: leads go to %1</source>
        <translation>Listo: los leads se envían a %1</translation>
    </message>
    <message>
        <source>Editing #%1, which AlterEstate rejected: %2 Fix it and submit; the new submission is linked to it.</source>
        <translation>Corrigiendo #%1, que AlterEstate rechazó: %2 Corríjalo y envíelo; el nuevo envío queda vinculado a él.</translation>
    </message>
    <message>
        <source>Last: #%1 %2</source>
        <translation>Último: #%1 %2</translation>
    </message>
    <message>
        <source>AlterEstate rejected %1: %2 Fix it from the history (Edit and resubmit).</source>
        <translation>AlterEstate rechazó a %1: %2 Corríjalo desde el historial (Corregir y reenviar).</translation>
    </message>
    <message>
        <source>Event profiles…</source>
        <translation>Perfiles de evento…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Event profile: fills the campaign fields of every lead</source>
        <translation>Perfil de evento: completa los campos de campaña de cada lead</translation>
    </message>
    <message>
        <source>Event profile</source>
        <translation>Perfil de evento</translation>
    </message>
    <message>
        <source> Event: </source>
        <translation> Evento: </translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Sin evento</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Kiosk mode…</source>
        <translation>Modo quiosco…</translation>
    </message>
    <message>
        <source>A full-screen sign-in screen for visitors; leaving it takes the staff PIN</source>
        <translation>Una pantalla completa de registro para visitantes; para salir hace falta el PIN del personal</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <source>Type the PIN again.</source>
        <translation>Escriba el PIN otra vez.</translation>
    </message>
    <message>
        <source>The two PINs differ; the kiosk was not started.</source>
        <translation>Los dos PIN no coinciden; el quiosco no se inició.</translation>
    </message>
    <message>
        <source>Banner action</source>
        <translation>Acción del aviso</translation>
    </message>
    <message>
        <source>Do what the message above suggests</source>
        <translation>Hacer lo que sugiere el mensaje de arriba</translation>
    </message>
    <message>
        <source>Open the settings to fix the key or the address</source>
        <translation>Abrir la configuración para corregir la clave o la dirección</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>The history file cannot be written: %1 Answers from AlterEstate are kept until it can; free disk space or check the file, and keep LeadEntry open.</source>
        <translation>No se puede escribir en el archivo de historial: %1 Las respuestas de AlterEstate se guardan en memoria hasta que se pueda; libere espacio en disco o revise el archivo, y mantenga LeadEntry abierto.</translation>
    </message>
    <message>
        <source>Cannot write the history file: %1</source>
        <translation>No se puede escribir en el archivo de historial: %1</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Borrar a esta persona…</translation>
    </message>
    <message>
        <source>Erase every submission of the selected lead&apos;s person from this computer</source>
        <translation>Borrar de este equipo todos los envíos de la persona del lead seleccionado</translation>
    </message>
    <message>
        <source>Select a lead in the history first.</source>
        <translation>Primero seleccione un lead en el historial.</translation>
    </message>
    <message>
        <source>Could not look for %1&apos;s submissions: %2</source>
        <translation>No se pudieron buscar los envíos de %1: %2</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Borrar a esta persona</translation>
    </message>
    <message>
        <source>Could not erase %1&apos;s submissions: %2</source>
        <translation>No se pudieron borrar los envíos de %1: %2</translation>
    </message>
    <message>
        <source>Erase everything LeadEntry keeps on this computer about %1 (%2), attempts included? Submissions: %3. Leads still waiting will not be sent. AlterEstate&apos;s copy is not touched. This cannot be undone.</source>
        <translation>¿Borrar todo lo que LeadEntry guarda en este equipo sobre %1 (%2), intentos incluidos? Envíos: %3. Los leads en espera no se enviarán. La copia de AlterEstate no se toca. No se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 was erased from this computer (submissions: %2).</source>
        <translation>%1 se borró de este equipo (envíos: %2).</translation>
    </message>
    <message>
        <source>These submissions share that email or phone: %1.</source>
        <translation>Estos envíos comparten ese correo o teléfono: %1.</translation>
    </message>
    <message>
        <source>Leads waiting to be sent: %1. They stay safely in the outbox and go out the next time LeadEntry (or leadentry-cli sync) runs with a connection. Quit now?</source>
        <translation>Leads en espera de envío: %1. Quedan seguros en la bandeja de salida y se envían la próxima vez que LeadEntry (o leadentry-cli sync) se ejecute con conexión. ¿Salir ahora?</translation>
    </message>
    <message>
        <source>Quit LeadEntry</source>
        <translation>Salir de LeadEntry</translation>
    </message>
    <message>
        <source>The form was cleared.</source>
        <translation>Se vació el formulario.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>%1 is saved (#%2) and waits in the outbox: %3</source>
        <translation>%1 está guardado (#%2) y espera en la bandeja de salida: %3</translation>
    </message>
    <message>
        <source>%1 is already in AlterEstate (duplicate): %2 AlterEstate notified the agent who owns the contact; there is no need to send it again.</source>
        <translation>%1 ya está en AlterEstate (duplicado): %2 AlterEstate avisó al agente a cargo del contacto; no hace falta enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copy the version, the system, the settings and the last problems for a message to support</source>
        <translation>Copiar la versión, el sistema, la configuración y los últimos problemas para un mensaje al soporte</translation>
    </message>
    <message>
        <source>Diagnostics copied: paste them into your message to support. They hold no key and no one&apos;s details.</source>
        <translation>Diagnóstico copiado: péguelo en su mensaje al soporte. No contiene la clave ni los datos de nadie.</translation>
    </message>
    <message>
        <source>Choose a staff PIN of at least %1 digits. It is needed to leave the kiosk.</source>
        <translation>Elija un PIN del personal de al menos %1 dígitos. Se necesita para salir del quiosco.</translation>
    </message>
    <message>
        <source>Choose another staff PIN.</source>
        <translation>Elija otro PIN del personal.</translation>
    </message>
    <message>
        <source>LeadEntry — Practice</source>
        <translation>LeadEntry — Práctica</translation>
    </message>
    <message>
        <source>&amp;Practice mode</source>
        <translation>Modo de &amp;práctica</translation>
    </message>
    <message>
        <source>Learn LeadEntry against a simulated AlterEstate: nothing typed in practice reaches your company&apos;s CRM</source>
        <translation>Aprenda a usar LeadEntry con un AlterEstate simulado: nada de lo que escriba en el modo de práctica llega al CRM de su empresa</translation>
    </message>
    <message>
        <source>Practice mode cannot start: %1</source>
        <translation>No se puede iniciar el modo de práctica: %1</translation>
    </message>
    <message>
        <source>PRACTICE</source>
        <translation>PRÁCTICA</translation>
    </message>
    <message>
        <source>Leads go to a simulated AlterEstate inside LeadEntry, never to your company&apos;s CRM.</source>
        <translation>Los leads van a un AlterEstate simulado dentro de LeadEntry, nunca al CRM de su empresa.</translation>
    </message>
    <message>
        <source>Simulate no internet</source>
        <translation>Simular sin conexión</translation>
    </message>
    <message>
        <source>Leads wait in the outbox, as on a fair&apos;s bad Wi-Fi; switch it off and they go out</source>
        <translation>Los leads esperan en la bandeja de salida, como con el mal Wi-Fi de una feria; al desactivarlo, salen</translation>
    </message>
    <message>
        <source>Simulate a refused key</source>
        <translation>Simular una clave rechazada</translation>
    </message>
    <message>
        <source>AlterEstate refuses the key, as after it was changed; sending pauses until it is off</source>
        <translation>AlterEstate rechaza la clave, como después de un cambio; el envío se pausa hasta desactivarlo</translation>
    </message>
    <message>
        <source>Leave practice</source>
        <translation>Salir de la práctica</translation>
    </message>
    <message>
        <source>Back to your real history and settings, as you left them</source>
        <translation>Volver a su historial y su configuración reales, tal como los dejó</translation>
    </message>
    <message>
        <source>%1 — Practice</source>
        <translation>%1 — Práctica</translation>
    </message>
    <message>
        <source>Reading the API key…</source>
        <translation>Leyendo la clave de API…</translation>
    </message>
    <message>
        <source>The API key is still being read; the waiting leads go out as soon as it is.</source>
        <translation>Todavía se está leyendo la clave de API; los leads en espera se enviarán en cuanto se lea.</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>the form</source>
        <translation>el formulario</translation>
    </message>
    <message>
        <source>the kiosk</source>
        <translation>el quiosco</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>la línea de comandos</translation>
    </message>
    <message>
        <source>a CSV import</source>
        <translation>una importación CSV</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>%1 is from another version of LeadEntry</source>
        <translation>%1 es de otra versión de LeadEntry</translation>
    </message>
    <message>
        <source>%1 is in neither %2</source>
        <translation>%1 no está en %2</translation>
    </message>
    <message>
        <source> nor </source>
        <translation> ni en </translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>practice mode&apos;s memory (gone when practice ends)</source>
        <translation>la memoria del modo de práctica (se borra al terminar la práctica)</translation>
    </message>
    <message>
        <source>The practice settings could not be prepared: %1</source>
        <translation>No se pudo preparar la configuración de práctica: %1</translation>
    </message>
    <message>
        <source>The practice history could not be opened: %1</source>
        <translation>No se pudo abrir el historial de práctica: %1</translation>
    </message>
    <message>
        <source>The practice history could not be read: %1</source>
        <translation>No se pudo leer el historial de práctica: %1</translation>
    </message>
</context>
<context>
    <name>PublicToken</name>
    <message>
        <source>No public API token is set, so properties and agents cannot be fetched. An administrator finds it in AlterEstate under Dashboard › Settings › Public API Token; add it in Settings, with `leadentry-cli key set --public`, or in ALTERESTATE_PUBLIC_TOKEN.</source>
        <translation>No hay un token público de API, así que no se pueden descargar propiedades ni agentes. Un administrador lo encuentra en AlterEstate, en Dashboard › Settings › Public API Token; agréguelo en Configuración, con `leadentry-cli key set --public` o en ALTERESTATE_PUBLIC_TOKEN.</translation>
    </message>
    <message>
        <source>The public API token could not be read from %1: %2</source>
        <translation>No se pudo leer el token público de API desde %1: %2</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>The server refused the lead without saying why.</source>
        <translation>El servidor rechazó el lead sin indicar el motivo.</translation>
    </message>
    <message>
        <source>The server accepted the request (HTTP %1) but its answer could not be read; check AlterEstate before sending this lead again.</source>
        <translation>El servidor aceptó la solicitud (HTTP %1), pero su respuesta no se pudo leer; revise AlterEstate antes de enviar este lead otra vez.</translation>
    </message>
    <message>
        <source>The API key was refused (%1).</source>
        <translation>La clave de API fue rechazada (%1).</translation>
    </message>
    <message>
        <source>The Leads API is not at this address (%1). Check the base URL in Settings.</source>
        <translation>La API de Leads no está en esta dirección (%1). Revise la URL base en Configuración.</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1) to %2. Check the base URL in Settings.</source>
        <translation>El servidor redirigió la solicitud (HTTP %1) a %2. Revise la URL base en Configuración.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>una dirección desconocida</translation>
    </message>
    <message>
        <source>AlterEstate is limiting requests (%1).</source>
        <translation>AlterEstate está limitando las solicitudes (%1).</translation>
    </message>
    <message>
        <source>The server gave no valid HTTP answer.</source>
        <translation>El servidor no dio una respuesta HTTP válida.</translation>
    </message>
    <message>
        <source>The server had a problem (%1).</source>
        <translation>El servidor tuvo un problema (%1).</translation>
    </message>
    <message>
        <source>The server refused the lead (HTTP %1).</source>
        <translation>El servidor rechazó el lead (HTTP %1).</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>El servidor dio una respuesta inesperada (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>leadentry-sandbox: --%1 expects a number from %2 to %3</source>
        <translation>leadentry-sandbox: --%1 espera un número de %2 a %3</translation>
    </message>
    <message>
        <source>leadentry-sandbox: cannot listen on 127.0.0.1:%1 (in use?)</source>
        <translation>leadentry-sandbox: no se puede escuchar en 127.0.0.1:%1 (¿está en uso?)</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Puerto en el que escuchar (0 elige uno libre).</translation>
    </message>
    <message>
        <source>The only API key accepted (default: any non-empty key).</source>
        <translation>La única clave de API aceptada (por defecto: cualquier clave no vacía).</translation>
    </message>
    <message>
        <source>Create a new lead even when the phone or email was seen before.</source>
        <translation>Crear un lead nuevo aunque el teléfono o el correo ya se hayan visto.</translation>
    </message>
    <message>
        <source>Wait this long before each answer.</source>
        <translation>Esperar este tiempo antes de cada respuesta.</translation>
    </message>
    <message>
        <source>Answer every Nth request with --fail-status.</source>
        <translation>Responder cada N-ésima solicitud con --fail-status.</translation>
    </message>
    <message>
        <source>HTTP status of injected failures.</source>
        <translation>Código HTTP de los fallos simulados.</translation>
    </message>
    <message>
        <source>Answer injected failures and unknown paths with an HTML page.</source>
        <translation>Responder los fallos simulados y las rutas desconocidas con una página HTML.</translation>
    </message>
    <message>
        <source>Process every Nth request, then cut the connection unanswered.</source>
        <translation>Procesar cada N-ésima solicitud y cortar la conexión sin responder.</translation>
    </message>
    <message>
        <source>Add each lead&apos;s email to its log line.</source>
        <translation>Añadir el correo de cada lead a su línea del registro.</translation>
    </message>
    <message>
        <source>Retry-After (seconds) of injected 429 and 503 answers.</source>
        <translation>Retry-After (en segundos) de las respuestas 429 y 503 simuladas.</translation>
    </message>
    <message>
        <source>Also write the log to FILE; the sandbox stops when FILE is deleted (for tests).</source>
        <translation>Escribir también el registro en FILE; el sandbox se detiene cuando se borra FILE (para pruebas).</translation>
    </message>
    <message>
        <source>A local stand-in for AlterEstate&apos;s Leads API (POST /api/v1/leads/) and its catalog (GET /api/v1/properties/filter/, /api/v1/properties/view/SLUG/, /api/v1/agents/) on 127.0.0.1.</source>
        <translation>Un sustituto local de la API de Leads de AlterEstate (POST /api/v1/leads/) y de su catálogo (GET /api/v1/properties/filter/, /api/v1/properties/view/SLUG/, /api/v1/agents/) en 127.0.0.1.</translation>
    </message>
    <message>
        <source>The only public API token (aetoken) the catalog accepts (default: any non-empty token).</source>
        <translation>El único token público de API (aetoken) que acepta el catálogo (por defecto: cualquier token no vacío).</translation>
    </message>
    <message>
        <source>Serve the listings and agents of FILE ({&quot;properties&quot;: [...], &quot;agents&quot;: [...]}) instead of the built-in Dominican sample.</source>
        <translation>Servir las propiedades y los agentes de FILE ({&quot;properties&quot;: [...], &quot;agents&quot;: [...]}) en lugar de la muestra dominicana incluida.</translation>
    </message>
</context>
<context>
    <name>SandboxCatalog</name>
    <message>
        <source>The catalog file is larger than 16 MB.</source>
        <translation>El archivo de catálogo supera los 16 MB.</translation>
    </message>
    <message>
        <source>The catalog file is not JSON: %1 (at byte %2).</source>
        <translation>El archivo de catálogo no es JSON: %1 (en el byte %2).</translation>
    </message>
    <message>
        <source>The catalog file needs a &quot;properties&quot; list and an &quot;agents&quot; list.</source>
        <translation>El archivo de catálogo necesita una lista &quot;properties&quot; y una lista &quot;agents&quot;.</translation>
    </message>
    <message>
        <source>Property %1 of the catalog file has no uid or no slug.</source>
        <translation>La propiedad %1 del archivo de catálogo no tiene uid o no tiene slug.</translation>
    </message>
</context>
<context>
    <name>ScratchRepeatIndex</name>
    <message>
        <source>The check for rows that repeat an earlier row could not use its working file in the system&apos;s temporary folder (%1). Make room there and try again.</source>
        <translation>La comprobación de filas que repiten una fila anterior no pudo usar su archivo de trabajo en la carpeta temporal del sistema (%1). Libere espacio allí e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Expected a whole number of seconds from 1 to 600.</source>
        <translation>Se espera un número entero de segundos, de 1 a 600.</translation>
    </message>
    <message>
        <source>Expected a two-letter country code such as DO, US or ES.</source>
        <translation>Se espera un código de país de dos letras, como DO, US o ES.</translation>
    </message>
    <message>
        <source>Expected e164 or as_typed.</source>
        <translation>Se espera e164 o as_typed.</translation>
    </message>
    <message>
        <source>Expected system, en or es.</source>
        <translation>Se espera system, en o es.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Se espera true o false.</translation>
    </message>
    <message>
        <source>Must be a single line.</source>
        <translation>Debe ser una sola línea.</translation>
    </message>
    <message>
        <source>Expected a number of days (0 keeps everything).</source>
        <translation>Se espera un número de días (0 lo conserva todo).</translation>
    </message>
    <message>
        <source>I agree to be contacted about properties by phone, WhatsApp or email.</source>
        <translation>Acepto que me contacten sobre propiedades por teléfono, WhatsApp o correo.</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>Como máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>Expected a number of seconds from 10 to 3600.</source>
        <translation>Se espera un número de segundos de 10 a 3600.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written: check its folder&apos;s permissions.</source>
        <translation>No se puede escribir el archivo de configuración %1: revise los permisos de su carpeta.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged; fix or remove it.</source>
        <translation>El archivo de configuración %1 está dañado; corríjalo o elimínelo.</translation>
    </message>
    <message>
        <source>Visitors need words to agree to.</source>
        <translation>Los visitantes necesitan un texto que aceptar.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>Expected a PNG or JPEG image.</source>
        <translation>Se esperaba una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB; a smaller copy of the logo does as well.</source>
        <translation>La imagen pesa más de %1 MB; una copia más pequeña del logotipo sirve igual.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>Expected a number of hours from 0 to 8760 (0 refreshes only when asked).</source>
        <translation>Se esperaba un número de horas de 0 a 8760 (con 0 se actualiza solo cuando se pide).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>AlterEstate</source>
        <translation>AlterEstate</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>From AlterEstate: Settings › API</source>
        <translation>De AlterEstate: Configuración › API</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar u ocultar la clave</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Quitar la clave guardada</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Entering leads</source>
        <translation>Registro de leads</translation>
    </message>
    <message>
        <source>Phone &amp;country:</source>
        <translation>&amp;País del teléfono:</translation>
    </message>
    <message>
        <source>&amp;Send phones:</source>
        <translation>&amp;Enviar teléfonos:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Clear name, phone, email and notes after each lead</source>
        <translation>&amp;Vaciar nombre, teléfono, correo y notas después de cada lead</translation>
    </message>
    <message>
        <source>International (E.164), e.g. +18095550123</source>
        <translation>Internacional (E.164), p. ej. +18095550123</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Tal como se escribió</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El mismo del sistema</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so LeadEntry cannot store the key. Set it in the ALTERESTATE_API_KEY environment variable instead.</source>
        <translation>No hay un llavero disponible (%1), así que LeadEntry no puede guardar la clave. Defínala en la variable de entorno ALTERESTATE_API_KEY.</translation>
    </message>
    <message>
        <source>The key will be removed from %1 when you save.</source>
        <translation>Al guardar, se quitará la clave almacenada en %1.</translation>
    </message>
    <message>
        <source>Stored only in %1, never in a file.</source>
        <translation>Se guarda solo en %1, nunca en un archivo.</translation>
    </message>
    <message>
        <source>ALTERESTATE_API_KEY is set and is the key in use while it is.</source>
        <translation>ALTERESTATE_API_KEY está definida y es la clave en uso mientras lo esté.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Where leads are sent; https, or http only to this computer</source>
        <translation>Adónde se envían los leads; https, o http solo hacia este equipo</translation>
    </message>
    <message>
        <source>How long to wait for AlterEstate&apos;s answer before trying again later</source>
        <translation>Cuánto esperar la respuesta de AlterEstate antes de reintentar más tarde</translation>
    </message>
    <message>
        <source>The country of phone numbers typed without +</source>
        <translation>El país de los teléfonos escritos sin +</translation>
    </message>
    <message>
        <source>How phone numbers are sent to AlterEstate</source>
        <translation>Cómo se envían los teléfonos a AlterEstate</translation>
    </message>
    <message>
        <source>Empty the personal fields after each lead is saved</source>
        <translation>Vaciar los campos personales después de guardar cada lead</translation>
    </message>
    <message>
        <source>Save the settings and close</source>
        <translation>Guardar la configuración y cerrar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>The language of LeadEntry&apos;s windows and messages</source>
        <translation>El idioma de las ventanas y los mensajes de LeadEntry</translation>
    </message>
    <message>
        <source>LeadEntry will use %1 the next time it starts.</source>
        <translation>LeadEntry usará %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>ALTERESTATE_API_URL is set: leads go to %1 while it is, whatever is stored here.</source>
        <translation>ALTERESTATE_API_URL está definida: mientras lo esté, los leads se envían a %1, sin importar lo que se guarde aquí.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>LeadEntry will follow the system&apos;s language the next time it starts.</source>
        <translation>LeadEntry usará el idioma del sistema la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Keep sending from the notification area when the window is closed with leads waiting</source>
        <translation>&amp;Seguir enviando desde el área de notificación al cerrar la ventana con leads en espera</translation>
    </message>
    <message>
        <source>LeadEntry stays beside the clock until every waiting lead is sent; its menu there opens the window or quits</source>
        <translation>LeadEntry se queda junto al reloj hasta enviar todos los leads en espera; su menú allí abre la ventana o cierra el programa</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Consent te&amp;xt:</source>
        <translation>Te&amp;xto de consentimiento:</translation>
    </message>
    <message>
        <source>The line visitors tick to agree to be contacted; each lead records the words it was given with</source>
        <translation>La línea que marcan los visitantes para aceptar que los contacten; cada lead guarda las palabras con que se dio</translation>
    </message>
    <message>
        <source>&amp;Empty the form after:</source>
        <translation>&amp;Vaciar el formulario tras:</translation>
    </message>
    <message>
        <source> s untouched</source>
        <translation> s sin usar</translation>
    </message>
    <message>
        <source>A form left half filled is emptied for the next visitor after this long</source>
        <translation>Un formulario a medio llenar se vacía para el siguiente visitante pasado este tiempo</translation>
    </message>
    <message>
        <source>Ask whether visitors want to &amp;rent or buy</source>
        <translation>Preguntar si los visitantes quieren &amp;alquilar o comprar</translation>
    </message>
    <message>
        <source>Ask visitors for a &amp;message</source>
        <translation>Pedir a los visitantes un &amp;mensaje</translation>
    </message>
    <message>
        <source>Visitors need words to agree to.</source>
        <translation>Los visitantes necesitan un texto que aceptar.</translation>
    </message>
    <message>
        <source>The kiosk shows &quot;I&apos;m looking to: rent, buy, just looking&quot;; the answer is sent as the listing type</source>
        <translation>El quiosco muestra «Busco: alquilar, comprar, solo estoy mirando»; la respuesta se envía como tipo de operación</translation>
    </message>
    <message>
        <source>The kiosk shows a box for a few words to the agent; they are sent as the notes</source>
        <translation>El quiosco muestra un cuadro para unas palabras al agente; se envían como notas</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;gotipo:</translation>
    </message>
    <message>
        <source>None: the event&apos;s name only</source>
        <translation>Ninguno: solo el nombre del evento</translation>
    </message>
    <message>
        <source>A PNG or JPEG image shown above the welcome on the kiosk (at most 2 MB); empty for none</source>
        <translation>Una imagen PNG o JPEG que el quiosco muestra sobre la bienvenida (2 MB como máximo); vacío para ninguna</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Pick the logo&apos;s image file</source>
        <translation>Elija el archivo de imagen del logotipo</translation>
    </message>
    <message>
        <source>Kiosk logo</source>
        <translation>Logotipo del quiosco</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Public API token:</source>
        <translation>Token &amp;público de API:</translation>
    </message>
    <message>
        <source>For properties and agents: Dashboard › Settings › Public API Token</source>
        <translation>Para propiedades y agentes: Dashboard › Settings › Public API Token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the public token</source>
        <translation>Mostrar u ocultar el token público</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the stored public token</source>
        <translation>Quitar el token público guardado</translation>
    </message>
    <message>
        <source>Properties and agents</source>
        <translation>Propiedades y agentes</translation>
    </message>
    <message>
        <source>Re&amp;fresh now</source>
        <translation>Actuali&amp;zar ahora</translation>
    </message>
    <message>
        <source>Fetch the company&apos;s listings and agents from AlterEstate now</source>
        <translation>Descargar ahora de AlterEstate las propiedades y los agentes de la empresa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the refresh; the catalog stays as it was</source>
        <translation>Detener la actualización; el catálogo queda como estaba</translation>
    </message>
    <message>
        <source>Refresh &amp;by itself after:</source>
        <translation>Actualizar &amp;automáticamente cada:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Never: only when asked</source>
        <translation>Nunca: solo cuando se pida</translation>
    </message>
    <message>
        <source>How old the local copy may get before LeadEntry fetches it again in the background</source>
        <translation>Qué antigüedad puede tener la copia local antes de que LeadEntry la vuelva a descargar en segundo plano</translation>
    </message>
    <message>
        <source>Fetching agents…</source>
        <translation>Descargando agentes…</translation>
    </message>
    <message>
        <source>%v of %m properties</source>
        <translation>%v de %m propiedades</translation>
    </message>
    <message>
        <source>Without a keychain, set the public token in ALTERESTATE_PUBLIC_TOKEN.</source>
        <translation>Sin llavero, defina el token público en ALTERESTATE_PUBLIC_TOKEN.</translation>
    </message>
    <message>
        <source>The public token will be removed from %1 when you save.</source>
        <translation>Al guardar, se quitará el token público almacenado en %1.</translation>
    </message>
    <message>
        <source>For the company&apos;s properties and agents; an administrator finds it in AlterEstate. Stored only in %1.</source>
        <translation>Para las propiedades y los agentes de la empresa; un administrador lo encuentra en AlterEstate. Se guarda solo en %1.</translation>
    </message>
    <message>
        <source>ALTERESTATE_PUBLIC_TOKEN is set and is the token in use while it is.</source>
        <translation>ALTERESTATE_PUBLIC_TOKEN está definida y es el token en uso mientras lo esté.</translation>
    </message>
    <message>
        <source>Fetching the company&apos;s properties and agents…</source>
        <translation>Descargando las propiedades y los agentes de la empresa…</translation>
    </message>
</context>
<context>
    <name>SubmissionRecord</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Local number</source>
        <translation>Número local</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>AlterEstate id</source>
        <translation>Id de AlterEstate</translation>
    </message>
    <message>
        <source>Contact uid</source>
        <translation>Uid del contacto</translation>
    </message>
    <message>
        <source>Deal id</source>
        <translation>Id del negocio</translation>
    </message>
    <message>
        <source>Log id</source>
        <translation>Id del registro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Entered from</source>
        <translation>Registrado desde</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Resubmits</source>
        <translation>Reenvía</translation>
    </message>
    <message>
        <source>Consent text version</source>
        <translation>Versión del texto de consentimiento</translation>
    </message>
    <message>
        <source>Consent given at</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Consent station</source>
        <translation>Equipo del consentimiento</translation>
    </message>
</context>
<context>
    <name>SubmissionState</name>
    <message>
        <source>Queued</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
</context>
<context>
    <name>SubmissionStore</name>
    <message>
        <source>The sending program stopped before the answer arrived.</source>
        <translation>El programa que enviaba se detuvo antes de recibir la respuesta.</translation>
    </message>
    <message>
        <source>This phone and email were submitted before: #%1 on %2, %3.</source>
        <translation>Este teléfono y este correo ya se enviaron antes: #%1 el %2, %3.</translation>
    </message>
    <message>
        <source>This phone was submitted before: #%1 on %2, %3.</source>
        <translation>Este teléfono ya se envió antes: #%1 el %2, %3.</translation>
    </message>
    <message>
        <source>This email was submitted before: #%1 on %2, %3.</source>
        <translation>Este correo ya se envió antes: #%1 el %2, %3.</translation>
    </message>
    <message>
        <source>Sending was interrupted before the answer was recorded.</source>
        <translation>El envío se interrumpió antes de registrar la respuesta.</translation>
    </message>
    <message>
        <source>Submission #%1 is not in the history.</source>
        <translation>El envío n.º %1 no está en el historial.</translation>
    </message>
    <message>
        <source>%1 The %2 leads stored before it were kept in the outbox.</source>
        <translation>%1 Los %2 leads guardados antes del error se conservan en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open LeadEntry</source>
        <translation>&amp;Abrir LeadEntry</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>LeadEntry keeps sending</source>
        <translation>LeadEntry sigue enviando</translation>
    </message>
    <message>
        <source>Leads waiting to be sent: %1. LeadEntry sends them from here and closes when they are out; its icon here opens the window.</source>
        <translation>Leads en espera de envío: %1. LeadEntry los envía desde aquí y se cierra cuando se hayan enviado; su icono aquí abre la ventana.</translation>
    </message>
    <message>
        <source>LeadEntry — waiting to be sent: %1</source>
        <translation>LeadEntry — en espera de envío: %1</translation>
    </message>
    <message>
        <source>LeadEntry — nothing waiting</source>
        <translation>LeadEntry — nada en espera</translation>
    </message>
    <message>
        <source>LeadEntry — paused: %1</source>
        <translation>LeadEntry — en pausa: %1</translation>
    </message>
    <message>
        <source>All leads sent</source>
        <translation>Todos los leads enviados</translation>
    </message>
    <message>
        <source>Every waiting lead was sent; LeadEntry has closed.</source>
        <translation>Se enviaron todos los leads en espera; LeadEntry se cerró.</translation>
    </message>
    <message>
        <source>Lead #%1 rejected</source>
        <translation>Lead #%1 rechazado</translation>
    </message>
    <message>
        <source>AlterEstate refused it: %1. Fix it in the history with Edit and resubmit.</source>
        <translation>AlterEstate lo rechazó: %1. Corríjalo en el historial con «Corregir y reenviar».</translation>
    </message>
    <message>
        <source>Lead #%1 unconfirmed</source>
        <translation>Lead #%1 sin confirmar</translation>
    </message>
    <message>
        <source>AlterEstate&apos;s answer could not be read; look for the lead in AlterEstate before sending it again.</source>
        <translation>No se pudo leer la respuesta de AlterEstate; busque el lead en AlterEstate antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>Delivery paused</source>
        <translation>Envío en pausa</translation>
    </message>
</context>
<context>
    <name>WindowsCredentialStore</name>
    <message>
        <source>%1 (Windows error %2)</source>
        <translation>%1 (error de Windows %2)</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>The secret could not be read</source>
        <translation>No se pudo leer el secreto</translation>
    </message>
    <message>
        <source>The secret could not be stored</source>
        <translation>No se pudo guardar el secreto</translation>
    </message>
    <message>
        <source>The secret could not be removed</source>
        <translation>No se pudo quitar el secreto</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeadEntry cannot start</source>
        <translation>LeadEntry no puede iniciarse</translation>
    </message>
    <message>
        <source>Enter real-estate leads and deliver them to AlterEstate.</source>
        <translation>Registre leads inmobiliarios y entréguelos a AlterEstate.</translation>
    </message>
    <message>
        <source>Open the import of this CSV file.</source>
        <translation>Abrir la importación de este archivo CSV.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Start in kiosk mode (the staff PIN is asked first).</source>
        <translation>Iniciar en modo quiosco (primero se pide el PIN del personal).</translation>
    </message>
    <message>
        <source>CSV files to import, as a file manager&apos;s &quot;Open with&quot; passes them.</source>
        <translation>Archivos CSV que se importarán, tal como los pasa «Abrir con» del gestor de archivos.</translation>
    </message>
    <message>
        <source>[FILE…]</source>
        <translation>[ARCHIVO…]</translation>
    </message>
    <message>
        <source>Start in practice mode: a simulated AlterEstate inside the app, with a history of its own; nothing is sent anywhere.</source>
        <translation>Iniciar en modo de práctica: un AlterEstate simulado dentro de la aplicación, con su propio historial; no se envía nada a ningún sitio.</translation>
    </message>
</context>
</TS>
