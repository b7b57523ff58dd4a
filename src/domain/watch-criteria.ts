/**
 * Criteria that never belong in "what to watch": they describe a kind of project (a full web app,
 * a microservice, a model API) or a taste (conventions over configuration), not a risk. A low
 * rating on one of them matters only when the answers weigh it, and then it is a reason against.
 * Every other framework criterion the winner is rated low on, weighted or not, is worth knowing:
 * long-term support, an admin or accounts left to add-ons, background jobs, security defaults.
 * Criterion ids are stable across models, so one list serves them all.
 */
export const NOT_RISKS: ReadonlySet<string> = new Set([
  'full_web_app',
  'small_web_app',
  'small_api_service',
  'microservices',
  'ml_model_serving',
  'monolith',
  'server_rendered_html',
  'beginner_friendly',
  'conventions',
]);
