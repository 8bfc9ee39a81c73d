// The Russian whole-request messages of POST /api/quotes, apart from the batch so that the
// language module can word them in Kazakh without importing the batch.

/** The 413 message of a JSON batch over its limit. */
export const BATCH_TOO_LARGE_MESSAGE =
  "Тело пакетного запроса больше 16 МиБ (16 777 216 байт): разделите список или отправьте его потоком application/x-ndjson.";

/** The 400 message of a JSON batch body without a `requests` list. */
export const BATCH_NOT_REQUESTS_MESSAGE =
  'Тело запроса должно быть JSON-объектом { "requests": [ … ] } со списком запросов.';

/** The 415 message of POST /api/quotes: it takes two media types. */
export const BATCH_MEDIA_TYPE_MESSAGE =
  'Неподдерживаемый тип содержимого: укажите Content-Type: application/json (пакет { "requests": [ … ] }) или application/x-ndjson (один запрос в строке).';
