/**
 * The id of the newest scoring model, which new results from the wizard use. Kept apart from the
 * model data so the wizard pages can link to a result without loading every rating.
 * The model registry checks that its newest model has this id.
 */
export const CURRENT_MODEL_ID = '2027-01';
